/** The content cache: entries read back as written, the first content under a key stays, and a write that fails says so. */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentCache } from '../../../src/prepare/cache.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const root = tempDir('content-cache-');

describe('ContentCache', () => {
  it('reads entries back as written, text and bytes, with no temporary file left', () => {
    const cache = new ContentCache(join(root, 'a'));
    cache.write('html', 'abcdef', '<p>é</p>');
    cache.writeJson('findings', 'abcdef', { title: 'T' });
    cache.write('patch', 'abcdef', new Uint8Array([0x2b, 0x0a]));
    cache.write('html', 'ab0000', '<p>2</p>');
    expect(cache.has('html', 'abcdef')).toBe(true);
    expect(cache.has('html', 'abffff')).toBe(false);
    expect(cache.read('html', 'abcdef')).toBe('<p>é</p>');
    expect(new ContentCache(join(root, 'a')).readJson('findings', 'abcdef')).toEqual({ title: 'T' });
    expect([...cache.readBytes('patch', 'abcdef')]).toEqual([0x2b, 0x0a]);
    expect(readFileSync(cache.path('html', 'abcdef'), 'utf8')).toBe('<p>é</p>');
    expect(readdirSync(join(root, 'a', 'html')).sort()).toEqual(['ab0000', 'abcdef']);
  });

  it('keeps the first content written under a key', () => {
    const cache = new ContentCache(join(root, 'b'));
    cache.write('body', '0011', 'first');
    cache.write('body', '0011', 'second');
    expect(cache.read('body', '0011')).toBe('first');
  });

  it('throws when an entry cannot be written, and has no entry then', () => {
    const dir = join(root, 'c');
    const cache = new ContentCache(dir);
    // A file where the entry's folder should be: no one can write there, root included.
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'body'), 'in the way');
    expect(() => cache.write('body', '0011', 'x')).toThrow(/EEXIST|ENOTDIR/);
    expect(cache.has('body', '0011')).toBe(false);
  });
});
