/** TextMate grammar for NetBSD kernel configuration files, after usr.bin/config's scan.l and gram.y. */
import { hashComment } from './comment.ts';
import type { LanguageRegistration } from 'shiki';

const S = 'netbsd-kernel-config';
/** scan.l's WORD: identifiers may contain hyphens, so word ends are checked with END, not \b. */
const WORD = '[A-Za-z_][-A-Za-z_0-9]*';
const END = '(?![-A-Za-z_0-9])';
const START = '(?<![-A-Za-z_0-9])';
/** Words the lexer returns as keywords can never be device, locator or option names. */
const KEYWORDS =
  '(?:at|attach|block|build|char|compile-with|config|cinclude|deffs|define|defflag|defopt|defparam|defpseudo|defpseudodev|' +
  'device|device-major|devclass|dumps|elifdef|elifndef|else|endif|file|file-system|flags|ident|ifdef|ifndef|include|ioconf|' +
  'machine|major|makeoptions|maxpartitions|maxusers|minor|needs-count|needs-flag|no|object|obsolete|on|options|package|prefix|' +
  'pseudo-device|pseudo-root|root|select|source|type|version|with)' + END;
/** A constant value (gram.y `value`): quoted string, signed number or bare word. */
const VALUE = `(?:"(?:\\\\"|[^"])*"|-?[0-9][xX0-9A-Fa-f]*${END}|(?!${KEYWORDS})${WORD})`;
const VALUES = `${VALUE}(?:\\s*,\\s*${VALUE})*`;

const kw = (name: string) => ({ name: `keyword.other.${name}.${S}` });
const NEG = { name: `keyword.other.negation.${S}` };
const STMT = kw('statement');
const VALUE_PATTERNS = { patterns: [{ include: '#string' }, { include: '#number' }, { include: '#word-value' }, { include: '#comma' }] };

/** A statement keyword opens a region that indented lines continue (scan.l: newline + blank is no newline). */
function statement(id: string, begin: string, beginCaptures: Record<string, { name: string }>, includes: string[]) {
  return {
    name: `meta.statement.${id}.${S}`,
    begin: `^\\s*${begin}`,
    beginCaptures,
    end: '^(?=\\S)',
    patterns: [{ include: '#comment' }, ...includes.map((include) => ({ include }))],
  };
}

