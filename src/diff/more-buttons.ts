/** The "Show 10 more lines above / below" buttons of a hunk: the same markup from the renderer and from the page script. */
import { gapBefore, type HunkSpan } from './line-range.ts';

/** Lines added per click on "show more". */
export const MORE_STEP = 10;

/** One button: shows up to MORE_STEP of the `count` hidden lines of gap `k`, `above` hunk k or `below` hunk k-1. */
export function moreButton(k: number, where: 'above' | 'below', count: number, hidden: boolean): string {
  const n = Math.min(count, MORE_STEP);
  const text = `Show ${n} more line${n === 1 ? '' : 's'} ${where}`;
  const change = where === 'above' ? k + 1 : k;
  return `<button type="button" class="more ${where}" data-k="${k}" aria-label="${text} change #${change}"${hidden ? ' hidden' : ''}>${text}</button>`;
}

/**
 * The buttons of hunk `k` (`above` goes before its rows, `below` after them), '' where no line is hidden; `hidden`
 * while no script is there to run them (the page's start-up script shows them).
 */
export function moreButtons(spans: readonly HunkSpan[], k: number, oldFirst: number, oldCount: number, hidden = false): { above: string; below: string } {
  const above = gapBefore(spans, k, oldFirst, oldCount);
  const below = gapBefore(spans, k + 1, oldFirst, oldCount);
  return {
    above: above.to >= above.from ? moreButton(k, 'above', above.to - above.from + 1, hidden) : '',
    below: below.to >= below.from ? moreButton(k + 1, 'below', below.to - below.from + 1, hidden) : '',
  };
}
