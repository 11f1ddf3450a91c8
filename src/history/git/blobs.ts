/** File contents at many commits through one `git cat-file --batch` process. */
import { runGit } from './run.ts';

/** The contents of each `rev:path` spec, in order; fails naming the first spec git cannot find. */
export async function readBlobs(repo: string, specs: readonly string[], onBlob?: (done: number) => void): Promise<Buffer[]> {
  if (specs.length === 0) return [];
  // Specs are written one per line; a path with a newline could not be named this way.
  const bad = specs.find((s) => s.includes('\n'));
  if (bad !== undefined) throw new Error(`cannot read ${JSON.stringify(bad)} from git: a newline in the path`);
  const out = await runGit(repo, ['cat-file', '--batch'], `${specs.join('\n')}\n`);
  const blobs: Buffer[] = [];
  let pos = 0;
  for (const spec of specs) {
    const nl = out.indexOf(0x0a, pos);
    const header = out.toString('utf8', pos, nl < 0 ? out.length : nl);
    const m = /^[0-9a-f]+ (\S+) ([0-9]+)$/.exec(header);
    if (!m) throw new Error(`git cat-file: ${spec}: ${header || 'no answer'}`);
    if (m[1] !== 'blob') throw new Error(`git cat-file: ${spec} is a ${m[1]}, expected a file (blob)`);
    const start = nl + 1;
    const end = start + Number(m[2]);
    if (end > out.length) throw new Error(`git cat-file: ${spec}: output ends before its ${m[2]} bytes`);
    blobs.push(out.subarray(start, end));
    pos = end + 1; // the newline git writes after each object
    onBlob?.(blobs.length);
  }
  return blobs;
}
