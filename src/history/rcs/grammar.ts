/** Small grammar helpers shared by the admin, delta and deltatext parsers. */
import type { Lexer, Token } from './lexer.ts';
import type { StringRef } from './types.ts';

/** A revision number: digits and dots, not starting or ending with a dot. */
export function isNum(value: string): boolean {
  return /^[0-9]+(\.[0-9]+)*$/.test(value);
}

/** True when the next token is the word `keyword`. */
export function atKeyword(lx: Lexer, keyword: string): boolean {
  const t = lx.peek();
  return t.kind === 'word' && t.value === keyword;
}

/** Consumes the word `keyword` or fails. */
export function keyword(lx: Lexer, kw: string): Token {
  const t = lx.next();
  if (t.kind !== 'word' || t.value !== kw) throw lx.unexpected(t, `the keyword "${kw}"`);
  return t;
}

export function semi(lx: Lexer, after: string): void {
  const t = lx.next();
  if (t.kind !== 'semi') throw lx.unexpected(t, `';' after ${after}`);
}

/** A revision number, or fails naming what it was for. */
export function num(lx: Lexer, what: string): { value: string; at: number } {
  const t = lx.next();
  if (t.kind !== 'word' || !isNum(t.value)) throw lx.unexpected(t, `a revision number (${what})`);
  return { value: t.value, at: t.at };
}

/** An optional revision number followed by `;` (`head`, `next`, `branch`). */
export function optionalNum(lx: Lexer, what: string): { value: string | null; at: number } {
  const t = lx.peek();
  if (t.kind === 'semi') {
    lx.next();
    return { value: null, at: t.at };
  }
  const n = num(lx, what);
  semi(lx, what);
  return n;
}

/** Words up to `;`, each checked by `ok` (ids, nums). */
export function wordList(lx: Lexer, what: string, ok: (w: string) => boolean): string[] {
  const out: string[] = [];
  for (;;) {
    const t = lx.next();
    if (t.kind === 'semi') return out;
    if (t.kind !== 'word' || !ok(t.value)) throw lx.unexpected(t, `${what} or ';'`);
    out.push(t.value);
  }
}

/** `name:num` pairs up to `;` (symbols, locks). */
export function pairList(lx: Lexer, what: string): Map<string, string> {
  const out = new Map<string, string>();
  for (;;) {
    const t = lx.next();
    if (t.kind === 'semi') return out;
    if (t.kind !== 'word') throw lx.unexpected(t, `${what} (name:revision) or ';'`);
    const colon = lx.next();
    if (colon.kind !== 'colon') throw lx.unexpected(colon, `':' in ${what}`);
    out.set(t.value, num(lx, `${what} of "${t.value}"`).value);
  }
}

/** An optional string followed by `;` (`comment`, `expand`). */
export function optionalString(lx: Lexer, what: string): StringRef | null {
  const t = lx.next();
  if (t.kind === 'semi') return null;
  if (t.kind !== 'string') throw lx.unexpected(t, `a string or ';' after ${what}`);
  semi(lx, what);
  return t.ref;
}

/** Skips a phrase we do not know (`commitid`, `integrity`, CVSNT's `mergepoint1`…): `id word* ;`. */
export function skipNewphrase(lx: Lexer): void {
  const head = lx.next();
  if (head.kind !== 'word' || isNum(head.value)) throw lx.unexpected(head, 'a keyword');
  for (;;) {
    const t = lx.next();
    if (t.kind === 'semi') return;
    if (t.kind === 'eof') throw lx.unexpected(t, `';' ending the "${head.value}" phrase`);
  }
}
