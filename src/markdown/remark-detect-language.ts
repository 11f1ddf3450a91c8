/** Remark plugin: gives code blocks written without a language the one their text shows; tagged blocks stay as written. */
import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { detectLanguage } from './detect-language.ts';

export function remarkDetectLanguage() {
  return (tree: Root): void => {
    visit(tree, 'code', (node: Code) => {
      if (node.lang) return;
      const lang = detectLanguage(node.value);
      if (lang) node.lang = lang;
    });
  };
}

export default remarkDetectLanguage;
