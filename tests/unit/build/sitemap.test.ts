import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSitemap } from '../../../src/build/sitemap.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

describe('the sitemap of a built folder', () => {
  const dir = tempDir('sitemap-');
  // Built pages have their attribute values unquoted where HTML allows: `bare` writes the link so.
  const page = (path: string, canonical?: string, bare = false) => {
    mkdirSync(join(dir, path), { recursive: true });
    const link = bare ? `<link rel=canonical href=https://site.example${canonical}>` : `<link rel="canonical" href="https://site.example${canonical}">`;
    writeFileSync(join(dir, path, 'index.html'), `<html><head>${canonical ? link : ''}</head></html>`);
  };
  page('');
  page('a/b', '/a/b/');
  page('a/b/r/1.2', '/a/b/', true);
  page('a/b/r/1.1', '/a/b/r/1.1/');
  page('a & b');
  writeFileSync(join(dir, '404.html'), '<html></html>');
  writeFileSync(join(dir, 'a/b/history.json'), '{}');

  it('lists every page but aliases and the 404 page, escaped, and an index naming the sitemap', () => {
    expect(writeSitemap(dir, 'https://site.example/', ['/a/b/r/1.2/', '/a/b/r/1.1/', '/a/b/annotate/1.2/'])).toBe(4);
    const locs = [...readFileSync(join(dir, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual(['https://site.example/', 'https://site.example/a%20&amp;%20b/', 'https://site.example/a/b/', 'https://site.example/a/b/r/1.1/']);
    expect(readFileSync(join(dir, 'sitemap-index.xml'), 'utf8')).toContain('<sitemap><loc>https://site.example/sitemap-0.xml</loc></sitemap>');
  });
});
