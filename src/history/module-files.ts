/** The wiki's files that are not pages (images, data files): their paths, and the newest text of the ones directives read. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { runGit } from './git/run.ts';
import { readRcs } from './rcs/index.ts';

/** Path → newest text for data files (`[[!table file=...]]` reads them), null for the others. */
export type WikiFiles = Map<string, string | null>;

/** Files `[[!table file=...]]` can read; their text is kept, other files are only listed. */
const DATA_FILE = /\.(csv|dsv|tsv|txt)$/i;

/**
 * Files of a CVS module other than pages; removed files (`Attic/`, or a dead newest revision) are left out, as upstream
 * no longer serves them. Undefined for a single `,v` file, which says nothing of the module's other files.
 */
export async function listCvsFiles(root: string): Promise<WikiFiles | undefined> {
  if ((await stat(root)).isFile()) return undefined;
  const files: WikiFiles = new Map();
  const walk = async (dir: string, path: string[]): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (entry.name !== 'Attic' && entry.name !== 'CVSROOT') await walk(join(dir, entry.name), [...path, entry.name]);
      } else if (entry.name.endsWith(',v') && !entry.name.endsWith('.mdwn,v')) {
        const name = posix.join(...path, entry.name.slice(0, -2));
        const file = join(dir, entry.name);
        if (!DATA_FILE.test(name)) files.set(name, null);
        else {
          const newest = readRcs(file, await readFile(file)).revisions.at(-1);
          if (newest && newest.state !== 'dead') files.set(name, newest.text);
        }
      }
    }
  };
  await walk(root, []);
  return files;
}

/** Files of the repository's HEAD other than pages. */
export async function listGitFiles(repo: string): Promise<WikiFiles> {
  const names = (await runGit(repo, ['ls-tree', '-r', '-z', '--name-only', 'HEAD'])).toString('utf8').split('\0');
  const files: WikiFiles = new Map();
  for (const name of names.filter((n) => n !== '' && !n.endsWith('.mdwn'))) {
    files.set(name, DATA_FILE.test(name) ? (await runGit(repo, ['show', `HEAD:${name}`])).toString('utf8') : null);
  }
  return files;
}
