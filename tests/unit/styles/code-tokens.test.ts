/** code.css paints each token class in exactly the colours and font style the code themes give its role. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { darkPalette, lightPalette, SCOPES, TOKEN_CLASS } from '../../../src/markdown/code-themes.ts';

const css = readFileSync('src/styles/code.css', 'utf8');

/** The declarations of the rule whose selector is exactly `.name`. */
function rule(name: string): Record<string, string> {
  const match = new RegExp(`(?:^|\\n)\\.${name}\\s*\\{([^}]*)\\}`).exec(css);
  if (!match) return {};
  return Object.fromEntries(
    match[1]!.split(';').map((d) => d.split(':').map((s) => s.trim())).filter((d) => d.length === 2 && d[0] !== '') as Array<[string, string]>,
  );
}

describe('code token colours', () => {
  it.each(SCOPES.map(([role, , fontStyle]) => [role, fontStyle] as const))('%s', (role, fontStyle) => {
    const declared = rule(TOKEN_CLASS[role]);
    expect(declared.color).toBe(`light-dark(${lightPalette[role]}, ${darkPalette[role]})`);
    expect(declared['font-style']).toBe(fontStyle === 'italic' ? 'italic' : undefined);
    expect(declared['font-weight']).toBe(fontStyle === 'bold' ? '700' : undefined);
  });

  it('gives every role its own class', () => {
    expect(new Set(Object.values(TOKEN_CLASS)).size).toBe(SCOPES.length);
  });

  it('needs no rule per scheme: no Shiki variable, no prefers-color-scheme', () => {
    expect(css).not.toMatch(/--shiki|prefers-color-scheme|!important\s*;?\s*}(?![^@]*@media print)/);
  });
});
