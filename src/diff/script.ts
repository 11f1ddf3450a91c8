/** The edit script: runs of deleted and inserted lines, as diff's `struct change`. */

export interface Change {
  /** First deleted line of the old file (0-based), or the line before which lines were inserted. */
  line0: number;
  /** First inserted line of the new file (0-based), or the line before which lines were deleted. */
  line1: number;
  deleted: number;
  inserted: number;
}

/** Reads the changes off per-line flags (each array has a 0 sentinel at both ends), forwards. */
export function buildScript(changed0: Uint8Array, changed1: Uint8Array, offset0 = 0, offset1 = 0): Change[] {
  const script: Change[] = [];
  const len0 = changed0.length - 2;
  const len1 = changed1.length - 2;
  let i0 = 0;
  let i1 = 0;
  while (i0 < len0 || i1 < len1) {
    if (changed0[i0 + 1] || changed1[i1 + 1]) {
      const [line0, line1] = [i0, i1];
      while (changed0[i0 + 1]) i0++;
      while (changed1[i1 + 1]) i1++;
      script.push({ line0: line0 + offset0, line1: line1 + offset1, deleted: i0 - line0, inserted: i1 - line1 });
    }
    i0++;
    i1++;
  }
  return script;
}
