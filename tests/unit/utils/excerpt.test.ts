import { describe, expect, it } from 'vitest';
import { excerptRange, isExcerpt, sourceLines } from '../../../src/utils/excerpt.ts';
import { howtoRevision } from '../../helpers/content.ts';

describe('excerpt line numbers', () => {
  it('number the HowTo excerpt as the real page does', () => {
    const r = howtoRevision('1.51');
    const lines = sourceLines(r.body, r.firstLine);
    expect(lines[0]).toEqual({ number: 749, text: 'See possibly outdated', missing: false });
    expect(lines.find((l) => l.text === 'Using PCI devices in guest domains')?.number).toBe(753);
    expect(lines.filter((l) => l.missing).map((l) => l.number)).toEqual([828, 830]);
    expect(excerptRange(r.body, r.firstLine)).toEqual({ first: 749, last: 841 });
    expect(excerptRange(howtoRevision('1.52').body, 749)).toEqual({ first: 749, last: 856 });
  });

  it('count a last line without newline, and an empty body as no lines', () => {
    expect(sourceLines('a\nb', 1).map((l) => l.number)).toEqual([1, 2]);
    expect(sourceLines('a\nb\n', 1).map((l) => l.number)).toEqual([1, 2]);
    expect(excerptRange('', 5)).toBeNull();
  });

  it('call a whole page no excerpt', () => {
    expect(isExcerpt(1, 0)).toBe(false);
    expect(isExcerpt(749, 0)).toBe(true);
    expect(isExcerpt(1, 2)).toBe(true);
  });
});
