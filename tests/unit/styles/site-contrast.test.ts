import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrast } from '../../helpers/contrast.ts';

const css = readFileSync('src/styles/site.css', 'utf8');

/** The custom properties of the first rule block after `marker` (`:root {` for light, the dark media query's). */
function palette(marker: string): Record<string, string> {
  const start = css.indexOf(marker);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}

const light = palette(':root {');
const dark = { ...light, ...palette('@media (prefers-color-scheme: dark) {\n  :root {') };

// Text colours as the site uses them, each on the backgrounds it appears on.
const pairs: Array<[string, string]> = [
  ['fg', 'bg'], ['muted', 'bg'], ['link', 'bg'], ['fg', 'panel'], ['muted', 'panel'], ['link', 'panel'], ['note-fg', 'note-bg'],
];

describe('site colours meet WCAG AA (4.5:1) in both schemes', () => {
  for (const [name, colours] of [['light', light], ['dark', dark]] as const) {
    it(name, () => {
      expect(Object.keys(colours).length).toBeGreaterThanOrEqual(9);
      for (const [text, background] of pairs) {
        const ratio = contrast(colours[text]!, colours[background]!);
        expect(ratio, `${name}: --${text} on --${background}`).toBeGreaterThanOrEqual(4.5);
      }
    });
  }

  it('the dark scheme really differs from the light one', () => {
    expect(dark.bg).not.toBe(light.bg);
    expect(dark.fg).not.toBe(light.fg);
  });

  it('history counts are readable in both schemes', () => {
    const counts = [...css.matchAll(/\.history \.(added|removed) \{ color: (#[0-9a-f]{6}); \}/g)].map((m) => m[2]!);
    expect(counts).toHaveLength(4);
    expect(contrast(counts[0]!, light.bg!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(counts[1]!, light.bg!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(counts[2]!, dark.bg!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(counts[3]!, dark.bg!)).toBeGreaterThanOrEqual(4.5);
  });
});
