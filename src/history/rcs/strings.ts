/** The contents of `@` strings: `@@` unescaped, and offsets mapped back to the file for messages. */
import type { StringRef } from './types.ts';

/** The bytes a string stands for (a view into the file when there is nothing to unescape). */
export function stringBytes(file: Buffer, ref: StringRef): Buffer {
  const raw = file.subarray(ref.start, ref.end);
  if (!ref.escaped) return raw;
  const out = Buffer.allocUnsafe(raw.length);
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    out[n++] = raw[i]!;
    if (raw[i] === 0x40) i++; // the second `@` of `@@`
  }
  return out.subarray(0, n);
}

/** The file offset of byte `offset` of the unescaped contents. */
export function fileOffset(file: Buffer, ref: StringRef, offset: number): number {
  if (!ref.escaped) return ref.start + offset;
  let raw = ref.start;
  for (let seen = 0; seen < offset && raw < ref.end; seen++) raw += file[raw] === 0x40 ? 2 : 1;
  return raw;
}
