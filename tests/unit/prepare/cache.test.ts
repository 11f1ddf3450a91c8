/** The content cache writes in the background: entries read back at once, are on disk after flush, and a failed write is reported. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentCache } from '../../../src/prepare/cache.ts';

const root = mkdtempSync(join(tmpdir(), 'content-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('ContentCache', () => {
  it('reads an entry back before it is on disk, and has it on disk after flush, with no temporary file left', async () => {
    const cache = new ContentCache(join(root, 'a'));
    cache.write('html', 'abcdef', '<p>é</p>');
    cache.writeJson('findings', 'abcdef', { title: 'T' });
    cache.write('patch', 'abcdef', new Uint8Array([0x2b, 0x0a]));
    expect(cache.has('html', 'abcdef')).toBe(true);
    expect(cache.read('html', 'abcdef')).toBe('<p>é</p>');
    expect(cache.readJson('findings', 'abcdef')).toEqual({ title: 'T' });
    expect([...cache.readBytes('patch', 'abcdef')]).toEqual([0x2b, 0x0a]);
    expect([...cache.readBytes('html', 'abcdef')]).toEqual([...Buffer.from('<p>é</p>')]);
    await cache.flush();
    expect(readFileSync(cache.path('html', 'abcdef'), 'utf8')).toBe('<p>é</p>');
    expect(readdirSync(join(root, 'a', 'html', 'ab'))).toEqual(['cdef']);
    expect(new ContentCache(join(root, 'a')).read('findings', 'abcdef')).toBe('{"title":"T"}');
  });

  it('keeps the first content written under a key', async () => {
    const cache = new ContentCache(join(root, 'b'));
    cache.write('body', '0011', 'first');
    cache.write('body', '0011', 'second');
    await cache.flush();
    expect(cache.read('body', '0011')).toBe('first');
  });

  it('reports a write that failed when flushed, and leaves no entry', async () => {
    const dir = join(root, 'c');
    const cache = new ContentCache(dir);
    // A file where the entry's folder should be: no one can write there, root included.
    mkdirSync(join(dir, 'body'), { recursive: true });
    writeFileSync(join(dir, 'body', '00'), 'in the way');
    cache.write('body', '0011', 'x');
    expect(cache.read('body', '0011')).toBe('x');
    await expect(cache.flush()).rejects.toThrow(/EEXIST|ENOTDIR/);
    expect(cache.has('body', '0011')).toBe(false);
  });
});
