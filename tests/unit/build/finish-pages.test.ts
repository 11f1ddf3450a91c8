/** The finishing pass gives every page the same bytes on worker threads as in this thread, and names a page it cannot finish. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { finishPages } from '../../../src/build/finish-pages.ts';

const root = mkdtempSync(join(tmpdir(), 'finish-pages-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const page = (i: number) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Page ${i}</title><style>.used{color:red}.unused-${i}{color:blue}</style></head>` +
  `<body><p class="used">Text ${i}</p><script>console.log(${i})</script></body></html>`;

describe('finishPages', () => {
  it('finishes 600 pages on two workers exactly as in this thread', async () => {
    const [one, two] = [join(root, 'one'), join(root, 'two')];
    for (let i = 0; i < 600; i++) {
      mkdirSync(join(one, `p${i % 7}`, String(i)), { recursive: true });
      writeFileSync(join(one, `p${i % 7}`, String(i), 'index.html'), page(i));
    }
    cpSync(one, two, { recursive: true });
    expect(await finishPages(one, { threads: 1 })).toBe(600);
    expect(await finishPages(two, { threads: 2, workersFrom: 100 })).toBe(600);
    for (let i = 0; i < 600; i++) {
      const file = join(`p${i % 7}`, String(i), 'index.html');
      expect(readFileSync(join(two, file), 'utf8'), file).toBe(readFileSync(join(one, file), 'utf8'));
    }
    expect(readFileSync(join(two, 'p0/0/index.html'), 'utf8')).toContain('Content-Security-Policy');
    expect(readFileSync(join(two, '_headers'), 'utf8')).toBe(readFileSync(join(one, '_headers'), 'utf8'));
  });

  it('names the page it could not finish', async () => {
    const dir = join(root, 'bad');
    for (let i = 0; i < 600; i++) {
      mkdirSync(join(dir, String(i)), { recursive: true });
      writeFileSync(join(dir, String(i), 'index.html'), page(i));
    }
    // A page that is a link to nowhere: reading it fails.
    symlinkSync(join(dir, 'nowhere'), join(dir, '7', 'broken.html'));
    await expect(finishPages(dir, { threads: 2, workersFrom: 100 })).rejects.toThrow(/7\/broken\.html: ENOENT/);
  });
});
