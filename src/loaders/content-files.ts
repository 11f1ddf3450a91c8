/** Finds the revision files under a content folder: follows symlinks inside it, sets aside what is not a revision. */
import { readdirSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { RevisionError } from './revision-error.ts';

export interface ContentFile {
  /** Path to read the file by. */
  path: string;
  /** The page's wiki path: the folders between the root and the file. */
  page: string;
}

export interface ContentListing {
  files: ContentFile[];
  /** Files that are not revisions (hidden, editor backups, other extensions), by path. */
  ignored: string[];
}

// What an editor or a merge leaves beside a file; listed as backups, never read.
const BACKUP = /(~|\.bak|\.orig|\.rej|\.swp|\.tmp)$|^#.*#$/;
// A folder name that needs no encoding in a URL and cannot climb out of its parent.
const PAGE_SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9_.+-]*$/;

/** Every `.mdwn` file under `root` with its page; `display` turns a path into the one an error should name. */
export function listContentFiles(root: string, display: (path: string) => string): ContentListing {
  const listing: ContentListing = { files: [], ignored: [] };
  const rootReal = realpathOf(root, display);
  const visit = (dir: string, segments: string[], ancestors: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.name.startsWith('.')) {
        listing.ignored.push(display(path));
        continue;
      }
      if (entry.isSymbolicLink()) {
        const real = realpathOf(path, display);
        const inside = relative(rootReal, real);
        if (inside.startsWith('..') || inside.startsWith(sep)) throw new RevisionError(display(path), 'symlink', `points outside the content folder, to ${real}`);
      }
      const stat = statSync(path);
      if (stat.isDirectory()) {
        const realDir = realpathOf(path, display);
        if (ancestors.includes(realDir)) throw new RevisionError(display(path), 'symlink', `is a loop: it leads back to ${display(realDir)}`);
        visit(path, [...segments, entry.name], [...ancestors, realDir]);
      } else if (!stat.isFile() || BACKUP.test(entry.name) || !entry.name.endsWith('.mdwn')) {
        listing.ignored.push(display(path));
      } else {
        checkPage(display(path), segments);
        listing.files.push({ path, page: segments.join('/') });
      }
    }
  };
  visit(root, [], [rootReal]);
  return listing;
}

/** Resolves a path, turning a dangling or looping symlink into one message naming it. */
function realpathOf(path: string, display: (path: string) => string): string {
  try {
    return realpathSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new RevisionError(display(path), 'symlink', 'is a loop: it points back to itself');
    if (code === 'ENOENT') {
      let target = '';
      try { target = readlinkSync(path); } catch { /* not a link: the path itself is gone */ }
      throw new RevisionError(display(path), target ? 'symlink' : 'path', target ? `is dangling: ${target} does not exist` : 'does not exist');
    }
    throw new RevisionError(display(path), 'path', (error as Error).message);
  }
}

function checkPage(file: string, segments: readonly string[]): void {
  if (segments.length === 0) throw new RevisionError(file, 'path', 'a revision file must sit in its page\'s folder, e.g. content/ports/xen/howto/1.52.mdwn');
  const bad = segments.find((s) => !PAGE_SEGMENT.test(s));
  if (bad !== undefined) {
    throw new RevisionError(file, 'path', `page folder "${bad}" is not a wiki page name: use letters, digits and - _ . + only (no spaces or characters a URL must encode), not starting with a dot`);
  }
}
