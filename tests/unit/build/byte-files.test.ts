import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeByteFiles } from '../../../src/build/byte-files.ts';
import { ContentCache } from '../../../src/prepare/cache.ts';
import type { RevisionRecord } from '../../../src/schemas/record.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const root = tempDir('byte-files-');

const cache = new ContentCache(join(root, 'cache'));
cache.write('body', 'b1', 'first\n');
cache.write('body', 'b2', 'first\nsecond é\n');
cache.write('patch', 'd2', new Uint8Array([0x2b, 0xc3, 0x0a]));
cache.write('history', 'h2', '{"page":"a/b"}');
const record = (revision: string, date: string, keys: Partial<RevisionRecord>) => ({ page: 'a/b', revision, ordinal: Number(revision.slice(2)), date, diffKey: null, historyKey: null, ...keys }) as RevisionRecord;
// Out of order on purpose: the pair is named by the revisions' order, not the records'.
const records = [record('1.2', '2020-02-01', { bodyKey: 'b2', diffKey: 'd2', historyKey: 'h2' }), record('1.1', '2020-01-01', { bodyKey: 'b1' })];

describe('outputs copied from the content cache', () => {
  it("writes each revision's source, each pair's diff (bytes, a partial character kept) and the history file", () => {
    const dir = join(root, 'all');
    expect(writeByteFiles(dir, records, cache, () => true)).toBe(4);
    expect(readFileSync(join(dir, 'a/b/r/1.1.mdwn'), 'utf8')).toBe('first\n');
    expect(readFileSync(join(dir, 'a/b/r/1.2.mdwn'), 'utf8')).toBe('first\nsecond é\n');
    expect([...readFileSync(join(dir, 'a/b/diff/1.1..1.2.diff'))]).toEqual([0x2b, 0xc3, 0x0a]);
    expect(readFileSync(join(dir, 'a/b/history.json'), 'utf8')).toBe('{"page":"a/b"}');
  });

  it('writes only the units the build makes', () => {
    const dir = join(root, 'some');
    expect(writeByteFiles(dir, records, cache, (unit) => unit === 'a/b@1.2' || unit === 'a/b@1.1..1.2')).toBe(2);
    expect(existsSync(join(dir, 'a/b/r/1.2.mdwn'))).toBe(true);
    expect(existsSync(join(dir, 'a/b/diff/1.1..1.2.diff'))).toBe(true);
    expect(existsSync(join(dir, 'a/b/r/1.1.mdwn'))).toBe(false);
    expect(existsSync(join(dir, 'a/b/history.json'))).toBe(false);
  });
});
