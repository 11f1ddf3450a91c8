/** The rendered view's marks for inline markup: links, emphasis, code whose markup was added, changed or taken away while their words stayed. */
import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { classes, isElement, texts } from './rendered-nodes.ts';
import { diffWords, type Segment } from './words.ts';

/** Inline elements whose markup can change while their text does not: links, emphasis, code, images and the like. */
const INLINE = new Set(['a', 'abbr', 'b', 'cite', 'code', 'em', 'i', 'img', 'kbd', 'q', 's', 'samp', 'small', 'strong', 'sub', 'sup', 'u', 'var']);

/** What makes an inline element the same as another: tag, attributes and text. */
const signature = (e: Element): string => `${e.tagName} ${JSON.stringify(e.properties)} ${toString(e)}`;

/** The inline elements of a block, in order. */
function inlineElements(node: Element, out: Element[] = []): Element[] {
  for (const c of node.children)
    if (isElement(c)) {
      if (INLINE.has(c.tagName)) out.push(c);
      inlineElements(c, out);
    }
  return out;
}

const MARKUP_NOTE = 'Formatting or link changed';
const REMOVED_NOTE = 'Formatting or link removed';

const rx = (children: ElementContent[], title: string): Element => ({ type: 'element', tagName: 'mark', properties: { className: ['rx'], title }, children });
const isRx = (e: Element): boolean => e.tagName === 'mark' && classes(e).includes('rx');

/** The block's text as its text nodes hold it (what offsets below count in). */
const textOf = (e: Element): string => texts(e).map((t) => t.value).join('');

/** Where each inline element of a block starts and ends in its text. */
function spansOf(root: Element): Map<Element, [number, number]> {
  const spans = new Map<Element, [number, number]>();
  let at = 0;
  const walk = (node: Element): void => {
    for (const c of node.children)
      if (c.type === 'text') at += c.value.length;
      else if (isElement(c)) {
        const start = at;
        walk(c);
        if (INLINE.has(c.tagName)) spans.set(c, [start, at]);
      }
  };
  walk(root);
  return spans;
}

/** For each offset of the old text, the same character's offset in the new text, or -1 where it was removed. */
function offsetMap(oldText: string, newText: string): Int32Array {
  const map = new Int32Array(oldText.length + 1).fill(-1);
  let [i, j] = [0, 0];
  for (const s of diffWords(oldText, newText).merged as Segment[]) {
    if (s.kind === 'equal') for (let k = 0; k < s.text.length; k++) map[i++] = j++;
    else if (s.kind === 'removed') i += s.text.length;
    else j += s.text.length;
  }
  map[oldText.length] = newText.length;
  return map;
}

/** Wraps the block's text in [from, to) in `mark.rx` saying its markup was taken away; text already in a mark stays as it is. */
function markTextRange(node: Element, from: number, to: number, at = { n: 0 }): void {
  node.children = node.children.flatMap((c): ElementContent[] => {
    if (isElement(c)) {
      if (isRx(c)) at.n += textOf(c).length;
      else markTextRange(c, from, to, at);
      return [c];
    }
    if (c.type !== 'text') return [c];
    const [start, end] = [at.n, at.n + c.value.length];
    at.n = end;
    const [a, b] = [Math.max(from, start), Math.min(to, end)];
    if (a >= b || !c.value.slice(a - start, b - start).trim()) return [c];
    const pieces: ElementContent[] = [];
    if (a > start) pieces.push({ type: 'text', value: c.value.slice(0, a - start) });
    pieces.push(rx([{ type: 'text', value: c.value.slice(a - start, b - start) }], REMOVED_NOTE));
    if (b < end) pieces.push({ type: 'text', value: c.value.slice(b - start) });
    return pieces;
  });
}

/**
 * The new block with each inline element that has no equal in the old one (a link whose target changed, emphasis
 * added) wrapped in `mark.rx`, and the words of each old one that has no equal in the new one (emphasis or a link
 * taken away from words that stayed) wrapped in a `mark.rx` of their own; `changed` when either was found. Text
 * changes are left to markWords.
 */
export function markInline(old: Element, neu: Element): { element: Element; changed: boolean } {
  const spans = spansOf(old);
  const before = new Map<string, Element[]>();
  for (const e of spans.keys()) before.set(signature(e), [...(before.get(signature(e)) ?? []), e]);
  const copy = structuredClone(neu);
  let changed = false;
  const wrap = (parent: Element): void => {
    parent.children = parent.children.map((c) => {
      if (!isElement(c)) return c;
      if (INLINE.has(c.tagName)) {
        if (before.get(signature(c))?.shift() === undefined) {
          changed = true;
          return rx([c], MARKUP_NOTE);
        }
      }
      wrap(c);
      return c;
    });
  };
  wrap(copy);
  const gone = [...before.values()].flat();
  if (gone.length > 0) {
    changed = true;
    const map = offsetMap(textOf(old), textOf(copy));
    for (const e of gone) {
      const [from, to] = spans.get(e)!;
      // Words that stayed: where they are now. Words removed with their markup are marked by markWords.
      const [a, b] = [map[from]!, to > from ? map[to - 1]! : -1];
      if (a >= 0 && b >= a) markTextRange(copy, a, b + 1);
    }
  }
  return { element: copy, changed };
}

const hasInsert = (e: Element): boolean => e.children.some((c) => isElement(c) && (c.tagName === 'ins' || hasInsert(c)));

/** Takes the `mark.rx` off elements whose words were edited: their `ins` and `del` already say what changed. */
export function unmarkEdited(node: Element): Element {
  node.children = node.children.flatMap((c) => {
    if (!isElement(c)) return [c];
    if (c.tagName === 'mark' && classes(c).includes('rx') && hasInsert(c)) return c.children.map((x) => (isElement(x) ? unmarkEdited(x) : x));
    return [unmarkEdited(c)];
  });
  return node;
}
