/** Diff page lines (loaded on first use): arrow keys between a hunk's line numbers, shift-click ranges (`#n780-n790`), more context on demand. */
import { gapBefore, gapOf, parseLine, parseRange, rangeHash, type HunkSpan, type Side } from '../diff/line-range.ts';
import { MORE_STEP, moreButtons } from '../diff/more-buttons.ts';
import { contextRow, rowsCounters } from '../diff/render-rows.ts';

/** Lines shown around a linked line that was outside every hunk. */
const AROUND = 3;

interface Text {
  url: string;
  first: number;
  count: number;
}

const hunksOf = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>(':scope > .hunk')];

function spanOf(hunk: HTMLElement): HunkSpan {
  const [o0, o1, n0, n1] = hunk.dataset.range!.split(' ').map(Number) as [number, number, number, number];
  return { o: [o0, o1], n: [n0, n1] };
}

function oldText(root: HTMLElement): Text {
  const [url, first, count] = root.dataset.old!.split(' ');
  return { url: url!, first: Number(first), count: Number(count) };
}

const sources = new Map<string, Promise<string[]>>();

/** The lines of a revision's stored source (fetched once). */
function linesOf(url: string): Promise<string[]> {
  let lines = sources.get(url);
  if (!lines) {
    lines = fetch(url).then(async (r) => {
      if (!r.ok) throw new Error(`${url}: ${r.status}`);
      const all = (await r.text()).split('\n');
      if (all.at(-1) === '') all.pop();
      return all;
    });
    sources.set(url, lines);
  }
  return lines;
}

/** Shows old lines [from, to] of gap k: at the end of hunk k-1 (`below`) or the start of hunk k (`above`). */
async function expand(root: HTMLElement, k: number, from: number, to: number, where: 'above' | 'below'): Promise<void> {
  if (to < from) return;
  const text = oldText(root);
  const lines = await linesOf(text.url);
  const hunks = hunksOf(root);
  const { shift } = gapBefore(hunks.map(spanOf), k, text.first, text.count);
  const rows: string[] = [];
  for (let o = from; o <= to; o++) rows.push(contextRow({ o, n: o + shift, text: lines[o - text.first] ?? '' }, 'linked'));
  const hunk = where === 'above' ? hunks[k]! : hunks[k - 1]!;
  const span = spanOf(hunk);
  const added = to - from + 1;
  const box = hunk.querySelector('.rows')!;
  box.insertAdjacentHTML(where === 'above' ? 'afterbegin' : 'beforeend', rows.join(''));
  if (where === 'above') {
    hunk.dataset.range = `${span.o[0] - added} ${span.o[1] + added} ${span.n[0] - added} ${span.n[1] + added}`;
    // The counters of the rows below restart before the new first line.
    box.setAttribute('style', rowsCounters(span.o[0] - added, span.n[0] - added));
  }
  else hunk.dataset.range = `${span.o[0]} ${span.o[1] + added} ${span.n[0]} ${span.n[1] + added}`;
  // The hunk's tab stop stays its first line number.
  for (const a of box.querySelectorAll('.r > a[id]')) a.setAttribute('tabindex', '-1');
  box.querySelector('.r > a[id]')?.removeAttribute('tabindex');
  buttons(root);
}

/** Runs a "show more" button: the next MORE_STEP hidden lines of its gap, then focus stays on the button that replaces it. */
export function onMore(b: HTMLButtonElement): void {
  const root = b.closest<HTMLElement>('.hunks');
  if (!root) return;
  const k = Number(b.dataset.k);
  const where = b.classList.contains('above') ? 'above' : 'below';
  const text = oldText(root);
  const gap = gapBefore(hunksOf(root).map(spanOf), k, text.first, text.count);
  const next = where === 'above' ? [Math.max(gap.from, gap.to - MORE_STEP + 1), gap.to] : [gap.from, Math.min(gap.to, gap.from + MORE_STEP - 1)];
  void expand(root, k, next[0]!, next[1]!, where).then(() => root.querySelector<HTMLElement>(`.more.${where}[data-k="${k}"]`)?.focus());
}

