/** Splits items (a page's revisions or pairs, in order) into at most `lanes` runs of near-equal length, each in order. */
export function batches<T>(items: readonly T[], lanes: number): T[][] {
  const count = Math.min(Math.max(1, lanes), items.length);
  return Array.from({ length: count }, (_, k) => items.slice(Math.floor((k * items.length) / count), Math.floor(((k + 1) * items.length) / count)));
}
