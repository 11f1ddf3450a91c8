/** GNU diff's shift_boundaries: slides runs of changes over equal lines to merge them and end them late. */

/**
 * `changed[f]` has one flag per line plus a 0 sentinel at each end (index 0 and length - 1);
 * `ids[f][i]` is the id of line i, which is flag i + 1. Both flag arrays are updated in place.
 */
export function shiftBoundaries(ids: [Int32Array, Int32Array], changed: [Uint8Array, Uint8Array]): void {
  for (const f of [0, 1] as const) {
    const flags = changed[f];
    const other = changed[1 - f]!;
    const eq = ids[f];
    // Flag of line k is flags[k + 1]; the helpers keep the algorithm in line numbers.
    const at = (k: number) => flags[k + 1]!;
    const set = (k: number, v: 0 | 1) => (flags[k + 1] = v);
    const otherAt = (k: number) => other[k + 1]!;
    const end = eq.length;
    let i = 0;
    let j = 0;
    for (;;) {
      while (i < end && !at(i)) {
        while (otherAt(j++));
        i++;
      }
      if (i === end) break;
      let start = i;
      while (at(++i));
      while (otherAt(j)) j++;
      let corresponding: number;
      let runLength: number;
      do {
        runLength = i - start;
        // Slide back while the line before the run equals its last line (merging earlier runs).
        while (start && eq[start - 1] === eq[i - 1]) {
          set(--start, 1);
          set(--i, 0);
          while (at(start - 1)) start--;
          while (otherAt(--j));
        }
        corresponding = otherAt(j - 1) ? i : end;
        // Then slide forward as far as possible, remembering where it still faces changes.
        while (i !== end && eq[start] === eq[i]) {
          set(start++, 0);
          set(i++, 1);
          while (at(i)) i++;
          while (otherAt(++j)) corresponding = i;
        }
      } while (runLength !== i - start);
      // Prefer the position where the run lines up with a run of changes in the other file.
      while (corresponding < i) {
        set(--start, 1);
        set(--i, 0);
        while (otherAt(--j));
      }
    }
  }
}
