/** Reads an RCS `,v` file: every trunk revision, oldest first, with decoded text and log, plus warnings. */
import { decodeBytes, fallbackWarning } from '../decode.ts';
import { checkDeltaGraph } from './graph.ts';
import { parseRcsFile } from './parse.ts';
import { stringBytes } from './strings.ts';
import { reconstructTrunk } from './trunk.ts';
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
  const onTrunk = new Set(checkDeltaGraph(rcs).map((d) => d.num));
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
  const branches = [...rcs.deltas.keys()].filter((n) => !onTrunk.has(n));
  const vendor = vendorWarning(rcs);
  const warnings = [fallbackWarning(file, 'the text', latinText), fallbackWarning(file, 'the log message', latinLog), vendor, branchWarning(rcs, branches, vendor !== null)];
  return { file, revisions, branches, warnings: warnings.filter((w) => w !== null) };
}

/**
 * Names the branch revisions we skip. Left out: the empty revision `cvs import` puts beside 1.1
 * (its text is 1.1's, nothing is lost), and a default branch the vendor warning already names.
 */
function branchWarning(rcs: RcsFile, branches: readonly string[], vendorNamed: boolean): string | null {
  const skipped = branches.filter((n) => {
    const text = rcs.texts.get(n)!.text;
    if (text.end === text.start) return false;
    return !(vendorNamed && rcs.admin.branch !== null && n.startsWith(`${rcs.admin.branch}.`));
  });
  if (skipped.length === 0) return null;
  return `${rcs.file}: branch ${skipped.length === 1 ? 'revision' : 'revisions'} ${skipped.join(', ')} not read; only the trunk is`;
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
