/** Bytes to text: UTF-8 when the bytes are valid UTF-8, else windows-1252, with the caller told which. */
import { isUtf8 } from 'node:buffer';

// windows-1252 rather than strict ISO-8859-1: it is what browsers do with "latin1" pages, and
// old wiki pages written on Windows use its 0x80–0x9f punctuation (curly quotes, dashes).
const cp1252 = new TextDecoder('windows-1252');

export interface Decoded {
  text: string;
  /** True when the bytes were not valid UTF-8 and were read as windows-1252. */
  fallback: boolean;
}

/** Decodes bytes; never replaces bytes with U+FFFD silently. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (isUtf8(bytes)) return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), fallback: false };
  return { text: cp1252.decode(bytes), fallback: true };
}

/** One warning naming the revisions whose text (or log) had to be read as windows-1252. */
export function fallbackWarning(where: string, what: string, revisions: readonly string[]): string | null {
  if (revisions.length === 0) return null;
  const list = revisions.length > 8 ? `${revisions.slice(0, 8).join(', ')}, … (${revisions.length} in all)` : revisions.join(', ');
  return `${where}: ${what} of ${revisions.length === 1 ? 'revision' : 'revisions'} ${list} is not valid UTF-8; decoded as Latin-1 (windows-1252)`;
}
