import { describe, expect, it } from 'vitest';
import { keepListMarkersInParagraphs } from '../../../src/markdown/discount/list-interrupt.ts';
import { joinSpacedReferences } from '../../../src/markdown/discount/spaced-references.ts';
import { renderSnippet } from '../../helpers/render.ts';

describe('list markers inside a paragraph (Discount starts no list there)', () => {
  it('escapes a hard-wrapped line that looks like an item, and only that', () => {
    expect(keepListMarkersInParagraphs('Count\n8. cpus\n* stars\n\n* item\n* item\n  more\n* item\n\n```\ntext\n* code\n```\n'))
      .toBe('Count\n8\\. cpus\n\\* stars\n\n* item\n* item\n  more\n* item\n\n```\ntext\n* code\n```\n');
  });

  it('leaves nested items, thematic breaks and items after headings alone', () => {
    const text = '* a\n    * b\n\n# H\n* c\n\npara\n* * *\n';
    expect(keepListMarkersInParagraphs(text)).toBe(text);
  });

  it('renders the marker as written', async () => {
    expect(await renderSnippet('We have\n8. CPUs and\n* a star.')).toBe('<p>We have\n8. CPUs and\n* a star.</p>');
  });
});

describe('reference links with a space between the brackets', () => {
  it('join where the second label is defined (or empty and the first is)', () => {
    const defs = '\n\n[id]: /x\n[that]: /y\n[Text]: /z';
    expect(joinSpacedReferences(`[text] [id] [this] [that] [Text] [] [a] [b]${defs}`)).toBe(`[text][id] [this][that] [Text][] [a] [b]${defs}`);
  });

  it('render as one link, as ikiwiki does', async () => {
    expect(await renderSnippet('[the project] [xen] and [this] [that].\n\n[xen]: https://xenproject.org/\n[that]: https://example.org/'))
      .toBe('<p><a href="https://xenproject.org/">the project</a> and <a href="https://example.org/">this</a>.</p>');
  });
});

describe('lists as Discount builds them', () => {
  const squash = (html: string) => html.replace(/\n/g, '');

  it('goes on across a change of marker, as a list of the first item\'s kind numbered from 1', async () => {
    expect(squash(await renderSnippet('- a\n* b\n1. c\n'))).toBe('<ul><li>a</li><li>b</li><li>c</li></ul>');
    expect(squash(await renderSnippet('3. a\n4. b\n\n\n- c\n'))).toBe('<ol><li>a</li><li><p>b</p></li><li><p>c</p></li></ol>');
  });

  it('gives <p> only to the items next to a blank line or holding one', async () => {
    expect(squash(await renderSnippet('- a\n- b\n\n- c\n- d\n'))).toBe('<ul><li>a</li><li><p>b</p></li><li><p>c</p></li><li>d</li></ul>');
    expect(squash(await renderSnippet('* a\n\n  more\n* b\n'))).toBe('<ul><li><p>a</p><p>more</p></li><li>b</li></ul>');
  });

  it('keeps an item tight whose nested list holds the blank line', async () => {
    expect(squash(await renderSnippet('+ a\n    - n\n\n    - m\n+ b\n'))).toBe('<ul><li>a<ul><li><p>n</p></li><li><p>m</p></li></ul></li><li>b</li></ul>');
  });
});
