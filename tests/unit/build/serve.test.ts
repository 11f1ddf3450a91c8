import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFile, SITE_CSP } from '../../../src/build/headers.ts';
import { siteServer } from '../../../src/build/serve.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

// The served folder, and beside it a file the server must never give.
const scratch = tempDir('serve-');
const root = join(scratch, 'site');
const files: Record<string, string> = {
  'index.html': '<p>home</p>',
  '404.html': '<p>not here</p>',
  'ports/x/index.html': '<p>page</p>',
  'ports/x/r/1.2.mdwn': '<script>alert(1)</script>',
  'ports/x/diff/1.1..1.2.diff': '--- a\n+++ b\n',
  'ports/x/diff/1.2.json': '{"a":1}',
  'app.js': 'go()',
};
for (const [path, text] of Object.entries(files)) {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}
writeFileSync(join(scratch, 'outside.txt'), 'secret');

const server = siteServer(root);
let base = '';
beforeAll(async () => {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('the site server', () => {
  it.each([
    ['/ports/x/r/1.2.mdwn', 'text/plain; charset=utf-8'],
    ['/ports/x/diff/1.1..1.2.diff', 'text/plain; charset=utf-8'],
    ['/ports/x/diff/1.2.json', 'application/json'],
    ['/app.js', 'text/javascript; charset=utf-8'],
    ['/ports/x/', 'text/html; charset=utf-8'],
  ])('serves %s as %s with nosniff and the CSP', async (path, type) => {
    const response = await fetch(base + path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain(SITE_CSP);
  });

  it('sandboxes raw sources, so a sniffing client runs nothing', async () => {
    const response = await fetch(`${base}/ports/x/r/1.2.mdwn`);
    expect(await response.text()).toBe('<script>alert(1)</script>');
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'; sandbox$/);
  });

  it('serves 404.html with status 404 for unknown paths, and never a file outside the folder', async () => {
    for (const path of ['/nothing', '/../outside.txt', '/%2e%2e/outside.txt', '/ports/x/%00']) {
      const response = await fetch(base + path);
      expect(response.status, path).toBe(404);
      expect(await response.text()).toBe('<p>not here</p>');
    }
  });

  it('redirects a folder without its slash to the folder, on this site only', async () => {
    const response = await fetch(`${base}/ports/x`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/ports/x/');
  });

  it('refuses other methods', async () => {
    expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(405);
  });
});

describe('_headers', () => {
  it('gives static hosts the same rules', () => {
    const text = headersFile();
    expect(text).toContain(`/*\n  X-Content-Type-Options: nosniff\n  Content-Security-Policy: ${SITE_CSP}`);
    expect(text).toContain("/*.mdwn\n  Content-Type: text/plain; charset=utf-8\n  Content-Security-Policy: default-src 'none'; sandbox");
    expect(text).toContain('/*.diff\n  Content-Type: text/plain; charset=utf-8');
    expect(text).toContain('/*.json\n  Content-Type: application/json');
  });
});
