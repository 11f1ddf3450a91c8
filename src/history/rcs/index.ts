/** Reads an RCS `,v` file: every trunk revision, oldest first, with decoded text and log, plus warnings. */
import { decodeBytes, fallbackWarning } from '../decode.ts';
import { parseRcsFile } from './parse.ts';
import { stringBytes } from './strings.ts';
import { reconstructTrunk, trunkChain } from './trunk.ts';
import type { RcsFile, RcsHistory, RcsRevision } from './types.ts';

export type { RcsHistory, RcsRevision } from './types.ts';
export { RcsFormatError } from './errors.ts';

export interface ReadRcsOptions {
  /** Called after each reconstructed revision (newest to oldest), for progress on long files. */
  onRevision?: (done: number, total: number) => void;
}

/** Parses `bytes` (the contents of `file`, named in errors and warnings); throws RcsFormatError. */
export function readRcs(file: string, bytes: Buffer, options: ReadRcsOptions = {}): RcsHistory {
  const rcs = parseRcsFile(file, bytes);
  const trunk = reconstructTrunk(rcs, options.onRevision);
  const latinText: string[] = [];
  const latinLog: string[] = [];
  const revisions: RcsRevision[] = [];
  for (let i = trunk.length - 1; i >= 0; i--) {
    const { delta, lines } = trunk[i]!;
    const text = decodeBytes(Buffer.concat(lines));
    if (text.fallback) latinText.push(delta.num);
    const log = decodeBytes(stringBytes(bytes, rcs.texts.get(delta.num)!.log));
    if (log.fallback) latinLog.push(delta.num);
    revisions.push({
      number: delta.num,
      date: delta.date,
      author: delta.author,
      state: delta.state,
      // ci and cvs end every log with a newline the author did not type.
      log: log.text.replace(/\n$/, ''),
      text: text.text,
    });
  }
  const onTrunk = new Set(trunkChain(rcs).map((d) => d.num));
  const warnings = [fallbackWarning(file, 'the text', latinText), fallbackWarning(file, 'the log message', latinLog), vendorWarning(rcs)];
  return {
    file,
    revisions,
    branches: [...rcs.deltas.keys()].filter((n) => !onTrunk.has(n)),
    warnings: warnings.filter((w) => w !== null),
  };
}

/** CVS checks out the default (vendor) branch while it is set; we read the trunk, so say when they differ. */
function vendorWarning(rcs: RcsFile): string | null {
  const branch = rcs.admin.branch;
  if (branch === null) return null;
  const onBranch = [...rcs.deltas.keys()].filter((n) => n.startsWith(`${branch}.`));
  // A plain `cvs import` leaves one branch revision identical to 1.1: nothing is lost then.
  if (onBranch.length <= 1) return null;
  return `${rcs.file}: default branch ${branch} has revisions ${onBranch.join(', ')} that are not on the trunk; only the trunk is read`;
}
