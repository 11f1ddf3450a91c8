import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../../src/diff/blocks.ts';
import { diffLines } from '../../../src/diff/line-diff.ts';
import { segmentsByLine, splitChange } from '../../../src/diff/reflow.ts';
import { seedRevision } from './seed.ts';

/** The parts of every change between two texts. */
function parts(a: string, b: string) {
  const d = diffLines(a, b);
  const [ia, ib] = [classifyLines(d.old.lines), classifyLines(d.new.lines)];
  return d.changes.flatMap((c) => splitChange(c, d.old.lines, d.new.lines, ia, ib));
}

const changed = (segments: Array<Array<{ kind: string; text: string }> | null>) =>
  segments.flatMap((s) => s ?? []).filter((s) => s.kind !== 'equal');

describe('reflow-aware prose', () => {
  const seed = parts(seedRevision('1.51').body, seedRevision('1.52').body);

  it('shows only what changed in the rewrapped opening paragraph of "PCI passthrough"', () => {
    const first = seed.find((p) => p.kind === 'prose')!;
    expect(first.old).toEqual([7, 16]);
    expect(first.new).toEqual([7, 16]);
    expect(first.rewrapped).toBe(false);
    expect(changed(first.oldSegments)).toEqual([
      { kind: 'removed', text: ' (' },
      { kind: 'removed', text: ')' },
    ]);
    expect(changed(first.newSegments)).toEqual([{ kind: 'added', text: ', ' }]);
  });

  it('keeps per-line segments that rebuild each line', () => {
    const first = seed.find((p) => p.kind === 'prose')!;
    expect(first.newSegments.map((s) => s?.map((x) => x.text).join(''))).toEqual(
      diffLines(seedRevision('1.51').body, seedRevision('1.52').body).new.lines.slice(7, 16),
    );
  });

  it('finds the sentence dropped from the second paragraph', () => {
    const second = seed.filter((p) => p.kind === 'prose')[1]!;
    // Segments are cut at line ends; the removed sentence spans two lines.
    expect(changed(second.oldSegments).map((s) => s.text).join(' ')).toBe(
      'This functionality is only available in NetBSD-5.1 (and later) domain0 and domU. ',
    );
    expect(changed(second.newSegments)).toEqual([]);
  });

  it('labels a paragraph whose words did not change as rewrapped only', () => {
    const [part] = parts('Intro\n\nalpha beta gamma delta\nepsilon zeta\n\nEnd\n', 'Intro\n\nalpha beta\ngamma delta epsilon\nzeta\n\nEnd\n');
    expect(part).toMatchObject({ kind: 'prose', rewrapped: true, old: [2, 4], new: [2, 5] });
  });

  it('leaves code blocks line by line, with word highlights per line', () => {
    const [part] = parts('Config:\n\n    pci = [ 1 ]\n    usb = no\n', 'Config:\n\n    pci = [ 2 ]\n    usb = no\n');
    expect(part!.kind).toBe('lines');
    expect(changed(part!.oldSegments)).toEqual([{ kind: 'removed', text: '1' }]);
    expect(changed(part!.newSegments)).toEqual([{ kind: 'added', text: '2' }]);
  });

  it('does not highlight words in unrelated lines paired only by position', () => {
    const [part] = parts('Intro\n\n    abc def\n', 'Intro\n\n    xyz uvw\n');
    expect(part!.oldSegments).toEqual([null]);
    expect(part!.newSegments).toEqual([null]);
  });

  it('splits segments at line breaks', () => {
    expect(segmentsByLine([{ kind: 'equal', text: 'a\nb' }, { kind: 'added', text: 'c\n' }])).toEqual([
      [{ kind: 'equal', text: 'a' }],
      [
        { kind: 'equal', text: 'b' },
        { kind: 'added', text: 'c' },
      ],
      [],
    ]);
  });
});
