/** Every page of a wiki module: each `.mdwn` file's page id, removed pages (CVS `Attic/`, git deletions) included. */
import { readdir, stat } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { runGit } from './git/run.ts';

/** Page ids of the `.mdwn,v` files under a CVS module directory, sorted; `Attic/` folders hold removed pages of their parent. */
export async function listCvsPages(root: string): Promise<string[]> {
  if ((await stat(root)).isFile()) return [];
  const pages = new Set<string>();
  const walk = async (dir: string, path: string[]): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) await walk(join(dir, entry.name), entry.name === 'Attic' ? path : [...path, entry.name]);
      else if (entry.name.endsWith('.mdwn,v')) pages.add(posix.join(...path, entry.name.slice(0, -'.mdwn,v'.length)));
    }
  };
  await walk(root, []);
  return [...pages].sort();
}

/** Page ids of every `.mdwn` file any commit of the repository touched, sorted. */
export async function listGitPages(repo: string): Promise<string[]> {
  const out = await runGit(repo, ['log', '--all', '--format=', '--name-only', '-z', '--', '*.mdwn']);
  const names = out.toString('utf8').split(/[\0\n]/).filter((n) => n.endsWith('.mdwn'));
  return [...new Set(names.map((n) => n.slice(0, -'.mdwn'.length)))].sort();
}
