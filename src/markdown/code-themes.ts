/** Our light and dark code themes: one scope map, two palettes, every colour at least 4.5:1 on its background. */
import type { ThemeRegistration } from 'shiki';

/** The roles a token can play; each role has one colour per palette. */
export type Role =
  | 'comment' | 'keyword' | 'device' | 'parent' | 'locator' | 'wildcard' | 'option' | 'value' | 'string' | 'number';

export interface Palette extends Record<Role, string> {
  background: string;
  foreground: string;
}

// Backgrounds match the site's code panel (site.css --panel), so the contrast test measures what readers see.
export const lightPalette: Palette = {
  background: '#f6f8fa', foreground: '#1f2328',
  comment: '#57606a', keyword: '#b31d28', device: '#6639ba', parent: '#8a4600', locator: '#0b6570',
  wildcard: '#a3195b', option: '#116329', value: '#6b5200', string: '#0a3069', number: '#0550ae',
};

export const darkPalette: Palette = {
  background: '#161b22', foreground: '#e6edf3',
  comment: '#9198a1', keyword: '#ff7b72', device: '#d2a8ff', parent: '#ffa657', locator: '#56d4dd',
  wildcard: '#f778ba', option: '#7ee787', value: '#e3b341', string: '#a5d6ff', number: '#79c0ff',
};

/**
 * The class a token of each role gets in the page (token-classes.ts); code.css paints it in both palettes. Two letters,
 * `s` and the role's initial: short, since a kernel config block has hundreds of tokens, and clear of the diff's classes.
 */
export const TOKEN_CLASS: Readonly<Record<Role, string>> = {
  comment: 'sc', keyword: 'sk', device: 'sd', parent: 'sp', locator: 'sl',
  wildcard: 'sw', option: 'so', value: 'sv', string: 'ss', number: 'sn',
};

/** Scope selectors per role; the first lines are our grammars' classes, the rest give other languages sane colours. */
export const SCOPES: [Role, string[], ('italic' | 'bold')?][] = [
  ['comment', ['comment', 'punctuation.definition.comment'], 'italic'],
  ['keyword', ['keyword', 'storage', 'constant.character.escape', 'markup.deleted', 'invalid']],
  ['device', ['entity.name.type', 'entity.name.class', 'entity.name.section', 'entity.name.function', 'support.function', 'support.class']],
  ['parent', ['entity.other.inherited-class', 'entity.other.attribute-name', 'variable.other.normal', 'variable.other.special', 'variable.other.positional']],
  ['locator', ['variable.parameter', 'support.type.property-name', 'entity.name.tag', 'support.type']],
  ['wildcard', ['constant.language.wildcard', 'entity.other.prompt-prefix', 'punctuation.separator.prompt'], 'bold'],
  ['option', ['constant.other.option', 'constant.other.flag', 'markup.inserted']],
  ['value', ['string.unquoted.value']],
  ['string', ['string', 'punctuation.definition.string', 'markup.heading', 'meta.diff.header']],
  ['number', ['constant.numeric', 'constant.language', 'constant.other.placeholder']],
];
// Operators and punctuation stay in the foreground colour: they are separators, not classes of their own.
const PLAIN = ['keyword.operator', 'punctuation', 'meta.output'];

/** Builds a Shiki theme from a palette. */
export function makeTheme(name: string, type: 'light' | 'dark', palette: Palette): ThemeRegistration {
  return {
    name,
    type,
    colors: { 'editor.background': palette.background, 'editor.foreground': palette.foreground },
    fg: palette.foreground,
    bg: palette.background,
    settings: [
      { settings: { foreground: palette.foreground, background: palette.background } },
      ...SCOPES.map(([role, scope, fontStyle]) => ({ scope, settings: { foreground: palette[role], fontStyle: fontStyle ?? '' } })),
      { scope: PLAIN, settings: { foreground: palette.foreground, fontStyle: '' } },
    ],
  };
}

/** The theme Shiki paints with; its colours only tell roles apart, since each role has its own light colour (tested). */
export const lightTheme = makeTheme('netbsd-light', 'light', lightPalette);
/** The dark palette as a theme, for the contrast tests: pages take dark colours from code.css, by role. */
export const darkTheme = makeTheme('netbsd-dark', 'dark', darkPalette);

const ROLE_BY_LIGHT_COLOUR = new Map(SCOPES.map(([role]) => [lightPalette[role].toLowerCase(), role] as const));

/** The role a colour of the light palette stands for; undefined for the foreground, which needs no class. */
export function roleOfLightColour(colour: string): Role | undefined {
  return ROLE_BY_LIGHT_COLOUR.get(colour.toLowerCase());
}
