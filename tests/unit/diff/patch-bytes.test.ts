import { describe, expect, it } from 'vitest';
import { buildDiffModel } from '../../../src/diff/model.ts';
import { excerptOffsets, unifiedPatch } from '../../../src/diff/unified.ts';
import { Gen } from './generate.ts';
import { gnuDiffer } from './gnu.ts';
import { seedRevision } from './seed.ts';

const gnu = gnuDiffer();

const WIDE = ['é', 'ß', '€', '→', '😀', '𝄞'];

/** A definition-like line (it starts with a letter) whose 40-byte cut falls at or inside a multi-byte character. */
function cutLine(g: Gen): string {
  const ascii = 34 + g.int(7);
  const head = `D${'abcdefghij klmnopqrst uvwxyz ABCDEFGHIJ'.slice(0, ascii - 1)}`;
  return `${head}${Array.from({ length: 1 + g.int(4) }, () => g.pick(WIDE)).join('')}${g.pick(['', ' tail', '  ', '\t'])}`;
}

/** A text of definition lines cut in characters, plain lines and blanks; and a copy with a few lines edited. */
function pair(g: Gen): [string, string] {
  const lines = Array.from({ length: 10 + g.int(60) }, (_, k) => (g.int(4) === 0 ? cutLine(g) : g.int(5) === 0 ? '' : `  line ${k} ${g.pick(WIDE)}`));
  const edited = [...lines];
  for (let e = 1 + g.int(4); e > 0; e--) {
    const at = 3 + g.int(Math.max(1, edited.length - 3));
    const what = g.int(3);
    if (what === 0) edited.splice(at, 1);
    else if (what === 1) edited.splice(at, 0, `  new ${g.int(1000)}`);
    else edited[at] = `  changed ${g.int(1000)} ${g.pick(WIDE)}`;
  }
  return [lines.join('\n') + '\n', edited.join('\n') + '\n'];
}

describe('.diff bytes equal GNU diff -u -p', () => {
  it('on 300 generated pairs whose -p context is cut inside a UTF-8 character', () => {
    const failed: number[] = [];
    let split = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const [a, b] = pair(new Gen(seed));
      const expected = gnu.bytes(a, b);
      if (new TextDecoder('utf-8', { fatal: false }).decode(expected).includes('\uFFFD')) split++;
      if (!Buffer.from(unifiedPatch(a, b, 'old', 'new')).equals(Buffer.from(expected))) failed.push(seed);
    }
    expect(failed).toEqual([]);
    // The generator must really produce cuts inside characters, or this test proves nothing.
    expect(split).toBeGreaterThan(100);
  });

  it('numbers an excerpt’s lines as diff does on the whole page (lines before the excerpt added)', () => {
    const failed: number[] = [];
    for (let seed = 1000; seed < 1100; seed++) {
      const g = new Gen(seed);
      const [a, b] = pair(g);
      const before = 1 + g.int(900);
      // Lines before the excerpt: equal in both revisions, and none looks like a definition for -p.
      const prefix = Array.from({ length: before }, (_, k) => ` earlier ${k}\n`).join('');
      const offsets = excerptOffsets({ firstLine: before + 1 }, { firstLine: before + 1 });
      if (!Buffer.from(unifiedPatch(a, b, 'old', 'new', offsets)).equals(Buffer.from(gnu.bytes(prefix + a, prefix + b)))) failed.push(seed);
    }
    expect(failed).toEqual([]);
  });

  it('gives the seed excerpt (page line 749 on) the page’s numbers: @@ -750,56 +750,52 @@', () => {
    const [a, b] = [seedRevision('1.51'), seedRevision('1.52')];
    const patch = new TextDecoder().decode(unifiedPatch(a.body, b.body, 'old', 'new', excerptOffsets(a, b)));
    expect(patch.split('\n').filter((l) => l.startsWith('@@'))).toEqual([
      '@@ -750,56 +750,52 @@ See possibly outdated',
      '@@ -832,10 +828,29 @@ hardware. This section explains how to',
    ]);
    expect(buildDiffModel(a, b).hunks.map((h) => h.header)).toEqual(patch.split('\n').filter((l) => l.startsWith('@@')));
  });
});
