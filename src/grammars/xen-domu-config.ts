/** TextMate grammar for Xen xl/xm domain config files (xl.cfg(5)): `key = value`, quoted strings, numbers, `[ lists ]`. */
import { hashComment } from './comment.ts';
import type { LanguageRegistration } from 'shiki';

const S = 'xen-domu-config';

export const xenDomuConfig: LanguageRegistration = {
  name: S,
  displayName: 'Xen domain config',
  scopeName: `source.${S}`,
  aliases: ['xl-config', 'xm-config', 'xl.cfg', 'domu-config'],
  patterns: [
    { include: '#comment' },
    {
      match: '^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(=)',
      captures: { 1: { name: `support.type.property-name.${S}` }, 2: { name: `keyword.operator.assignment.${S}` } },
    },
    { include: '#string' },
    { match: '(?<![\\w.])-?(?:0[xX][0-9A-Fa-f]+|[0-9]+(?:\\.[0-9]+)?)(?![\\w.])', name: `constant.numeric.${S}` },
    // xm configs are Python; xl accepts the same spellings.
    { match: '\\b(?:True|False|None|true|false)\\b', name: `constant.language.${S}` },
    { match: '\\[', name: `punctuation.section.brackets.begin.${S}` },
    { match: '\\]', name: `punctuation.section.brackets.end.${S}` },
    { match: ',', name: `punctuation.separator.comma.${S}` },
  ],
  repository: {
    comment: hashComment(S),
    string: {
      patterns: [
        { match: "(')((?:\\\\.|[^'\\\\])*)(')", name: `string.quoted.single.${S}`, captures: { 1: { name: `punctuation.definition.string.begin.${S}` }, 2: { patterns: [{ include: '#escape' }] }, 3: { name: `punctuation.definition.string.end.${S}` } } },
        { match: '(")((?:\\\\.|[^"\\\\])*)(")', name: `string.quoted.double.${S}`, captures: { 1: { name: `punctuation.definition.string.begin.${S}` }, 2: { patterns: [{ include: '#escape' }] }, 3: { name: `punctuation.definition.string.end.${S}` } } },
      ],
    },
    escape: { match: '\\\\.', name: `constant.character.escape.${S}` },
  },
};

export default xenDomuConfig;
