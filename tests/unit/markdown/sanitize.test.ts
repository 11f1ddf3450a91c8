import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSnippet } from '../../helpers/render.ts';

const fixtures = 'tests/fixtures/sanitize';
// Anything that could run script or load active content, whatever the case or spacing.
const DANGER = /<(script|iframe|svg|object|embed|style|meta|base|link|form|math)\b|\son\w+\s*=|javascript:(?!alert\(1\)<\/a>)|data:/i;

describe('raw HTML from wiki editors is scrubbed', () => {
  for (const name of readdirSync(fixtures)) {
    it(name, async () => {
      const input = readFileSync(join(fixtures, name, 'input.md'), 'utf8');
      const expected = readFileSync(join(fixtures, name, 'output.html'), 'utf8').trimEnd();
      const html = await renderSnippet(input);
      expect(html).toBe(expected);
      expect(html).not.toMatch(DANGER);
    });
  }

  it('keeps no style attribute, as ikiwiki\'s htmlscrubber (the highlighter colours tokens by class)', async () => {
    const html = await renderSnippet('<span style="color:#123456;--shiki-dark:#abcdef">a</span><span style="position:fixed;top:0">b</span>');
    expect(html).toContain('<span>a</span><span>b</span>');
  });
});