/** "Show more" buttons above and below each hunk where unchanged lines are hidden. */
function buttons(root: HTMLElement): void {
  for (const b of root.querySelectorAll('.more')) b.remove();
  const text = oldText(root);
  const hunks = hunksOf(root);
  const spans = hunks.map(spanOf);
  hunks.forEach((hunk, k) => {
    const { above, below } = moreButtons(spans, k, text.first, text.count);
    const rows = hunk.querySelector('.rows')!;
    if (above) rows.insertAdjacentHTML('beforebegin', above);
    if (below) rows.insertAdjacentHTML('afterend', below);
  });
}

/** Makes a line that is outside every hunk visible by showing the context up to it; true if it did. */
async function reveal(root: HTMLElement, side: Side, line: number): Promise<boolean> {
  if (document.getElementById(`${side}${line}`)) return false;
  const text = oldText(root);
  const spans = hunksOf(root).map(spanOf);
  const gap = gapOf(spans, side, line, text.first, text.count);
  if (!gap) return false;
  const { from, to } = gapBefore(spans, gap.k, text.first, text.count);
  // Grow the nearer hunk: the one before the line, or the one after it.
  const below = gap.k > 0 && (gap.k === spans.length || gap.old - from <= to - gap.old);
  if (below) await expand(root, gap.k, from, Math.min(to, gap.old + AROUND), 'below');
  else await expand(root, gap.k, Math.max(from, gap.old - AROUND), to, 'above');
  return true;
}

/** Marks the rows of the URL's range, showing hidden lines first; scrolls to its first line. */
async function followHash(): Promise<void> {
  const root = document.querySelector<HTMLElement>('.hunks');
  if (!root) return;
  for (const r of document.querySelectorAll('.r.sel')) r.classList.remove('sel');
  const hash = decodeURIComponent(location.hash.slice(1));
  const range = parseRange(hash);
  const line = parseLine(hash);
  if (range) {
    await reveal(root, range.side, range.first);
    await reveal(root, range.side, range.last);
    for (let n = range.first; n <= range.last; n++) document.getElementById(`${range.side}${n}`)?.closest('.r')?.classList.add('sel');
    document.getElementById(`${range.side}${range.first}`)?.scrollIntoView({ block: 'start' });
  } else if (line && (await reveal(root, line.side, line.line))) {
    // The target exists only now: navigate to it again so it scrolls into view and matches :target.
    location.replace(location.href);
  }
}

let anchor: { side: Side; line: number } | null = null;

/** Shift-click on a line number after another on the same side links the range between them. */
export function onClick(event: MouseEvent): void {
  const a = (event.target as Element | null)?.closest<HTMLAnchorElement>('.r > a[id]');
  const here = a && parseLine(a.id);
  if (!here) return;
  if (event.shiftKey && anchor?.side === here.side) {
    event.preventDefault();
    location.hash = rangeHash({ side: here.side, first: Math.min(anchor.line, here.line), last: Math.max(anchor.line, here.line) });
  } else anchor = here;
}

/** Up / Down / Home / End move between the line numbers of a hunk, which is one tab stop. */
export function onKey(event: KeyboardEvent): void {
  const a = (event.target as Element | null)?.closest<HTMLAnchorElement>('.r > a[id]');
  const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, Home: -Infinity, End: Infinity };
  if (!a || !(event.key in moves) || event.altKey || event.ctrlKey || event.metaKey) return;
  const all = [...a.closest('.hunk')!.querySelectorAll<HTMLAnchorElement>('.r > a[id]')].filter((x) => x.offsetParent !== null);
  const step = moves[event.key]!;
  const at = all.indexOf(a);
  const next = all[Number.isFinite(step) ? Math.min(all.length - 1, Math.max(0, at + step)) : step < 0 ? 0 : all.length - 1];
  if (!next || next === a) return;
  event.preventDefault();
  a.setAttribute('tabindex', '-1');
  next.removeAttribute('tabindex');
  next.focus();
}

/** Sets up a rendered diff (called again when the browser has computed one). */
export function setUpLines(): void {
  const root = document.querySelector<HTMLElement>('.hunks');
  if (!root) return;
  anchor = parseLine(location.hash);
  buttons(root);
  void followHash();
}

/** Listens for clicks, keys and URL changes, and sets up the page's diff (src/scripts/diff-boot.ts calls it on first use). */
export function install(): void {
  document.addEventListener('click', (event) => {
    const more = (event.target as Element | null)?.closest<HTMLButtonElement>('.more');
    if (more) onMore(more);
    else onClick(event);
  });
  document.addEventListener('keydown', onKey);
  addEventListener('hashchange', () => void followHash());
  setUpLines();
}
