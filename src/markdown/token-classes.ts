/** Shiki transformer: each token gets its role's class instead of an inline colour, and the block one class, so pages carry no style attribute. */
import type { ShikiTransformer } from 'shiki';
import { roleOfLightColour, TOKEN_CLASS } from './code-themes.ts';

export function transformerTokenClasses(): ShikiTransformer {
  return {
    name: 'netbsd:token-classes',
    span(node, _line, _col, _lineElement, token) {
      delete node.properties.style;
      // Shiki paints with our light theme only: its colour names the role, code.css paints the role in both schemes.
      const role = token.color === undefined ? undefined : roleOfLightColour(token.color);
      if (role) node.properties.class = TOKEN_CLASS[role];
    },
    // Runs after Astro's own `pre` hook: its `astro-code` class, theme names, inline colours and `data-language` (which
    // nothing reads) give way to one class.
    pre(node) {
      delete node.properties.style;
      delete node.properties.dataLanguage;
      node.properties.class = 'shiki';
    },
  };
}
