/** Small helpers over hast trees for the rendered view: element test, class list, text nodes in order. */
import type { Element, Text } from 'hast';

export const isElement = (n: unknown): n is Element => (n as Element | undefined)?.type === 'element';
export const classes = (e: Element): string[] => (Array.isArray(e.properties.className) ? e.properties.className.map(String) : []);

/** Every text node of an element, in order. */
export function texts(node: Element, out: Text[] = []): Text[] {
  for (const c of node.children) if (c.type === 'text') out.push(c);
    else if (isElement(c)) texts(c, out);
  return out;
}
