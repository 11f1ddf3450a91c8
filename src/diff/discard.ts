/** GNU diff's discard_confusing_lines: lines the other file lacks are changes before Myers even runs. */

const NONE = 0;
const SURE = 1;
const PROVISIONAL = 2;

/** How often a line may occur in the other file before it is provisionally discardable (√-ish of n). */
function manyThreshold(lines: number): number {
  let many = 5;
  for (let tem = Math.floor(lines / 64) >> 2; tem > 0; tem >>= 2) many *= 2;
  return many;
}

function occurrences(ids: Int32Array, classes: number): Int32Array {
  const counts = new Int32Array(classes);
  for (let i = 0; i < ids.length; i++) counts[ids[i]!]!++;
  return counts;
}

/** Marks lines with no match as sure discards, lines with very many matches as provisional. */
function candidates(ids: Int32Array, otherCounts: Int32Array): Uint8Array {
  const marks = new Uint8Array(ids.length);
  const many = manyThreshold(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const matches = otherCounts[ids[i]!]!;
    if (matches === 0) marks[i] = SURE;
    else if (matches > many) marks[i] = PROVISIONAL;
  }
  return marks;
}

/** From one end of a run inwards, provisionals are dropped until three sure discards in a row (or 8 lines). */
function trimEnd(marks: Uint8Array, start: number, length: number, step: 1 | -1): void {
  let consecutive = 0;
  for (let k = 0; k < length; k++) {
    const at = start + step * k;
    if (k >= 8 && marks[at] === SURE) break;
    if (marks[at] === PROVISIONAL) {
      consecutive = 0;
      marks[at] = NONE;
    } else if (marks[at] === NONE) consecutive = 0;
    else consecutive++;
    if (consecutive === 3) break;
  }
}

/** Keeps a provisional discard only inside a run of discards that starts and ends with sure ones. */
function settleRun(marks: Uint8Array, i: number): number {
  let j = i;
  let provisional = 0;
  for (; j < marks.length && marks[j] !== NONE; j++) if (marks[j] === PROVISIONAL) provisional++;
  while (j > i && marks[j - 1] === PROVISIONAL) {
    marks[--j] = NONE;
    provisional--;
  }
  const length = j - i;
  if (provisional * 4 > length) {
    for (let k = i; k < j; k++) if (marks[k] === PROVISIONAL) marks[k] = NONE;
    return i;
  }
  let minimum = 1;
  for (let tem = length >> 2; (tem >>= 2) > 0; ) minimum <<= 1;
  minimum++;
  for (let k = 0, consecutive = 0; k < length; k++) {
    if (marks[i + k] !== PROVISIONAL) consecutive = 0;
    else if (minimum === ++consecutive) k -= consecutive;
    else if (minimum < consecutive) marks[i + k] = NONE;
  }
  trimEnd(marks, i, length, 1);
  trimEnd(marks, i + length - 1, length, -1);
  return i + length - 1;
}

/** Returns, for each file, which lines to set aside as certainly changed. */
export function discardConfusing(a: Int32Array, b: Int32Array, classes: number): [Uint8Array, Uint8Array] {
  const marks: [Uint8Array, Uint8Array] = [
    candidates(a, occurrences(b, classes)),
    candidates(b, occurrences(a, classes)),
  ];
  for (const file of marks)
    for (let i = 0; i < file.length; i++) {
      if (file[i] === PROVISIONAL) file[i] = NONE;
      else if (file[i] === SURE) i = settleRun(file, i);
    }
  return marks;
}
