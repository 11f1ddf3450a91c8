import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../../src/loaders/content-dir.ts';
import { RevisionError } from '../../../src/loaders/revision-error.ts';
import type { Revision } from '../../../src/schemas/revision.ts';
import { tempDir } from '../../helpers/temp-dir.ts';
import { badKinds, GOOD, latin1, layout, rev } from './content-kinds.ts';

const now = new Date('2026-01-01T00:00:00Z');

/** Lays out a content folder and checks it the way the build does, with file names relative to the folder. */
function check(files: Record<string, string | Uint8Array>, links: Record<string, string> = {}) {
  const root = tempDir('content-check-');
  layout(root, files, links);
  const warnings: string[] = [];
  try {
    return { revisions: readContentDir(root, root, { now, warn: (m) => warnings.push(m) }), warnings, error: null };
  } catch (error) {
    return { revisions: [] as Revision[], warnings, error };
  }
}

describe('bad content: one error naming the file and the field or place', () => {
  it('has at least 40 kinds', () => expect(badKinds.length).toBeGreaterThanOrEqual(40));
  for (const kind of badKinds) {
    it(kind.name, () => {
      const { error } = check(kind.files, kind.links);
      expect(error).toBeInstanceOf(RevisionError);
      const message = (error as Error).message;
      expect(message.startsWith(`${kind.file}: `), message).toBe(true);
      expect(message.slice(kind.file.length + 2)).toMatch(kind.message);
    });
  }
});

describe('accepted content', () => {
  it('drops a UTF-8 byte order mark', () => {
    const { revisions, warnings } = check({ 'ports/x/1.2.mdwn': `\ufeff${rev(GOOD, 'caf\u00e9\n')}` });
    expect(revisions.map((r) => [r.revision, r.body])).toEqual([['1.2', 'caf\u00e9\n']]);
    expect(warnings).toEqual([]);
  });

  it('reads a file that is not UTF-8 as Latin-1, with a warning naming it', () => {
    const { revisions, warnings } = check({ 'ports/x/1.2.mdwn': latin1(rev(GOOD, 'caf\u00e9 \u00e0 la cr\u00e8me\n')) });
    expect(revisions[0]!.body).toBe('caf\u00e9 \u00e0 la cr\u00e8me\n');
    expect(warnings).toEqual(['warning: ports/x/1.2.mdwn: not valid UTF-8; decoded as Latin-1 (windows-1252)']);
  });

  it('sets aside hidden files, editor backups and other extensions, listing them in one note', () => {
    const { revisions, warnings } = check({
      'ports/x/1.2.mdwn': rev(GOOD),
      'ports/x/.1.53.mdwn': rev('revision: "1.53"\ndate: "2015-01-01T00:00:00Z"'),
      'ports/x/1.3.mdwn~': rev('revision: "1.3"\ndate: "2015-01-01T00:00:00Z"'),
      'ports/x/#1.4.mdwn#': 'autosave',
      'ports/x/1.5.mdwn.orig': 'merge leftover',
      'ports/x/notes.txt': 'not a page',
      '.git/HEAD': 'ref: refs/heads/main',
    });
    expect(revisions.map((r) => r.revision)).toEqual(['1.2']);
    expect(warnings).toEqual([
      'note: ignored 6 file(s) that are not revision files (hidden, editor backups, other extensions): .git, ports/x/.1.53.mdwn, ports/x/#1.4.mdwn#, ports/x/1.3.mdwn~, ports/x/1.5.mdwn.orig, ports/x/notes.txt',
    ]);
  });

  it('follows symlinks that stay inside the content folder', () => {
    const { revisions, error } = check(
      { 'shared/p/1.1.mdwn': rev('revision: "1.1"\ndate: "2014-01-01T00:00:00Z"'), 'ports/x/real.mdwn': rev(GOOD) },
      { 'ports/y': '../shared/p', 'ports/x/1.3.mdwn': '../../shared/p/1.1.mdwn' },
    );
    expect(error).toBeNull();
    expect(revisions.map((r) => `${r.page}@${r.revision}`)).toEqual(['ports/x@1.1', 'ports/x@1.2', 'ports/y@1.1', 'shared/p@1.1']);
  });

  it('accepts a date less than a day ahead, equal dates in order, and February 29 of a leap year', () => {
    const { revisions, error } = check({
      'ports/x/1.1.mdwn': rev('revision: "1.1"\ndate: "2024-02-29T12:00:00Z"'),
      'ports/x/1.2.mdwn': rev('revision: "1.2"\ndate: "2024-02-29T12:00:00Z"'),
      'ports/x/1.3.mdwn': rev('revision: "1.3"\ndate: "2026-01-01T12:00:00Z"'),
    });
    expect(error).toBeNull();
    expect(revisions.map((r) => r.revision)).toEqual(['1.1', '1.2', '1.3']);
  });

  it('accepts a file that is only front matter, as an empty page, with the defaults filled in', () => {
    const { revisions, error } = check({ 'ports/x/1.2.mdwn': `---\n${GOOD}\n---` });
    expect(error).toBeNull();
    expect(revisions[0]).toEqual({
      page: 'ports/x', revision: '1.2', date: '2014-12-26T23:36:34Z', author: null, log: null,
      firstLine: 1, missing: [], state: 'present', body: '', origin: 'ports/x/1.2.mdwn',
    });
  });
});
