/** Applies an RCS edit script (`dL N` deletes N lines from L, `aL N` adds the N lines that follow after L). */

/** Raised with an offset into the script; the caller maps it to a file position. */
export class EditScriptError extends Error {
  readonly offset: number;
  constructor(offset: number, message: string) {
    super(message);
    this.offset = offset;
  }
}

const COMMAND = /^([ad])([0-9]+) ([0-9]+)$/;

/**
 * The lines of the older revision, from the lines of the newer one (`base`) and the script.
 * Line numbers in commands refer to `base`, in increasing order, as `diff -n` writes them.
 */
export function applyEditScript(base: readonly Buffer[], script: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let done = 0; // lines of base copied or deleted so far
  let pos = 0;
  while (pos < script.length) {
    const nl = script.indexOf(0x0a, pos);
    const lineEnd = nl < 0 ? script.length : nl;
    const text = script.toString('latin1', pos, lineEnd);
    const m = COMMAND.exec(text);
    if (!m) throw new EditScriptError(pos, `expected an edit command "aLINE COUNT" or "dLINE COUNT", found ${JSON.stringify(text.slice(0, 40))}`);
    const line = Number(m[2]);
    const count = Number(m[3]);
    if (m[1] === 'd') {
      if (line <= done || count === 0 || line - 1 + count > base.length) {
        throw new EditScriptError(pos, `edit command "${text}" out of range: expected lines ${done + 1}..${base.length} of the ${base.length}-line newer revision, in increasing order`);
      }
      for (let i = done; i < line - 1; i++) out.push(base[i]!);
      done = line - 1 + count;
      pos = lineEnd + 1;
    } else {
      if (line < done || line > base.length) {
        throw new EditScriptError(pos, `edit command "${text}" out of range: expected a line in ${done}..${base.length} of the ${base.length}-line newer revision, in increasing order`);
      }
      for (let i = done; i < line; i++) out.push(base[i]!);
      done = line;
      pos = addLines(script, lineEnd + 1, count, text, out);
    }
  }
  for (let i = done; i < base.length; i++) out.push(base[i]!);
  return out;
}

/** Copies `count` lines of the script from `pos` to `out`; returns where the next command starts. */
function addLines(script: Buffer, pos: number, count: number, command: string, out: Buffer[]): number {
  for (let k = 0; k < count; k++) {
    if (pos >= script.length) throw new EditScriptError(script.length, `edit command "${command}" expected ${count} added lines, found ${k} before the end of the text`);
    const nl = script.indexOf(0x0a, pos);
    const end = nl < 0 ? script.length : nl + 1;
    out.push(script.subarray(pos, end));
    pos = end;
  }
  return pos;
}
