/** TextMate grammar for NetBSD/Xen boot parameters and boot.cfg(5) lines: `menu=Xen:load /netbsd console=pc;multiboot /xen.gz`. */
import { hashComment } from './comment.ts';
import type { LanguageRegistration } from 'shiki';

const S = 'netbsd-boot-params';
/** boot.cfg(5) keywords that take `=value`. */
const SETTINGS = '(?:banner|clear|consdev|default|dev|format|fs|load|modules|rndseed|splash|timeout|userconf)';
/** boot(8) and GRUB commands that begin a command line or follow `:` / `;` in a menu entry. */
const COMMANDS = '(?:boot|consdev|dev|fs|help|kernel|load|ls|module|modules|multiboot|quit|reboot|rndseed|splash|userconf|vesa)';
/** Where an argument may start: line start, a blank, or a menu separator. */
const ARG = '(?<![^\\s;:])';

export const netbsdBootParams: LanguageRegistration = {
  name: S,
  displayName: 'NetBSD boot parameters',
  scopeName: `source.${S}`,
  aliases: ['boot-params', 'boot.cfg', 'bootcfg'],
  patterns: [{ include: '#comment' }, { include: '#menu' }, { include: '#setting' }, { include: '#command-line' }],
  repository: {
    comment: hashComment(S, '^\\s*(#).*$'),
    // menu=LABEL:COMMAND ARGS;COMMAND ARGS
    menu: {
      begin: '^\\s*(menu)(=)',
      beginCaptures: { 1: { name: `keyword.other.setting.${S}` }, 2: { name: `keyword.operator.assignment.${S}` } },
      end: '$',
      patterns: [
        {
          match: '\\G([^:;]*)(:)',
          captures: { 1: { name: `entity.name.section.menu.${S}` }, 2: { name: `punctuation.separator.label.${S}` } },
        },
        { include: '#command-line' },
      ],
    },
    setting: {
      match: `^\\s*(${SETTINGS})(=)(.*)$`,
      captures: {
        1: { name: `keyword.other.setting.${S}` },
        2: { name: `keyword.operator.assignment.${S}` },
        3: { patterns: [{ include: '#value' }] },
      },
    },
    'command-line': {
      patterns: [
        {
          match: `(?:^|(?<=[:;]))\\s*(${COMMANDS})(?![-\\w.=])`,
          captures: { 1: { name: `keyword.other.command.${S}` } },
        },
        { match: ';', name: `punctuation.separator.command.${S}` },
        { include: '#parameter' },
        { include: '#path' },
        { match: `(?<=\\s)-[A-Za-z]+(?![-\\w=])`, name: `constant.other.flag.${S}` },
      ],
    },
    parameter: {
      match: `${ARG}([A-Za-z_][\\w.-]*)(=)([^\\s;]*)`,
      captures: {
        1: { name: `variable.parameter.${S}` },
        2: { name: `keyword.operator.assignment.${S}` },
        3: { patterns: [{ include: '#value' }] },
      },
    },
    // A path starts an argument or a value: `multiboot /xen.gz`, `root=/dev/wd0a`.
    path: { match: `(?<![^\\s;:=])(?:\\([\\w,]+\\))?/[^\\s;]*`, name: `string.unquoted.path.${S}` },
    value: {
      patterns: [
        { include: '#path' },
        // pciback.hide's (bus:dev.func) list
        {
          match: '(\\()([0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,2}){1,2}\\.[0-7])(\\))',
          captures: {
            1: { name: `punctuation.section.parens.begin.${S}` },
            2: { name: `constant.numeric.pci-address.${S}` },
            3: { name: `punctuation.section.parens.end.${S}` },
          },
        },
        { match: '(?<![\\w.])(?:0[xX][0-9A-Fa-f]+|[0-9]+[KMGkmg]?)(?![\\w.])', name: `constant.numeric.${S}` },
        { match: ',', name: `punctuation.separator.comma.${S}` },
        { match: '[^\\s,;()]+', name: `string.unquoted.value.${S}` },
      ],
    },
  },
};

export default netbsdBootParams;