export const netbsdKernelConfig: LanguageRegistration = {
  name: S,
  displayName: 'NetBSD kernel config',
  scopeName: `source.${S}`,
  aliases: ['kernconf', 'netbsd-config', 'config5'],
  patterns: [
    { include: '#comment' },
    { include: '#include' },
    { include: '#conditional' },
    { include: '#statements' },
  ],
  repository: {
    comment: hashComment(S),
    include: {
      match: `^\\s*(include|cinclude|package)${END}\\s*(?:("(?:\\\\"|[^"])*")|([^\\s#"]+))?`,
      captures: {
        1: { name: `keyword.control.directive.include.${S}` },
        2: { patterns: [{ include: '#string' }] },
        3: { name: `string.unquoted.path.${S}` },
      },
    },
    conditional: {
      match: `^\\s*(?:(ifdef|ifndef|elifdef|elifndef)\\s+(${WORD})|(else|endif)${END})`,
      captures: {
        1: { name: `keyword.control.directive.conditional.${S}` },
        2: { name: `constant.other.option.${S}` },
        3: { name: `keyword.control.directive.conditional.${S}` },
      },
    },
    statements: {
      patterns: [
        statement('options', `(?:(no)\\s+)?(options)${END}`, { 1: NEG, 2: STMT }, ['#option', '#comma']),
        statement('makeoptions', `(?:(no)\\s+)?(makeoptions)${END}`, { 1: NEG, 2: STMT }, ['#makeoption', '#comma']),
        statement('maxusers', `(maxusers)${END}`, { 1: STMT }, ['#number']),
        statement('ident', `(?:(no)\\s+)?(ident)${END}`, { 1: NEG, 2: STMT }, ['#string', '#word-value']),
        statement('select', `(?:(no)\\s+)?(select)${END}`, { 1: NEG, 2: STMT }, ['#attribute']),
        statement('file-system', `(?:(no)\\s+)?(file-system)${END}`, { 1: NEG, 2: STMT }, ['#file-system']),
        statement('pseudo-device', `(?:(no)\\s+)?(pseudo-device)${END}`, { 1: NEG, 2: STMT }, ['#pseudo-device']),
        statement('pseudo-root', `(pseudo-root)${END}`, { 1: STMT }, ['#instance']),
        statement('config', `(?:(no)\\s+)?(config)${END}(?:\\s+(${WORD}))?`, { 1: NEG, 2: STMT, 3: { name: `string.unquoted.value.${S}` } }, ['#config-spec']),
        statement('no-device', `(no)\\s+(device)${END}`, { 1: NEG, 2: STMT }, ['#attachment']),
        // A device instance: `xpci* at xenbus ?`; gram.y needs `at` next, so we look for it on the same line.
        statement(
          'device',
          `(?:(no)\\s+)?(?!${KEYWORDS})(${WORD})(\\*)?(?=\\s+at${END})`,
          { 1: NEG, 2: { name: `entity.name.type.device.${S}` }, 3: { name: `constant.language.wildcard.${S}` } },
          ['#attachment', '#flags', '#locator'],
        ),
        // `no wd0`: removes an instance outright.
        statement(
          'no-instance',
          `(no)\\s+(?!${KEYWORDS})(${WORD})(\\*)?(?=\\s*(?:#|$))`,
          { 1: NEG, 2: { name: `entity.name.type.device.${S}` }, 3: { name: `constant.language.wildcard.${S}` } },
          [],
        ),
      ],
    },
    option: {
      match: `${START}(${WORD})(?:\\s*(=)\\s*(${VALUE})?)?`,
      captures: {
        1: { name: `constant.other.option.${S}` },
        2: { name: `keyword.operator.assignment.${S}` },
        3: VALUE_PATTERNS,
      },
    },
    makeoption: {
      match: `(?:${START}(${WORD})|("(?:\\\\"|[^"])*"))(?:\\s*(\\+=|=)\\s*(${VALUE})?)?`,
      captures: {
        1: { name: `constant.other.option.make.${S}` },
        2: { patterns: [{ include: '#string' }] },
        3: { name: `keyword.operator.assignment.${S}` },
        4: VALUE_PATTERNS,
      },
    },
    attribute: { match: `${START}${WORD}`, name: `constant.other.option.attribute.${S}` },
    'file-system': {
      patterns: [{ match: `${START}${WORD}`, name: `constant.other.option.file-system.${S}` }, { include: '#comma' }],
    },
    'pseudo-device': {
      patterns: [
        { match: `${START}(?!${KEYWORDS})${WORD}`, name: `entity.name.type.device.pseudo.${S}` },
        { include: '#number' },
      ],
    },
    instance: {
      match: `${START}(${WORD})(\\*)?`,
      captures: { 1: { name: `entity.name.type.device.${S}` }, 2: { name: `constant.language.wildcard.${S}` } },
    },
    'config-spec': {
      patterns: [
        { match: `${START}(root|on|type|dumps|major|minor)${END}`, name: `keyword.other.config.${S}` },
        { include: '#wildcard' },
        { include: '#number' },
        { include: '#word-value' },
      ],
    },
    // gram.y `attachment`: root, a parent instance (pci0), or any parent of a kind (pci? / xenbus ?).
    attachment: {
      match: `${START}(at)${END}(?:\\s+(?:(root)${END}|(${WORD})(?:\\s*(\\?))?))?`,
      captures: {
        1: { name: `keyword.other.attachment.${S}` },
        2: { name: `entity.other.inherited-class.parent.root.${S}` },
        3: { name: `entity.other.inherited-class.parent.${S}` },
        4: { name: `constant.language.wildcard.${S}` },
      },
    },
    flags: {
      match: `${START}(flags)${END}(?:\\s+(-?[0-9][xX0-9A-Fa-f]*${END}))?`,
      captures: { 1: kw('flags'), 2: { patterns: [{ include: '#number' }] } },
    },
    // gram.y `locator`: a name, then `?` or one or more comma-separated values.
    locator: {
      match: `${START}(?!${KEYWORDS})(${WORD})\\s+(\\?|${VALUES})`,
      captures: {
        1: { name: `variable.parameter.locator.${S}` },
        2: { patterns: [{ include: '#wildcard' }, ...VALUE_PATTERNS.patterns] },
      },
    },
    string: {
      match: '(")((?:\\\\"|[^"])*)(")',
      name: `string.quoted.double.${S}`,
      captures: {
        1: { name: `punctuation.definition.string.begin.${S}` },
        2: { patterns: [{ match: '\\\\"', name: `constant.character.escape.${S}` }] },
        3: { name: `punctuation.definition.string.end.${S}` },
      },
    },
    // scan.l: 0x.. is hex, 0.. octal, [1-9].. decimal; a lone 0 prints as decimal, so it is scoped so.
    number: {
      patterns: [
        { match: `${START}-?0[xX][0-9A-Fa-f]+${END}`, name: `constant.numeric.integer.hexadecimal.${S}` },
        { match: `${START}-?0[0-7]+${END}`, name: `constant.numeric.integer.octal.${S}` },
        { match: `${START}-?(?:0|[1-9][0-9]*)${END}`, name: `constant.numeric.integer.decimal.${S}` },
      ],
    },
    wildcard: { match: '\\?', name: `constant.language.wildcard.${S}` },
    'word-value': { match: `${START}${WORD}`, name: `string.unquoted.value.${S}` },
    comma: { match: ',', name: `punctuation.separator.comma.${S}` },
  },
};

export default netbsdKernelConfig;
