/** Which revision pairs get a prebuilt diff page, and the previous/next diff of a pair. */

/** `1.51..1.52`: the URL segment of a pair. */
export const pairName = (from: string, to: string): string => `${from}..${to}`;

/** Every adjacent pair, oldest first (`revisions` oldest first); any other pair is computed in the browser. */
export function prebuiltPairs(revisions: readonly string[]): Array<[string, string]> {
  return revisions.slice(1).map((rev, i) => [revisions[i]!, rev]);
}

/** The adjacent diff ending where this pair starts, and the one starting where it ends (if any). */
export function neighbourDiffs(revisions: readonly string[], from: string, to: string): { previous: [string, string] | null; next: [string, string] | null } {
  const [i, j] = [revisions.indexOf(from), revisions.indexOf(to)];
  const [lo, hi] = i <= j ? [i, j] : [j, i];
  return {
    previous: lo > 0 ? [revisions[lo - 1]!, revisions[lo]!] : null,
    next: hi >= 0 && hi < revisions.length - 1 ? [revisions[hi]!, revisions[hi + 1]!] : null,
  };
}
