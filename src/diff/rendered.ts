/** The rendered view of a pair: both revisions' HTML cut into top-level blocks, aligned, changed words and code lines marked. */
import type { Element, ElementContent, Text } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { asciiHtml } from '../utils/ascii-html.ts';
import { diffLines } from './line-diff.ts';
import { alike, blocksOf, markup, reparseBlocks, type Block, type ParsedBlocks } from './rendered-blocks.ts';
import { markInline, unmarkEdited } from './rendered-inline.ts';
import { classes, isElement, texts } from './rendered-nodes.ts';
import { diffWords, type Segment } from './words.ts';

/** One block of the view: shown as it is, framed as added or removed, marked inside, or a count of unchanged blocks left out. */
export type RenderedBlock = { kind: 'same' | 'added' | 'removed' | 'changed'; html: string } | { kind: 'skip'; count: number };

/** Unchanged blocks kept around each change. */
const CONTEXT = 1;
/** Below this share of common words, two blocks are a removal and an addition rather than one block changed. */
const SIMILAR = 0.3;

const WORD = /[\p{L}\p{N}_]+/gu;

/** Dice coefficient of two texts' word multisets. */
function likeness(a: string, b: string): number {
  const [x, y] = [a.toLowerCase().match(WORD) ?? [], b.toLowerCase().match(WORD) ?? []];
  if (x.length + y.length === 0) return 1;
  const bag = new Map<string, number>();
  for (const w of x) bag.set(w, (bag.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of y) {
    const n = bag.get(w) ?? 0;
    if (n > 0) (shared++, bag.set(w, n - 1));
  }
  return (2 * shared) / (x.length + y.length);
}

const html = (e: Element): string => asciiHtml(toHtml(e));
const mark = (tag: 'ins' | 'del', text: string): Element => ({ type: 'element', tagName: tag, properties: {}, children: [{ type: 'text', value: text }] });

/** The new block with added words wrapped in `ins` and removed words put back as `del` where they were. */
function markWords(old: Element, neu: Element): Element {
  const diff = diffWords(toString(old), toString(neu));
  // Added ranges of the new text, and removed text to insert at a new-text offset.
  const added: Array<[number, number]> = [];
  const removed: Array<[number, string]> = [];
  let at = 0;
  for (const s of diff.merged as Segment[]) {
    if (s.kind === 'removed') removed.push([at, s.text]);
    else {
      if (s.kind === 'added') added.push([at, at + s.text.length]);
      at += s.text.length;
    }
  }
  const copy = structuredClone(neu);
  const nodes = texts(copy);
  let start = 0;
  nodes.forEach((node, k) => {
    const end = start + node.value.length;
    const last = k === nodes.length - 1;
    const cuts = new Set([start, end]);
    for (const [a, b] of added) for (const x of [a, b]) if (x > start && x < end) cuts.add(x);
    for (const [x] of removed) if (x > start && x < end) cuts.add(x);
    const points = [...cuts].sort((p, q) => p - q);
    const pieces: ElementContent[] = [];
    // Removed words go before the piece that starts where they were; those at the very end, after the last node.
    const dels = (x: number) => removed.filter(([y]) => y === x).map(([, t]) => mark('del', t));
    for (let i = 0; i < points.length - 1; i++) {
      const [a, b] = [points[i]!, points[i + 1]!];
      pieces.push(...dels(a));
      const text = node.value.slice(a - start, b - start);
      pieces.push(added.some(([x, y]) => a >= x && b <= y) ? mark('ins', text) : { type: 'text', value: text });
    }
    if (last) pieces.push(...removed.filter(([y]) => y >= end).map(([, t]) => mark('del', t)));
    node.value = '';
    replaceText(copy, node, pieces);
    start = end;
  });
  if (nodes.length === 0) copy.children.push(...removed.map(([, t]) => mark('del', t)));
  return copy;
}

/** Puts `pieces` where `node` was. */
function replaceText(root: Element, node: Text, pieces: ElementContent[]): boolean {
  const i = root.children.indexOf(node);
  if (i >= 0) {
    root.children.splice(i, 1, ...pieces);
    return true;
  }
  return root.children.some((c) => isElement(c) && replaceText(c, node, pieces));
}

/**
 * A highlighted block's lines, each a `span.line` to mark: Shiki's own, where the HTML kept them, or else the block's
 * children cut at its newlines (reading pages leave Shiki's line spans out: tokens never hold a newline). A raw
 * `<pre>` has none, and is compared by words.
 */
const codeLines = (pre: Element): Element[] => {
  const code = pre.children.find(isElement) ?? pre;
  const spans = code.children.filter((c): c is Element => isElement(c) && classes(c).includes('line'));
  if (spans.length > 0 || !classes(pre).includes('shiki')) return spans;
  const lines: Element[] = [];
  let line: ElementContent[] = [];
  const end = () => lines.push({ type: 'element', tagName: 'span', properties: { className: ['line'] }, children: line });
  for (const c of code.children) {
    if (c.type !== 'text') {
      line.push(c);
      continue;
    }
    const parts = c.value.split('\n');
    parts.forEach((part, k) => {
      if (k > 0) (end(), (line = []));
      if (part !== '') line.push({ type: 'text', value: part });
    });
  }
  if (line.length > 0) end();
  return lines;
};

/** The new code block with added lines marked and removed ones put back, marked, where they were. */
function markCode(old: Element, neu: Element): Element {
  const [a, b] = [codeLines(old), codeLines(neu)];
  const copy = structuredClone(neu);
  const code = copy.children.find(isElement);
  if (!code || a.length === 0 || b.length === 0) return markWords(old, neu);
  const diff = diffLines(a.map((l) => toString(l)).join('\n') + '\n', b.map((l) => toString(l)).join('\n') + '\n');
  const out: ElementContent[] = [];
  let [i, j] = [0, 0];
  const line = (e: Element, cls: string): Element => ({ ...structuredClone(e), properties: { ...e.properties, className: [...classes(e), cls] } });
  const take = (e: Element) => out.push(e, { type: 'text', value: '\n' });
  for (const c of [...diff.changes, { line0: a.length, line1: b.length, deleted: 0, inserted: 0 }]) {
    for (; i < c.line0; i++, j++) take(structuredClone(b[j]!));
    for (let k = 0; k < c.deleted; k++) take(line(a[i++]!, 'ld'));
    for (let k = 0; k < c.inserted; k++) take(line(b[j++]!, 'li'));
  }
  code.children = out;
  return copy;
}

/** Compares two rendered revisions block by block. */
export const renderedDiff = (oldHtml: string, newHtml: string): RenderedBlock[] => diffBlocks(blocksOf(oldHtml), blocksOf(newHtml));

/**
 * A page's revisions given in order, one at a time: `next(html, view)` gives, when `view`, the view of the pair the
 * revision makes with the one before; each revision is parsed where it differs from the one before it, and only when
 * a view needs it.
 */
export function renderedChain(): (html: string, view: boolean) => RenderedBlock[] | null {
  let last: string | null = null;
  let parsed: ParsedBlocks | null = null;
  return (html, view) => {
    let out: RenderedBlock[] | null = null;
    if (view && last !== null) {
      const before = parsed ?? reparseBlocks(null, last);
      parsed = reparseBlocks(before, html);
      out = diffBlocks(before.blocks, parsed.blocks);
    } else parsed = null;
    last = html;
    return out;
  };
}

/** The rendered view of each consecutive pair of `htmls` (revisions in order): each revision parsed where it differs from the one before. */
export function renderedDiffs(htmls: readonly string[]): RenderedBlock[][] {
  const next = renderedChain();
  return htmls.flatMap((html, k) => {
    const view = next(html, k > 0);
    return view ? [view] : [];
  });
}

function diffBlocks(a: Block[], b: Block[]): RenderedBlock[] {
  // One line per block: no blocks is no line, and a block without text is an empty line.
  const keys = (blocks: Block[]) => blocks.map((x) => `${x.key.replace(/\n/g, ' ')}\n`).join('');
  const diff = diffLines(keys(a), keys(b));
  // Unchanged blocks are serialized only if kept as context.
  const shown: Array<({ kind: 'same'; block: Block } | RenderedBlock) & { changed: boolean }> = [];
  let [i, j] = [0, 0];
  // Blocks are aligned by their text; one whose text stayed may still have changed its links or formatting.
  const same = (until: number) => {
    for (; i < until; i++, j++) {
      const [o, n] = [a[i]!.element, b[j]!.element];
      const inline = o.tagName === 'pre' || alike(a[i]!, b[j]!) ? null : markInline(o, n);
      shown.push(inline?.changed ? { kind: 'changed', html: html(inline.element), changed: true } : { kind: 'same', block: b[j]!, changed: false });
    }
  };
  for (const c of diff.changes) {
    same(c.line0);
    const olds = a.slice(i, i + c.deleted);
    const news = b.slice(j, j + c.inserted);
    let next = 0;
    for (const o of olds) {
      const k = news.findIndex((n, x) => x >= next && n.element.tagName === o.element.tagName && likeness(o.key, n.key) >= SIMILAR);
      if (k < 0) {
        shown.push({ kind: 'removed', html: html(o.element), changed: true });
        continue;
      }
      for (; next < k; next++) shown.push({ kind: 'added', html: html(news[next]!.element), changed: true });
      const marked = o.element.tagName === 'pre' ? markCode(o.element, news[k]!.element) : unmarkEdited(markWords(o.element, markInline(o.element, news[k]!.element).element));
      shown.push({ kind: 'changed', html: html(marked), changed: true });
      next = k + 1;
    }
    for (; next < news.length; next++) shown.push({ kind: 'added', html: html(news[next]!.element), changed: true });
    i += c.deleted;
    j += c.inserted;
  }
  same(a.length);
  // Keep CONTEXT unchanged blocks around each change; count the others.
  const keep = shown.map((s, k) => s.changed || shown.slice(Math.max(0, k - CONTEXT), k + CONTEXT + 1).some((t) => t.changed));
  const out: RenderedBlock[] = [];
  shown.forEach((s, k) => {
    if (keep[k]) out.push(s.kind === 'skip' ? s : 'block' in s ? { kind: 'same', html: markup(s.block) } : { kind: s.kind, html: s.html });
    else if (out.at(-1)?.kind === 'skip') (out.at(-1) as { count: number }).count++;
    else out.push({ kind: 'skip', count: 1 });
  });
  return out;
}
