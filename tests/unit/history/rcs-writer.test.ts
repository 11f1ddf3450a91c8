import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REAL_SHAPE, wikiPlan, writeSyntheticWiki } from '../../../bench/synthetic-wiki.ts';
import { syntheticRevisions } from '../../../bench/synthetic-history.ts';
import { readRcs } from '../../../src/history/rcs/index.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const root = tempDir('synthetic-wiki-');

describe('the synthetic wiki written for the scale bench', () => {
  const shape = { pages: 8, large: 0, medium: 2 };
  const written = writeSyntheticWiki(root, shape);
  const plan = wikiPlan(shape);

  it('is shaped like the real wiki: 3,000 pages, about 30,000 revisions, most of 1-10', () => {
    const real = wikiPlan(REAL_SHAPE);
    const total = real.reduce((n, p) => n + p.revisions, 0);
    expect(real).toHaveLength(3000);
    expect(total).toBeGreaterThan(27_000);
    expect(total).toBeLessThan(33_000);
    expect(real.filter((p) => p.revisions <= 10).length).toBeGreaterThan(2500);
    expect(real.filter((p) => p.revisions >= 200 && p.lines >= 1000)).toHaveLength(REAL_SHAPE.large);
    expect(written).toBe(plan.reduce((n, p) => n + p.revisions, 0));
  });

  it('writes ,v files that GNU co reads back revision by revision, as our parser does', () => {
    for (const p of plan) {
      const file = join(root, `${p.page}.mdwn,v`);
      const texts = syntheticRevisions(p.revisions, p.seed, p.lines);
      const ours = readRcs(file, readFileSync(file)).revisions.map((r) => r.text);
      expect(ours).toEqual(texts);
      texts.forEach((text, k) => expect(execFileSync('co', ['-q', '-p', `-r1.${k + 1}`, file], { encoding: 'utf8' }), `${p.page} 1.${k + 1}`).toBe(text));
    }
  });
});
