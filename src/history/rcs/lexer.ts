/** Tokens of an RCS file (words, `@` strings, `:` and `;`), read from bytes with their offsets. */
import { RcsFormatError } from './errors.ts';
import type { StringRef } from './types.ts';

export type Token =
  | { kind: 'word'; at: number; value: string }
  | { kind: 'string'; at: number; ref: StringRef }
  | { kind: 'colon' | 'semi' | 'eof'; at: number };

const AT = 0x40;

// rcsfile(5): whitespace is space, BS, TAB, LF, VT, FF, CR.
function isSpace(b: number): boolean {
  return b === 0x20 || (b >= 0x08 && b <= 0x0d);
}

// Words (num, id, sym) are runs of visible characters other than the specials `$ , . : ; @`;
// `.` is allowed here because nums and ids both contain it. Bytes ≥ 0xa0 are ISO-8859 graphics.
function isWordByte(b: number): boolean {
  if (b >= 0xa0) return true;
  if (b <= 0x20 || b >= 0x7f) return false;
  return b !== 0x24 && b !== 0x2c && b !== 0x3a && b !== 0x3b && b !== AT;
}

/** How a token reads in an error message. */
export function describe(t: Token): string {
  switch (t.kind) {
    case 'word': return `"${t.value}"`;
    case 'string': return 'a string';
    case 'colon': return "':'";
    case 'semi': return "';'";
    case 'eof': return 'end of file (truncated?)';
  }
}

export class Lexer {
  readonly file: string;
  readonly bytes: Buffer;
  private pos = 0;
  private ahead: Token | null = null;

  constructor(file: string, bytes: Buffer) {
    this.file = file;
    this.bytes = bytes;
  }

  /** The error for a position, to be thrown by the caller. */
  error(at: number, message: string): RcsFormatError {
    return new RcsFormatError(this.file, this.bytes, at, message);
  }

  /** The error "expected X, found <token>" at the token. */
  unexpected(t: Token, expected: string): RcsFormatError {
    return this.error(t.at, `expected ${expected}, found ${describe(t)}`);
  }

  peek(): Token {
    this.ahead ??= this.scan();
    return this.ahead;
  }

  next(): Token {
    const t = this.peek();
    this.ahead = null;
    return t;
  }

  private scan(): Token {
    const b = this.bytes;
    let p = this.pos;
    while (p < b.length && isSpace(b[p]!)) p++;
    if (p >= b.length) {
      this.pos = p;
      return { kind: 'eof', at: p };
    }
    const c = b[p]!;
    if (c === 0x3a || c === 0x3b) {
      this.pos = p + 1;
      return { kind: c === 0x3a ? 'colon' : 'semi', at: p };
    }
    if (c === AT) return this.scanString(p);
    if (!isWordByte(c)) throw this.error(p, `unexpected character ${JSON.stringify(String.fromCharCode(c))} (byte 0x${c.toString(16).padStart(2, '0')})`);
    let e = p + 1;
    while (e < b.length && isWordByte(b[e]!)) e++;
    this.pos = e;
    return { kind: 'word', at: p, value: b.toString('latin1', p, e) };
  }

  private scanString(open: number): Token {
    const b = this.bytes;
    let escaped = false;
    let p = open + 1;
    for (;;) {
      const q = b.indexOf(AT, p);
      if (q < 0) throw this.error(open, 'unterminated @-string: expected a closing "@" before the end of file (truncated?)');
      if (b[q + 1] === AT) {
        escaped = true;
        p = q + 2;
        continue;
      }
      this.pos = q + 1;
      return { kind: 'string', at: open, ref: { start: open + 1, end: q, escaped } };
    }
  }
}
