/** Reads every revision file under `content/`: `content/<page path>/<any name>.mdwn`, one file per revision. */
import { readFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { decodeBytes } from '../history/decode.ts';
import type { Revision } from '../schemas/revision.ts';
import { compareRevisionIds, compareRevisions } from '../utils/revision-order.ts';
import { listContentFiles } from './content-files.ts';
import { RevisionError } from './revision-error.ts';
import { parseRevisionFile } from './revision-file.ts';

export interface ContentDirOptions {
  /** Receives non-fatal findings: files decoded as Latin-1, and one note listing the files set aside. */
  warn?: (message: string) => void;
  /** The present, for the "not in the future" rule. */
  now?: Date;
}

const BOM = [0xef, 0xbb, 0xbf];
const NUMBERED = /^\d+(\.\d+)+$/;

/** All revisions in the folder(s), each page's oldest first; throws a RevisionError for the first bad file. */
export function readContentDir(roots: string | readonly string[], cwd = process.cwd(), options: ContentDirOptions = {}): Revision[] {
  const warn = options.warn ?? (() => {});
  const display = (path: string) => {
    const near = relative(cwd, path);
    return near.startsWith('..') || isAbsolute(near) ? path : near;
  };
  const seen = new Map<string, string>();
  const revisions: Revision[] = [];
  const ignored: string[] = [];
  for (const root of [roots].flat()) {
    const listing = listContentFiles(root, display);
    ignored.push(...listing.ignored);
    for (const { path, page } of listing.files) {
      const file = display(path);
      const revision = parseRevisionFile(decodeFile(path, file, warn), file, page, options.now ? { now: options.now } : {});
      const key = `${page}@${revision.revision}`;
      const other = seen.get(key);
      if (other) throw new RevisionError(file, 'revision', `"${revision.revision}" of ${page} is already claimed by ${other}`);
      seen.set(key, file);
      revisions.push(revision);
    }
  }
  checkDateOrder(revisions);
  if (ignored.length > 0) warn(`note: ignored ${ignored.length} file(s) that are not revision files (hidden, editor backups, other extensions): ${ignored.join(', ')}`);
  return revisions.sort(compareRevisions);
}

/** The file's text: a UTF-8 BOM dropped, Latin-1 (windows-1252) when not UTF-8, with a warning naming the file. */
function decodeFile(path: string, file: string, warn: (message: string) => void): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new RevisionError(file, 'read', (error as Error).message);
  }
  if (bytes.includes(0)) throw new RevisionError(file, `byte ${bytes.indexOf(0)}`, 'is a NUL byte: a revision file is text, not binary');
  if (BOM.every((b, i) => bytes[i] === b)) bytes = bytes.subarray(BOM.length);
  const { text, fallback } = decodeBytes(bytes);
  if (fallback) warn(`warning: ${file}: not valid UTF-8; decoded as Latin-1 (windows-1252)`);
  return text;
}

/** Numbered revisions of a page must be dated in their order: a later number with an earlier date stops the build. */
function checkDateOrder(revisions: readonly Revision[]): void {
  const byPage = Map.groupBy(revisions.filter((r) => NUMBERED.test(r.revision)), (r) => r.page);
  for (const list of byPage.values()) {
    const ordered = [...list].sort((a, b) => compareRevisionIds(a.revision, b.revision));
    ordered.slice(1).forEach((later, i) => {
      const earlier = ordered[i]!;
      if (later.date < earlier.date) {
        throw new RevisionError(later.origin, 'date', `"${later.date}" is before the date of the earlier revision ${earlier.revision} ("${earlier.date}", ${earlier.origin}); dates must increase with revision numbers`);
      }
    });
  }
}
