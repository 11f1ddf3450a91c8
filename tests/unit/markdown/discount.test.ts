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
