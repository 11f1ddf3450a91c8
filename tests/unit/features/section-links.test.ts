import { describe, expect, it } from 'vitest';
import { renderSnippet } from '../../helpers/render.ts';

describe('section history links in rendered headings', () => {
  it("link each heading to its section's history after the heading's words, which link to the heading", async () => {
    const html = await renderSnippet('Setting up `xl`\n----------------\n\ntext\n\n### Deeper\n', 'sandbox/page');
    expect(html).toContain(
      '<h2 id="setting-up-xl"><a href="#setting-up-xl">Setting up <code>xl</code></a> <a class="heading-history" href="/sandbox/page/sections/#setting-up-xl">history</a></h2>',
    );
    expect(html).toContain('<h3 id="deeper"><a href="#deeper">Deeper</a> <a class="heading-history" href="/sandbox/page/sections/#deeper">history</a></h3>');
    expect(html.match(/class="heading-history"/g)).toHaveLength(2);
  });

  it('give a heading that holds a link of its own a named # link after its history link', async () => {
    const html = await renderSnippet('## See [the docs](https://example.org/)\n', 'sandbox/page');
    expect(html).toContain(
      '<a href="https://example.org/">the docs</a> <a class="heading-history" href="/sandbox/page/sections/#see-the-docs">history</a> <a class="heading-link" href="#see-the-docs" aria-label="Link to section &#x201C;See the docs&#x201D;">#</a></h2>',
    );
  });
});
