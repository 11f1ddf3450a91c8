/** `git log --follow` for one file, parsed from its NUL-separated output into commits, newest first. */
import { decodeBytes } from '../decode.ts';
import { runGit } from './run.ts';

export interface FileCommit {
  hash: string;
  /** Abbreviated hash, unique in the repository (7 characters or more). */
  short: string;
  /** Committer time, seconds since the epoch. */
  time: number;
  author: string;
  message: string;
  /** True when the message was not valid UTF-8 and was read as windows-1252. */
  latin1: boolean;
  /** Name-status letter: A, M, D, R (renamed here), C, T. */
  status: string;
  /** The file's path in this commit (the new name for a rename). */
  path: string;
}

// A record separator before each commit lets us check that the fields line up.
const FORMAT = '--format=%x1e%H%x00%h%x00%ct%x00%an%x00%B';

function splitNul(bytes: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let start = 0;
  for (let nul = bytes.indexOf(0); nul >= 0; nul = bytes.indexOf(0, start)) {
    parts.push(bytes.subarray(start, nul));
    start = nul + 1;
  }
  if (start < bytes.length) parts.push(bytes.subarray(start));
  return parts;
}

/** Parses the output of `git log -z --name-status` with FORMAT. */
export function parseFollowLog(bytes: Buffer): FileCommit[] {
  const tokens = splitNul(bytes);
  const commits: FileCommit[] = [];
  let i = 0;
  while (i < tokens.length) {
    const head = tokens[i]!.toString('latin1');
    if (!/^\x1e[0-9a-f]{40,64}$/.test(head) || i + 4 >= tokens.length) {
      throw new Error(`unexpected git log output at field ${i}: expected a commit hash, found ${JSON.stringify(head.slice(0, 50))}`);
    }
    const message = decodeBytes(tokens[i + 4]!);
    const base = { hash: head.slice(1), short: tokens[i + 1]!.toString('latin1'), time: Number(tokens[i + 2]!.toString('latin1')) };
    const author = decodeBytes(tokens[i + 3]!).text;
    i += 5;
    const status = /^\n?([A-Z])[0-9]*$/.exec(tokens[i]?.toString('latin1') ?? '');
    if (!status) continue; // a merge: git shows no name-status for it
    const letter = status[1]!;
    const twoPaths = letter === 'R' || letter === 'C';
    const path = tokens[i + (twoPaths ? 2 : 1)];
    if (path === undefined) throw new Error(`unexpected git log output: commit ${base.hash} has status ${letter} but no path`);
    commits.push({ ...base, author, message: message.text.replace(/\s+$/, ''), latin1: message.fallback, status: letter, path: path.toString('utf8') });
    i += twoPaths ? 3 : 2;
  }
  return commits;
}

/** The commits that touched `path`, following renames, newest first. */
export async function followLog(repo: string, path: string): Promise<FileCommit[]> {
  const out = await runGit(repo, ['log', '--follow', '--no-merges', '-z', '--name-status', '--no-color', FORMAT, 'HEAD', '--', path]);
  return parseFollowLog(out);
}
