import { describe, expect, it } from 'vitest';
import { renderSnippet } from '../../helpers/render.ts';

describe('section history links in rendered headings', () => {
  it("link each heading to its section's history, named by the heading's own words, before its # link", async () => {
    const html = await renderSnippet('Setting up `xl`\n----------------\n\ntext\n\n### Deeper\n', 'sandbox/page');
    expect(html).toContain(
      '<h2 id="setting-up-xl">Setting up <code>xl</code> <a class="heading-history" href="/sandbox/page/sections/#setting-up-xl" aria-label="History of section “Setting up xl”">history</a> <a class="heading-link"',
    );
    expect(html).toContain('href="/sandbox/page/sections/#deeper" aria-label="History of section “Deeper”"');
    expect(html.match(/class="heading-history"/g)).toHaveLength(2);
  });
});
