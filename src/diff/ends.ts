/** GNU diff's trimming of the identical prefix and suffix (io.c find_identical_ends), per line. */

export interface Ends {
  /** Leading lines left out of the comparison (the same in both files). */
  prefix: number;
  /** Trailing lines left out of the comparison. */
  suffix: number;
}

/**
 * Lines equal at both ends are set aside except the `horizon` nearest the change (diff keeps
 * as many as it has lines of context), so they still count in the heuristics that follow.
 */
export function identicalEnds(a: Int32Array, b: Int32Array, horizon: number): Ends {
  const shorter = Math.min(a.length, b.length);
  let same = 0;
  while (same < shorter && a[same] === b[same]) same++;
  const prefix = Math.max(0, same - horizon);
  const room = shorter - prefix;
  let tail = 0;
  while (tail < room && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { prefix, suffix: Math.max(0, tail - horizon) };
}
