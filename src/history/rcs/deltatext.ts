/** `desc string` and the deltatexts: `num log string {newphrase}* text string`. */
import { atKeyword, keyword, num, skipNewphrase } from './grammar.ts';
import type { Lexer } from './lexer.ts';
import type { DeltaText, StringRef } from './types.ts';

function string(lx: Lexer, what: string): StringRef {
  const t = lx.next();
  if (t.kind !== 'string') throw lx.unexpected(t, `a string (${what})`);
  return t.ref;
}

export function parseDesc(lx: Lexer): StringRef {
  keyword(lx, 'desc');
  return string(lx, 'the description');
}

export function parseDeltaText(lx: Lexer): DeltaText {
  const { value, at } = num(lx, 'a deltatext');
  keyword(lx, 'log');
  const log = string(lx, `the log of revision ${value}`);
  while (!atKeyword(lx, 'text')) skipNewphrase(lx);
  keyword(lx, 'text');
  return { num: value, at, log, text: string(lx, `the text of revision ${value}`) };
}
