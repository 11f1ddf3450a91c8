/** Delta nodes: `num date num; author id; state {id}; branches {num}*; next {num}; {newphrase}*`. */
import { rcsDateToIso } from './date.ts';
import { atKeyword, isNum, keyword, num, optionalNum, semi, skipNewphrase, wordList } from './grammar.ts';
import type { Lexer } from './lexer.ts';
import type { DeltaNode } from './types.ts';

/** True when the next token starts a delta (a revision number). */
export function atDelta(lx: Lexer): boolean {
  const t = lx.peek();
  return t.kind === 'word' && isNum(t.value);
}

function word(lx: Lexer, what: string): string {
  const t = lx.next();
  if (t.kind !== 'word') throw lx.unexpected(t, what);
  return t.value;
}

export function parseDelta(lx: Lexer): DeltaNode {
  const { value: number, at } = num(lx, 'a delta');
  keyword(lx, 'date');
  const dateTok = lx.next();
  const date = dateTok.kind === 'word' ? rcsDateToIso(dateTok.value) : null;
  if (date === null) throw lx.unexpected(dateTok, `a date YY.MM.DD.hh.mm.ss or YYYY.MM.DD.hh.mm.ss for revision ${number}`);
  semi(lx, 'the date');
  keyword(lx, 'author');
  const author = word(lx, `the author of revision ${number}`);
  semi(lx, 'the author');
  keyword(lx, 'state');
  const state = lx.peek().kind === 'semi' ? '' : word(lx, `the state of revision ${number}`);
  semi(lx, 'the state');
  keyword(lx, 'branches');
  const branches = wordList(lx, 'a branch revision number', isNum);
  keyword(lx, 'next');
  const next = optionalNum(lx, `next of revision ${number}`);
  // CVS adds `commitid`; other tools add their own phrases. All end before the next delta or `desc`.
  while (!atDelta(lx) && !atKeyword(lx, 'desc')) skipNewphrase(lx);
  return { num: number, at, date, author, state, branches, next: next.value, nextAt: next.at };
}
