import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../../src/diff/blocks.ts';

const kinds = (text: string) => classifyLines(text.split('\n')).map((l) => l.kind);

describe('classifyLines', () => {
  it('turns a setext heading and its underline into headings', () => {
    expect(kinds('Using PCI devices\n-----------------\n\nThe domain0 can\ngive access.')).toEqual(['heading', 'heading', 'blank', 'prose', 'prose']);
  });

  it('reads indented lines after a blank line as code, but not inside a paragraph', () => {
    expect(kinds('Example:\n\n    pci = [ 1 ]\n    # comment\n\nText\n    continued')).toEqual([
      'prose', 'blank', 'code', 'code', 'blank', 'prose', 'prose',
    ]);
  });

  it('keeps fenced code as code, blank lines included', () => {
    expect(kinds('```\na\n\nb\n```\nText')).toEqual(['code', 'code', 'code', 'code', 'code', 'prose']);
  });

  it('numbers paragraphs, starting a new one at each list item', () => {
    const info = classifyLines(['One', 'two', '', 'Three', '* item', 'more', '1. next']);
    expect(info.map((l) => l.paragraph)).toEqual([0, 0, -1, 1, 2, 2, 3]);
  });

  it('leaves directives, rules, ATX headings and tables out of prose', () => {
    expect(kinds('[[!missing]]\n---\n# Title\n| a | b |')).toEqual(['other', 'other', 'heading', 'other']);
  });
});
