/** Rebuilds every trunk revision: head's text is whole, each older one is an edit script on the next newer. */
import { EditScriptError, applyEditScript } from './editscript.ts';
import { RcsFormatError } from './errors.ts';
import { splitLines } from './lines.ts';
import { fileOffset, stringBytes } from './strings.ts';
import type { DeltaNode, RcsFile } from './types.ts';

/** The trunk from head down (`next` pointers), checked for cycles. */
export function trunkChain(rcs: RcsFile): DeltaNode[] {
  const chain: DeltaNode[] = [];
  const seen = new Set<string>();
  for (let num = rcs.admin.head; num !== null; ) {
    const d = rcs.deltas.get(num);
    if (d === undefined) throw new RcsFormatError(rcs.file, rcs.bytes, 0, `trunk revision ${num} has no delta`);
    if (seen.has(num)) throw new RcsFormatError(rcs.file, rcs.bytes, d.nextAt, `next pointers loop back to revision ${num}: expected an older revision or nothing`);
    seen.add(num);
    chain.push(d);
    num = d.next;
  }
  return chain;
}

export interface TrunkText {
  delta: DeltaNode;
  /** The revision's full text as lines (views into the file or unescaped copies). */
  lines: Buffer[];
}

/** Full texts of the trunk, head first; `onRevision` is told after each one (for progress). */
export function reconstructTrunk(rcs: RcsFile, onRevision?: (done: number, total: number) => void): TrunkText[] {
  const chain = trunkChain(rcs);
  const out: TrunkText[] = [];
  let lines: Buffer[] = [];
  chain.forEach((delta, i) => {
    const ref = rcs.texts.get(delta.num)!.text; // parseRcsFile checked every delta has a text
    const bytes = stringBytes(rcs.bytes, ref);
    try {
      lines = i === 0 ? splitLines(bytes) : applyEditScript(lines, bytes);
    } catch (e) {
      if (!(e instanceof EditScriptError)) throw e;
      const newer = chain[i - 1]!.num;
      throw new RcsFormatError(rcs.file, rcs.bytes, fileOffset(rcs.bytes, ref, e.offset), `in the edit script of revision ${delta.num} (applied to ${newer}): ${e.message}`);
    }
    out.push({ delta, lines });
    onRevision?.(i + 1, chain.length);
  });
  return out;
}
