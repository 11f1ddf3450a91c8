import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrast } from '../../helpers/contrast.ts';

/** The site's palette (site.css) and the history view's own colours (history.css). */
const sheets = ['src/styles/site.css', 'src/styles/history.css'].map((file) => readFileSync(file, 'utf8'));

/** The `--name: light-dark(#light, #dark)` custom properties of each sheet's first `:root` block, as one palette per scheme. */
function palettes(): { light: Record<string, string>; dark: Record<string, string> } {
  const block = (css: string) => {
    const start = css.indexOf(':root {');
    return start < 0 ? '' : css.slice(start, css.indexOf('}', start));
  };
  const found = sheets.flatMap((css) => [...block(css).matchAll(/--([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)]);
  return {
    light: Object.fromEntries(found.map((m) => [m[1]!, m[2]!])),
    dark: Object.fromEntries(found.map((m) => [m[1]!, m[3]!])),
  };
}

const { light, dark } = palettes();

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
    for (const [name, colours] of [['light', light], ['dark', dark]] as const) {
      for (const count of ['added', 'removed']) {
        expect(contrast(colours[count]!, colours.bg!), `${name}: --${count}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
