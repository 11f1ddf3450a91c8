/** WCAG AA (4.5:1) for every colour our code themes can paint, and for every token of the HowTo's blocks and our fixtures. */
import { describe, expect, it } from 'vitest';
import { darkPalette, darkTheme, lightPalette, lightTheme, type Palette } from '../../../src/markdown/code-themes.ts';
import { contrast } from '../../helpers/contrast.ts';
import { grammarCases } from '../../helpers/fixtures.ts';
import { getHighlighter } from '../../helpers/scopes.ts';

const AA = 4.5;
const THEMES = [
  { theme: lightTheme, palette: lightPalette },
  { theme: darkTheme, palette: darkPalette },
] as const;

/** The HowTo's blocks (revision 1.52) plus a shell session, which uses Shiki's bundled grammar with our themes. */
const HOWTO_BLOCKS: [string, string][] = [
  ['pciback.hide=(00:0a.0)(00:06.0)', 'netbsd-boot-params'],
  ["pci = [ '0000:00:06.0', '0000:00:0a.0' ]", 'xen-domu-config'],
  ['# xl create -c /usr/pkg/etc/xen/nbsd\nUsing config file "/usr/pkg/etc/xen/nbsd".\n$ echo "$HOME" > /tmp/x', 'shellsession'],
];

describe('the contrast function', () => {
  it('agrees with known WCAG values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeGreaterThan(4.5);
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(contrast('#ffffff', '#767676')).toBeCloseTo(contrast('#767676', '#ffffff'), 10);
  });
});

describe.each(THEMES)('$theme.name', ({ theme, palette }) => {
  it('uses the palette background', () => expect(theme.bg).toBe(palette.background));

  it.each(Object.entries(palette).filter(([role]) => role !== 'background'))('%s %s reaches AA', (_role, colour) => {
    expect(contrast(colour, palette.background)).toBeGreaterThanOrEqual(AA);
  });

  it('has no theme rule whose colour misses AA', () => {
    const colours = (theme.settings ?? []).map((rule) => rule.settings.foreground).filter((c): c is string => !!c);
    expect(colours.length).toBeGreaterThan(10);
    for (const colour of colours) expect(contrast(colour, palette.background), colour).toBeGreaterThanOrEqual(AA);
  });
});

describe('colours actually painted', () => {
  async function tokenColours(code: string, lang: string, palette: Palette, name: string): Promise<Set<string>> {
    const hl = await getHighlighter();
    const { tokens } = hl.codeToTokens(code, { lang, theme: name });
    return new Set(tokens.flat().filter((t) => t.content.trim() !== '').map((t) => (t.color ?? palette.foreground).toLowerCase()));
  }

  const blocks = [...grammarCases().map((c): [string, string] => [c.input, c.lang]), ...HOWTO_BLOCKS];
  for (const { theme, palette } of THEMES) {
    it(`every token of the HowTo's blocks and our fixtures reaches AA in ${theme.name}`, async () => {
      for (const [code, lang] of blocks) {
        for (const colour of await tokenColours(code, lang, palette, theme.name!)) {
          expect(contrast(colour, palette.background), `${colour} in ${lang}`).toBeGreaterThanOrEqual(AA);
        }
      }
    });

    it(`the HowTo's kernel config shows its classes in distinct colours in ${theme.name}`, async () => {
      const howto = grammarCases().find((c) => c.name === 'howto-1.52')!;
      // comment, keyword, device, parent, locator, wildcard, string
      expect((await tokenColours(howto.input, howto.lang, palette, theme.name!)).size).toBeGreaterThanOrEqual(7);
    });
  }

  it('gives each class of our grammars its own colour', () => {
    for (const palette of [lightPalette, darkPalette]) {
      const { background: _b, foreground: _f, ...roles } = palette;
      expect(new Set(Object.values(roles)).size).toBe(Object.keys(roles).length);
    }
  });
});
