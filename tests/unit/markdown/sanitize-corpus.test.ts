import { readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { guardRawHtml } from '../../../src/markdown/rehype-raw-guard.ts';
import { renderSnippet } from '../../helpers/render.ts';

const page = readFileSync('tests/fixtures/e2e-content/sandbox/xss-corpus/1.2.mdwn', 'utf8');
const body = page.slice(page.indexOf('\n---\n', 4) + 5);
const markers = [...body.matchAll(/^Marker (\d+) after its vector\.$/gm)].map((m) => m[0]);
const ACTIVE = new Set(['script', 'iframe', 'svg', 'math', 'object', 'embed', 'style', 'meta', 'base', 'link', 'form', 'template', 'input', 'select', 'textarea', 'video', 'audio', 'marquee', 'noscript', 'frame', 'frameset']);

/** What in `html`, parsed as a browser parses it, could run script or load active content. */
function active(html: string): string[] {
  const found: string[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    if (ACTIVE.has(node.tagName)) found.push(`<${node.tagName}>`);
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) found.push(`${node.tagName} ${name}`);
      if (/^\s*(javascript|vbscript|data):/i.test(String(value).replace(/[\s\0]/g, ''))) found.push(`${node.tagName} ${name}=${String(value)}`);
    }
  });
  return found;
}

describe('the sanitizer corpus', () => {
  it('has at least 50 vectors, each followed by its marker', () => expect(markers.length).toBeGreaterThanOrEqual(50));

  it('renders every marker, as a paragraph of its own, and nothing active', async () => {
    const html = await renderSnippet(body);
    const text = html.replace(/<[^>]*>/g, '');
    for (const marker of markers) expect(text, marker).toContain(marker);
    expect(active(html)).toEqual([]);
  });

  it('still renders what follows each vector on its own', async () => {
    for (const [vector] of body.split(/\n\nMarker \d+ after its vector\.\n\n/).slice(1).map((v) => [v])) {
      const html = await renderSnippet(`${vector}\n\nafter it\n\n# Heading after it\n`);
      expect(html, vector).toContain('after it');
      expect(html, vector).toMatch(/<h1 id="heading-after-it">/);
      expect(active(html), vector).toEqual([]);
    }
  });
});

describe('guardRawHtml', () => {
  it.each([
    ['<style>', ''],
    ['<STYLE type="text/css">', ''],
    ['<style>p{}</style>', '<style>p{}</style>'],
    ['<style>\n\nlater</style>', '\n\nlater</style>'],
    ['<svg onload=x><b>t</b></svg>', '<b>t</b>'],
    ['<math><mtext><table><mglyph><style><img>', '<mtext><table><mglyph><img>'],
    ['<plaintext>', ''],
    ['<!-- open', '&lt;!-- open'],
    ['<!-- closed -->', '<!-- closed -->'],
    ['<textarea title="</textarea>">', ''],
  ])('%j → %j', (input, output) => expect(guardRawHtml(input)).toBe(output));

  it('pairs inline pieces within their paragraph', () => {
    expect(guardRawHtml('<script>', '</script>')).toBe('<script>');
    expect(guardRawHtml('<script>', '')).toBe('');
  });
});
