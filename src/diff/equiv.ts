/** Numbers lines so that equal lines share an id, as diff's equivalence classes do. */
import type { Lines } from './lines.ts';
import { StringIds } from './string-ids.ts';

export interface Equivalence {
  a: Int32Array;
  b: Int32Array;
  /** One more than the largest id. */
  classes: number;
}

/**
 * Ids start at 1, in order of first appearance; an unterminated last line only ever equals another
 * unterminated last line. Each line of b is first compared with the line of a where b seems to be
 * (most lines are unchanged), which spares looking it up; the ids are the same either way.
 */
export function equivalenceIds(a: Lines, b: Lines): Equivalence {
  const [oldLines, newLines] = [a.lines, b.lines];
  // Sized for every line being different, so the table never grows (most often it is far from full).
  const strings = new StringIds(oldLines.length + newLines.length);
  // Lines hold no newline, so a leading one keeps unterminated lines apart from the others.
  const last = (line: string): number => strings.id(`\n${line}`);
  const [fullA, fullB] = [oldLines.length - (a.missingNewline ? 1 : 0), newLines.length - (b.missingNewline ? 1 : 0)];
  const ids = { a: new Int32Array(oldLines.length), b: new Int32Array(newLines.length) };
  for (let i = 0; i < fullA; i++) ids.a[i] = strings.id(oldLines[i]!);
  if (fullA < oldLines.length) ids.a[fullA] = last(oldLines[fullA]!);
  // where[id]: 1 + the line of a with that id when it is the only one; -1 for several, 0 for none.
  const where = new Int32Array(strings.next);
  for (let i = fullA - 1; i >= 0; i--) where[ids.a[i]!] = where[ids.a[i]!] === 0 ? i + 1 : -1;
  for (let j = 0, i = 0; j < fullB; j++) {
    const line = newLines[j]!;
    if (i < fullA && line === oldLines[i]) ids.b[j] = ids.a[i++]!;
    else {
      const n = (ids.b[j] = strings.id(line));
      if (n < where.length && where[n]! > 0) i = where[n]!;
    }
  }
  if (fullB < newLines.length) ids.b[fullB] = last(newLines[fullB]!);
  return { a: ids.a, b: ids.b, classes: strings.next };
}
