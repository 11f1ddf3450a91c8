import { describe, expect, it } from 'vitest';
import { fillMissingLines } from '../../../src/markdown/missing-lines.ts';
import { renderMarkdown } from '../../helpers/render.ts';

/** Renders `body` as an excerpt starting at page line 100 with the given missing lines, and lists its blocks' text. */
async function blocks(body: string, missing: Array<{ line: number; what: string; standIn?: string }>) {
  const markdown = fillMissingLines(body, 100, missing);
  const { html } = await renderMarkdown(markdown, { page: 'p', revision: '1.2', firstLine: 100, missing });
  // A heading's words are a link to it: its text is inside that link. A note's text follows its warning sign.
  const text = (html: string) => html.replace(/&#x([0-9A-F]+);/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
  return [...html.matchAll(/<(p|h\d)[^>]*>(?:<a href="#[^"]*">|<span aria-hidden="true">[^<]*<\/span>)?([^<]*)/g)].map((m) => `${m[1]}: ${text(m[2]!).slice(0, 30)}`);
}

describe('notes where text is missing', () => {
  it('stand where the gap is when a blank stand-in splits the text', async () => {
    expect(await blocks('one\n[[!missing]]\nthree\n\nfour\n', [{ line: 101, what: 'a line' }])).toEqual([
      'p: one',
      'p: Page line 101 is not in our so',
      'p: three',
      'p: four',
    ]);
  });

  it('follow the block a missing line with a text stand-in is part of', async () => {
    expect(await blocks('one\n[[!missing]]\nthree\n\nfour\n', [{ line: 101, what: 'a line', standIn: '…' }])).toEqual([
      'p: one\n…\nthree',
      'p: Page line 101 is not in our so',
      'p: four',
    ]);
  });

  it('precede the block that follows a missing line between blocks', async () => {
    expect(await blocks('one\n\n[[!missing]]\nthree\n', [{ line: 102, what: 'the start of a paragraph' }])).toEqual([
      'p: one',
      'p: Page line 102 is not in our so',
      'p: three',
    ]);
  });

  it('follow a heading whose underline is missing, rendered from its stand-in', async () => {
    expect(await blocks('Title\n[[!missing]]\n\ntext\n', [{ line: 101, what: 'an underline', standIn: '---' }])).toEqual([
      'h2: Title',
      'p: Page line 101 is not in our so',
      'p: text',
    ]);
  });

  it('close the page when the missing line is the last', async () => {
    expect(await blocks('one\n\n[[!missing]]\n', [{ line: 102, what: 'the last line' }])).toEqual([
      'p: one',
      'p: Page line 102 is not in our so',
    ]);
  });
});
