/**
 * Shiki transformer: each token gets its role's class instead of an inline colour (a token in the text colour is bare
 * text), lines are bare too, and the block has one class, so pages carry no style attribute.
 */
import type { ElementContent } from 'hast';
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
    // A token in the text colour needs no element of its own: its text stands in the line as it is.
    line(node) {
      node.children = node.children.flatMap((child): ElementContent[] =>
        child.type === 'element' && child.tagName === 'span' && Object.keys(child.properties).length === 0 ? child.children : [child],
      );
    },
    // Lines need no element of their own either: nothing styles them, the newlines between them break the block, and
    // the rendered diff cuts a block at its newlines (diff/rendered.ts). Some 30 bytes less on a reading page, gzipped.
    code(node) {
      node.children = node.children.flatMap((child): ElementContent[] =>
        child.type === 'element' && child.tagName === 'span' && String(child.properties.class ?? '') === 'line' ? child.children : [child],
      );
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
