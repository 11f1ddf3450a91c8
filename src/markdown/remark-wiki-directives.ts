/** Puts the expanded directives and wikilinks back where their placeholders landed: alone in a paragraph as a block, else inline; in code as written. */
import type { Nodes, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { escapeHtml } from '../utils/ascii-html.ts';
import { SLOT_CLOSE, SLOT_LINE, SLOT_OPEN } from './preprocess.ts';
import type { Slot } from './slot.ts';

const PLACEHOLDER = new RegExp(`${SLOT_OPEN}(\\d+)${SLOT_CLOSE}((?:\\n${SLOT_LINE})*)`, 'g');
const STRAY_LINE = new RegExp(`\\n?${SLOT_LINE}`, 'g');

function phrasing(slot: Slot): PhrasingContent | null {
  switch (slot.kind) {
    case 'none': return null;
    case 'text': return { type: 'text', value: slot.text };
    case 'link': return { type: 'link', url: slot.href, children: [{ type: 'text', value: slot.text }] };
    case 'image': return { type: 'image', url: slot.src, alt: slot.alt };
    case 'self': return { type: 'emphasis', data: { hName: 'span', hProperties: { className: ['selflink'] } }, children: [{ type: 'text', value: slot.text }] };
    case 'html': return { type: 'html', value: slot.render(false) };
  }
}

/** The slot as HTML, for placeholders inside raw HTML. */
export function asHtml(slot: Slot): string {
  switch (slot.kind) {
    case 'none': return '';
    case 'text': return escapeHtml(slot.text);
    case 'link': return `<a href="${escapeHtml(slot.href)}">${escapeHtml(slot.text)}</a>`;
    case 'image': return `<img src="${escapeHtml(slot.src)}" alt="${escapeHtml(slot.alt)}">`;
    case 'self': return `<span class="selflink">${escapeHtml(slot.text)}</span>`;
    case 'html': return slot.render(false);
  }
}

function splitText(value: string, slots: readonly Slot[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  const text = (chunk: string) => {
    const clean = chunk.replace(STRAY_LINE, '');
    if (clean) out.push({ type: 'text', value: clean });
  };
  for (const match of value.matchAll(PLACEHOLDER)) {
    text(value.slice(last, match.index));
    const node = phrasing(slots[Number(match[1])]!);
    if (node) out.push(node);
    last = match.index + match[0].length;
  }
  text(value.slice(last));
  return out;
}

/** The one slot a paragraph consists of, with nothing but white space around it. */
function lone(node: RootContent, slots: readonly Slot[]): Slot[] | null {
  if (node.type !== 'paragraph') return null;
  const text = node.children.every((c) => c.type === 'text' || c.type === 'break') ? node.children.map((c) => (c.type === 'text' ? c.value : '\n')).join('') : null;
  if (text === null || !text.includes(SLOT_OPEN)) return null;
  const found: Slot[] = [];
  const rest = text.replace(PLACEHOLDER, (_, i: string) => { found.push(slots[Number(i)]!); return ''; });
  if (rest.replace(STRAY_LINE, '').trim() !== '') return null;
  return found;
}

export function restore(value: string, slots: readonly Slot[], as: (slot: Slot) => string): string {
  return value.replace(PLACEHOLDER, (_, i: string) => as(slots[Number(i)]!));
}

function walk(parent: Parents, slots: readonly Slot[]): void {
  const children: Nodes[] = [];
  for (const child of parent.children as Nodes[]) {
    const alone = lone(child as RootContent, slots);
    if (alone) {
      // A directive alone in its paragraph is a block, as ikiwiki's HTML output is to markdown; nothing left means no paragraph.
      const blocks = alone.filter((s) => s.kind !== 'none');
      if (blocks.length === 1 && blocks[0]!.kind === 'html') { children.push({ type: 'html', value: blocks[0]!.render(true), position: child.position }); continue; }
      if (blocks.length === 0) continue;
    }
    if (child.type === 'text') { children.push(...(child.value.includes(SLOT_OPEN) ? splitText(child.value, slots) : [child])); continue; }
    if (child.type === 'code' || child.type === 'inlineCode') child.value = restore(child.value, slots, (s) => s.source);
    else if (child.type === 'html') child.value = restore(child.value, slots, asHtml);
    else if ('children' in child) walk(child, slots);
    if (child.type === 'heading') trimEnd(child.children);
    children.push(child);
  }
  parent.children = children as typeof parent.children;
}

/** A directive at the end of a heading leaves the space before it, which ikiwiki's markdown drops. */
function trimEnd(children: PhrasingContent[]): void {
  const last = children.at(-1);
  if (last?.type === 'text') last.value = last.value.trimEnd();
}

export default function remarkWikiDirectives() {
  return (tree: Root, file: VFile) => {
    const slots = file.data.wikiSlots;
    if (slots && slots.length > 0) walk(tree, slots);
  };
}
