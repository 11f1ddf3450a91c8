import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentDir } from '../../../src/loaders/content-dir.ts';
import { RevisionError } from '../../../src/loaders/revision-error.ts';
import { parseRevisionFile } from '../../../src/loaders/revision-file.ts';

const fixtures = 'tests/fixtures/revision-files';

describe('bad revision metadata: one error naming the file and the field', () => {
  for (const name of readdirSync(fixtures)) {
    it(name, () => {
      const input = readFileSync(join(fixtures, name, 'input.mdwn'), 'utf8');
      const expected = readFileSync(join(fixtures, name, 'output.txt'), 'utf8').trim();
      const file = `content/ports/x/${name}.mdwn`;
      let error: unknown;
      try {
        parseRevisionFile(input, file, 'ports/x');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(RevisionError);
      expect((error as Error).message.startsWith(`${file}: `)).toBe(true);
      expect((error as Error).message).toContain(expected);
    });
  }
});

describe('readContentDir', () => {
  it('reads the HowTo revisions with their metadata', () => {
    const revisions = readContentDir('content');
    expect(revisions.map((r) => [r.page, r.revision, r.date, r.firstLine])).toEqual([
      ['ports/xen/howto', '1.51', '2014-12-26T23:36:34Z', 749],
      ['ports/xen/howto', '1.52', '2014-12-26T23:46:22Z', 749],
    ]);
    expect(revisions.every((r) => r.author === null && r.log === null && r.state === 'present')).toBe(true);
    expect(revisions[0]!.missing.map((m) => m.line)).toEqual([828, 830]);
    expect(revisions[1]!.missing.map((m) => m.line)).toEqual([824, 826]);
    expect(revisions[0]!.body.split('\n')[0]).toBe('See possibly outdated');
  });

  it('orders revisions by page, date and number, with pages from folders', () => {
    const revisions = readContentDir('tests/fixtures/content-dirs/valid');
    expect(revisions.map((r) => `${r.page}@${r.revision}`)).toEqual(['ports/a@1.9', 'ports/a@1.10', 'ports/b@1.1']);
    expect(revisions[1]).toMatchObject({ author: 'alice', log: 'Fix typo', body: 'Title\n=====\n\nten\n' });
  });

  it('rejects two files that claim the same revision, naming both', () => {
    expect(() => readContentDir('tests/fixtures/content-dirs/duplicate')).toThrow(
      /duplicate\/ports\/a\/two\.mdwn: revision: "1\.2" of ports\/a is already claimed by .*duplicate\/ports\/a\/one\.mdwn/,
    );
  });
});
