/** Properties that hold whatever GNU diff would say: diffs rebuild their inputs. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../../src/diff/blocks.ts';
import { diffLines } from '../../../src/diff/line-diff.ts';
import { splitChange } from '../../../src/diff/reflow.ts';
import { diffWords, type Segment } from '../../../src/diff/words.ts';

const text = (segments: Segment[], skip: Segment['kind']) => segments.filter((s) => s.kind !== skip).map((s) => s.text).join('');
const fragments = fc.array(fc.constantFrom('a', 'b', 'cd', ' ', '  ', '\n', '(', ')', '.', ',', 'é', 'x1', '--'), { maxLength: 40 }).map((parts) => parts.join(''));
const file = fc.array(fc.constantFrom('', 'a', 'b', 'c', 'the domain0', '    code', '---', '* item'), { maxLength: 30 }).chain((lines) =>
  fc.boolean().map((eol) => lines.join('\n') + (eol && lines.length ? '\n' : '')),
);

describe('diffWords', () => {
  it('keeps each side whole, and the merged text minus one side is the other', () => {
    fc.assert(
      fc.property(fragments, fragments, fc.boolean(), (a, b, ignoreWhitespace) => {
        const d = diffWords(a, b, { ignoreWhitespace });
        expect(text(d.old, 'added')).toBe(a);
        expect(text(d.new, 'removed')).toBe(b);
        expect(text(d.merged, 'added')).toBe(a);
        if (!ignoreWhitespace) expect(text(d.merged, 'removed')).toBe(b);
      }),
      { numRuns: 500, seed: 42 },
    );
  });
});

describe('diffLines', () => {
  it('changes that turn the old lines into the new ones, in order and without overlap', () => {
    fc.assert(
      fc.property(file, file, (a, b) => {
        const d = diffLines(a, b);
        const out: string[] = [];
        let i = 0;
        for (const c of d.changes) {
          expect(c.line0).toBeGreaterThanOrEqual(i);
          out.push(...d.old.lines.slice(i, c.line0), ...d.new.lines.slice(c.line1, c.line1 + c.inserted));
          i = c.line0 + c.deleted;
        }
        out.push(...d.old.lines.slice(i));
        expect(out).toEqual(d.new.lines);
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('split into parts that cover each change exactly, with one segment list per line that spells it', () => {
    fc.assert(
      fc.property(file, file, (a, b) => {
        const d = diffLines(a, b);
        const [ia, ib] = [classifyLines(d.old.lines), classifyLines(d.new.lines)];
        for (const c of d.changes) {
          const parts = splitChange(c, d.old.lines, d.new.lines, ia, ib);
          expect(parts.reduce((n, p) => n + p.old[1] - p.old[0], 0)).toBe(c.deleted);
          expect(parts.reduce((n, p) => n + p.new[1] - p.new[0], 0)).toBe(c.inserted);
          for (const p of parts) {
            expect(p.oldSegments).toHaveLength(p.old[1] - p.old[0]);
            expect(p.newSegments).toHaveLength(p.new[1] - p.new[0]);
            p.oldSegments.forEach((segs, k) => segs && expect(segs.map((x) => x.text).join('')).toBe(d.old.lines[p.old[0] + k]));
            p.newSegments.forEach((segs, k) => segs && expect(segs.map((x) => x.text).join('')).toBe(d.new.lines[p.new[0] + k]));
          }
        }
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});
