/** Each path's newest commit in one pass over the log: what identifies a page's history in a git repository without reading it. */
import { runGit } from './run.ts';

/**
 * Path → the newest commit that touched it. Any new commit to a page touches its current path (a rename
 * into it included), so the page's history changed exactly when this commit did.
 */
export async function newestCommits(repo: string): Promise<Map<string, string>> {
  // -z: paths as git stores them (no quoting); each commit is its hash, then the paths it touched.
  const out = await runGit(repo, ['log', '-z', '--no-renames', '--name-only', '--format=%x01%H', 'HEAD']);
  const newest = new Map<string, string>();
  for (const entry of out.toString('utf8').split('\x01').slice(1)) {
    const [hash, ...paths] = entry.split(/[\n\0]/).filter((field) => field !== '');
    for (const path of paths) if (!newest.has(path)) newest.set(path, hash!);
  }
  return newest;
}
