/**
 * Before raw HTML is parsed: takes out the constructs that would make the HTML parser swallow the rest
 * of the page (an unclosed `<style>`, `<textarea>`, `<plaintext>`, `<!--`…) or switch it into SVG/MathML
 * parsing, where the `<math><mtext><table><mglyph><style>` family confuses sanitizers. Whatever the
 * sanitizer then removes, the text after it still renders.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

// Elements whose content the parser reads as raw text (or in a mode of its own) up to their end tag.
const SWALLOWING = ['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext', 'select', 'template', 'frameset'];
// Foreign content: never parsed at all, its tags go and its text stays as text.
const FOREIGN = /<\/?(svg|math)\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const OPENING = new RegExp(`<(${SWALLOWING.join('|')})\\b(?:[^>"']|"[^"]*"|'[^']*')*>`, 'gi');

/**
 * The raw HTML with foreign tags, unclosed swallowing tags and an unclosed comment opener taken out.
 * An opener counts as closed only when its end tag follows before a blank line, in `html` or in `rest`:
 * the raw HTML after it in the same paragraph (inline HTML comes in pieces: `<b>`, text, `</b>`).
 * A closed pair is left to the sanitizer, which removes it with what it encloses.
 */
export function guardRawHtml(html: string, rest = ''): string {
  let out = html.replace(FOREIGN, '');
  out = out.replace(OPENING, (tag: string, name: string, at: number, whole: string) => {
    // `plaintext` has no end tag: it always runs to the end of the document.
    if (name.toLowerCase() === 'plaintext') return '';
    const after = whole.slice(at + tag.length) + rest;
    const blank = after.search(/\n[ \t]*\n/);
    return new RegExp(`</${name}\\s*>`, 'i').test(blank < 0 ? after : after.slice(0, blank)) ? tag : '';
  });
  const comment = out.lastIndexOf('<!--');
  if (comment >= 0 && !out.includes('-->', comment + 4)) out = `${out.slice(0, comment)}&lt;!--${out.slice(comment + 4)}`;
  return out;
}

interface RawNode {
  type: 'raw';
  value: string;
}

// Elements whose children are one run of inline content, where inline HTML arrives in pieces.
const PHRASING = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'em', 'strong', 'a', 'del', 'code', 'li', 'dt']);

const isRaw = (node: { type: string }): node is RawNode => node.type === 'raw';

export default function rehypeRawGuard() {
  return (tree: Root) => {
    // Pieces of inline HTML pair up within their paragraph; HTML blocks never pair across blocks.
    visit(tree, (node) => {
      if (!('children' in node)) return;
      const inline = node.type === 'element' && PHRASING.has(node.tagName);
      const raws = (node.children as Array<{ type: string }>).filter(isRaw);
      raws.forEach((raw, i) => {
        raw.value = guardRawHtml(raw.value, inline ? raws.slice(i + 1).map((r) => r.value).join('') : '');
      });
    });
  };
}
