/**
 * A rendered revision's HTML cut into its top-level blocks, tidied for the rendered view. Consecutive revisions share
 * most of their HTML, so a revision is parsed again only between the first and the last place it differs from the
 * one before: the blocks on either side are the earlier parse's, where the HTML parser's state shows they parse alike.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { classes, isElement } from './rendered-nodes.ts';

/** The page's own links in headings (self-link, old anchors, section history): not wiki text, and not to repeat here. */
const PAGE_ONLY = new Set(['heading-link', 'heading-alias', 'heading-history']);

/**
 * A heading's words made a link to itself (rehype-heading-anchors) stand as its text again: on the diff page the link
 * has no target. They join the text after them, so words are marked as they would be without the link.
 */
function unwrapSelfLink(heading: Element): void {
  const id = heading.properties.id;
  if (typeof id !== 'string') return;
  const out: ElementContent[] = [];
  for (const c of heading.children) {
    for (const part of isElement(c) && c.tagName === 'a' && c.properties.href === `#${id}` ? c.children : [c]) {
      const last = out.at(-1);
      if (part.type === 'text' && last?.type === 'text') last.value += part.value;
      else out.push(part);
    }
  }
  heading.children = out;
}

/** Removes what must not repeat on the diff page (ids, section self-links and history links) and collapses white space outside `pre`. */
function tidy(node: Element | Root, inPre = false): void {
  node.children = node.children.filter((c) => !(isElement(c) && classes(c).some((k) => PAGE_ONLY.has(k))));
  if (isElement(node)) {
    unwrapSelfLink(node);
    delete node.properties.id;
  }
  for (const c of node.children) {
    if (c.type === 'text' && !inPre) c.value = c.value.replace(/\s+/g, ' ');
    if (isElement(c)) tidy(c, inPre || c.tagName === 'pre');
  }
}

export interface Block {
  element: Element;
  /** Its text with white space collapsed: what blocks are aligned by. */
  key: string;
  /** Its HTML as the page wrote it: two blocks written alike are alike, without serializing either. */
  source: string | null;
  /** Its HTML once tidied, serialized on first use. */
  markup?: string;
}

export const markup = (block: Block): string => (block.markup ??= toHtml(block.element));
export const alike = (a: Block, b: Block): boolean => (a.source !== null && a.source === b.source) || markup(a) === markup(b);

/** A revision's blocks and where each stands in its HTML. */
export interface ParsedBlocks {
  html: string;
  blocks: Block[];
  /** `[start, end)` of each block in `html`. */
  spans: Array<[number, number]>;
  /**
   * The parser ended at rest (no element open, no formatting element left to reopen in what follows) and every block
   * has its place: only then are its blocks taken for the next revision.
   */
  settled: boolean;
}

/**
 * Parsed after a piece of HTML, it stands at the top with its one text child only if the parser is at rest there:
 * an element left open would hold it (an inline element closes none), a formatting element left in the parser's list
 * would be reopened around its text, an unfinished tag or comment would swallow it.
 */
const PROBE = '<span data-rendered-probe="">x</span>';

function isProbe(node: Root['children'][number] | undefined): boolean {
  if (!isElement(node) || node.tagName !== 'span' || !('dataRenderedProbe' in node.properties) || node.children.length !== 1) return false;
  const [text] = node.children;
  return text?.type === 'text' && text.value === 'x';
}

/**
 * Parses `html.slice(from, to)` alone; `settled` says whether the parser was at rest at its end. A slice after the
 * start is parsed after a probe: the HTML parser ignores an end tag before the first start tag, which in the whole
 * HTML came before the slice.
 */
function parseSlice(html: string, from: number, to: number): ParsedBlocks {
  const lead = from > 0 ? PROBE : '';
  const root = fromHtml(lead + html.slice(from, to) + PROBE, { fragment: true });
  if (lead && !isProbe(root.children[0])) return { html, blocks: [], spans: [], settled: false };
  const settled = isProbe(root.children.at(-1));
  if (settled) root.children.pop();
  if (lead) root.children.shift();
  tidy(root);
  const parsed = blocksIn(root, html, from - lead.length);
  return { ...parsed, settled: settled && parsed.spans.every(([start]) => start >= 0) };
}

/** The top-level elements of `root` as blocks, parsed from `html` starting at `at`; a span is `[-1, -1]` where the parser gave no place. */
function blocksIn(root: Root, html: string, at: number): Omit<ParsedBlocks, 'settled'> {
  const blocks: Block[] = [];
  const spans: Array<[number, number]> = [];
  for (const element of root.children.filter(isElement)) {
    const [start, end] = [element.position?.start.offset, element.position?.end.offset];
    const known = start !== undefined && end !== undefined;
    blocks.push({ element, key: toString(element).replace(/\s+/g, ' ').trim(), source: known ? html.slice(at + start, at + end) : null });
    spans.push(known ? [at + start, at + end] : [-1, -1]);
  }
  return { html, blocks, spans };
}

/** Parses a revision's HTML whole. */
export function parseBlocks(html: string): ParsedBlocks {
  const parsed = parseSlice(html, 0, html.length);
  if (parsed.settled) return parsed;
  // The probe may have changed how the end parsed: parse without it.
  const root = fromHtml(html, { fragment: true });
  tidy(root);
  return { ...blocksIn(root, html, 0), settled: false };
}

/** A revision's top-level blocks. */
export const blocksOf = (html: string): Block[] => parseBlocks(html).blocks;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** The block ends with its own end tag (or is void): nothing after it had a say in where it ends. */
const closesItself = (html: string, [, end]: [number, number], element: Element): boolean =>
  VOID.has(element.tagName) ? html.charCodeAt(end - 1) === 62 /* > */ : html.endsWith(`</${element.tagName}>`, end);

/**
 * The blocks of `html`, a revision after `before`'s: the blocks before the first difference and after the last are
 * `before`'s (the same objects), the HTML between them parsed alone, or the whole of it when that is not at rest.
 */
export function reparseBlocks(before: ParsedBlocks, html: string): ParsedBlocks {
  if (!before.settled) return parseBlocks(html);
  const [a, b] = [before.html, html];
  const most = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < most && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < most - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  const { blocks, spans } = before;
  const n = blocks.length;
  let head = 0;
  while (head < n && spans[head]![1] <= prefix && closesItself(a, spans[head]!, blocks[head]!.element)) head++;
  let tail = 0;
  while (tail < n - head && spans[n - 1 - tail]![0] >= a.length - suffix && closesItself(a, spans[n - 1 - tail]!, blocks[n - 1 - tail]!.element)) tail++;
  const shift = b.length - a.length;
  const from = head > 0 ? spans[head - 1]![1] : 0;
  const to = tail > 0 ? spans[n - tail]![0] + shift : b.length;
  const middle = parseSlice(b, from, to);
  if (!middle.settled) return parseBlocks(html);
  return {
    html,
    blocks: [...blocks.slice(0, head), ...middle.blocks, ...blocks.slice(n - tail)],
    spans: [...spans.slice(0, head), ...middle.spans, ...spans.slice(n - tail).map(([s, e]): [number, number] => [s + shift, e + shift])],
    settled: true,
  };
}
