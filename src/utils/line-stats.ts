/** Lines added and removed between two bodies, as a line diff counts them. */
import { diffArrays } from 'diff';

const lines = (text: string) => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));

export function lineStats(before: string, after: string): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const part of diffArrays(lines(before), lines(after))) {
    if (part.added) added += part.count ?? part.value.length;
    else if (part.removed) removed += part.count ?? part.value.length;
  }
  return { added, removed };
}
