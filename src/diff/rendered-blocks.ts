/**
 * A rendered revision's HTML cut into its top-level blocks, tidied for the rendered view. The HTML is parsed in pieces,
 * cut before its sections' headings, each piece alone from where the HTML parser is at rest: a piece's blocks then
 * depend on its text alone, so consecutive revisions, which share most of their sections, parse only the pieces that
 * differ and take the others' blocks from the revision before.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { asciiHtml } from '../utils/ascii-html.ts';
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

export const markup = (block: Block): string => (block.markup ??= asciiHtml(toHtml(block.element)));
export const alike = (a: Block, b: Block): boolean => (a.source !== null && a.source === b.source) || markup(a) === markup(b);

/** A revision's blocks, and the blocks of each piece it was parsed in, by the piece's text. */
export interface ParsedBlocks {
  blocks: Block[];
  /**
   * Every piece parsed alone, the parser at rest at its end (the first piece apart: it is parsed without a probe
   * before it); null when the HTML was parsed whole, as the pieces did not each leave the parser at rest.
   */
  pieces: { first: Map<string, Block[]>; rest: Map<string, Block[]> } | null;
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

/** The top-level elements of `root` as blocks, parsed from `html` starting at `at`. */
function blocksIn(root: Root, html: string, at: number): Block[] {
  return root.children.filter(isElement).map((element) => {
    const [start, end] = [element.position?.start.offset, element.position?.end.offset];
    return { element, key: toString(element).replace(/\s+/g, ' ').trim(), source: start !== undefined && end !== undefined ? html.slice(at + start, at + end) : null };
  });
}

/**
 * The blocks of `html.slice(from, to)` parsed alone, or null unless the parser is at rest at its end. A piece after
 * the start is parsed after a probe: the HTML parser ignores an end tag before the first start tag, which in the whole
 * HTML came before the piece.
 */
function parsePiece(html: string, from: number, to: number): Block[] | null {
  const lead = from > 0 ? PROBE : '';
  const root = fromHtml(lead + html.slice(from, to) + PROBE, { fragment: true });
  if ((lead && !isProbe(root.children[0])) || !isProbe(root.children.at(-1))) return null;
  root.children.pop();
  if (lead) root.children.shift();
  tidy(root);
  return blocksIn(root, html, from - lead.length);
}

/** Where pieces may start: the start, and each heading that begins a line (a section's, at the top unless its piece shows otherwise). */
function cutsOf(html: string): number[] {
  const cuts = [0];
  for (const match of html.matchAll(/\n<h[1-6][\t\n\f\r />]/g)) cuts.push(match.index + 1);
  return [...cuts, html.length];
}

/**
 * The blocks of `html`, a revision after `before`'s: each piece whose text was a piece of `before` takes its blocks
 * (the same objects), the others are parsed. A piece that leaves the parser in an element or a formatting element runs
 * on over twice as many cuts, so that a page with no place at rest costs a few parses of the whole, not one a cut; when
 * the piece that reaches the end does, the HTML is parsed whole.
 */
export function reparseBlocks(before: ParsedBlocks | null, html: string): ParsedBlocks {
  const pieces = { first: new Map<string, Block[]>(), rest: new Map<string, Block[]>() };
  const blocks: Block[] = [];
  const cuts = cutsOf(html);
  let [at, reach] = [0, 1];
  while (at < cuts.length - 1) {
    const [from, to] = [cuts[at]!, cuts[Math.min(at + reach, cuts.length - 1)]!];
    const text = html.slice(from, to);
    const [kept, seen] = from === 0 ? [before?.pieces?.first, pieces.first] : [before?.pieces?.rest, pieces.rest];
    const found = kept?.get(text) ?? parsePiece(html, from, to);
    if (found === null) {
      if (to === html.length) return parseBlocks(html);
      reach *= 2;
      continue;
    }
    seen.set(text, found);
    blocks.push(...found);
    [at, reach] = [Math.min(at + reach, cuts.length - 1), 1];
  }
  return { blocks, pieces };
}

/** Parses a revision's HTML whole: what `reparseBlocks` falls back to, and what a single view needs (one parse). */
export function parseBlocks(html: string): ParsedBlocks {
  const root = fromHtml(html, { fragment: true });
  tidy(root);
  return { blocks: blocksIn(root, html, 0), pieces: null };
}

/** A revision's top-level blocks. */
export const blocksOf = (html: string): Block[] => parseBlocks(html).blocks;
