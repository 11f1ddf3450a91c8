import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticDate, syntheticRevisions, writeSyntheticRcs } from '../../../bench/synthetic-history.ts';
import { readRcs } from '../../../src/history/rcs/index.ts';
import { isoSeconds, run, tempDir } from './tools.ts';

describe('synthetic history (bench generator)', () => {
  it('is deterministic per seed', () => {
    expect(syntheticRevisions(12, 7)).toEqual(syntheticRevisions(12, 7));
    expect(syntheticRevisions(3, 8)[2]).not.toBe(syntheticRevisions(3, 7)[2]);
  });

  it('makes a ~1,000-line page with setext and ATX headings, wrapped paragraphs and code', () => {
    const texts = syntheticRevisions(40, 1);
    for (const t of texts) expect(t.split('\n').length).toBeGreaterThan(900);
    const first = texts[0]!;
    expect(first).toMatch(/\n[^\n]+\n-{3,}\n/);
    expect(first).toMatch(/\n## [^\n]+\n/);
    expect(first).toMatch(/\n {4}\S/);
    expect(Math.max(...first.split('\n').filter((l) => !l.startsWith('    ')).map((l) => l.length))).toBeLessThanOrEqual(90);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('writes a ,v file that co and our parser read back revision by revision', () => {
    const dir = tempDir('synthetic');
    const file = join(dir, 'page.mdwn,v');
    const texts = syntheticRevisions(60, 3);
    writeSyntheticRcs(file, 60, 3);
    const h = readRcs(file, readFileSync(file));
    expect(h.revisions.map((r) => r.text)).toEqual(texts);
    expect(h.revisions.map((r) => r.date)).toEqual(texts.map((_, i) => isoSeconds(syntheticDate(i + 1))));
    for (const n of [1, 2, 17, 30, 59, 60]) {
      expect(run('co', ['-q', '-p', `-r1.${n}`, file], dir).toString('utf8')).toBe(texts[n - 1]);
    }
  });
});
