/** Numbers lines so that equal lines share an id, as diff's equivalence classes do. */
import type { Lines } from './lines.ts';

export interface Equivalence {
  a: Int32Array;
  b: Int32Array;
  /** One more than the largest id. */
  classes: number;
}

/** Ids start at 1; an unterminated last line only ever equals another unterminated last line. */
export function equivalenceIds(a: Lines, b: Lines): Equivalence {
  const complete = new Map<string, number>();
  const partial = new Map<string, number>();
  let next = 1;
  const number = (text: Lines): Int32Array => {
    const ids = new Int32Array(text.lines.length);
    text.lines.forEach((line, i) => {
      const map = text.missingNewline && i === text.lines.length - 1 ? partial : complete;
      let id = map.get(line);
      if (id === undefined) map.set(line, (id = next++));
      ids[i] = id;
    });
    return ids;
  };
  return { a: number(a), b: number(b), classes: next };
}
