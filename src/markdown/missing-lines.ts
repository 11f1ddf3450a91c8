/** Substitutes each `[[!missing]]` marker line with its stand-in, so the markdown around a gap parses as the page's did. */
import { MISSING_LINE, type MissingLine } from '../schemas/revision.ts';
import { bodyIndexOf } from '../utils/page-lines.ts';

/** The body as the renderer sees it: every missing line replaced by its stand-in (default: blank). */
export function fillMissingLines(body: string, firstLine: number, missing: readonly MissingLine[]): string {
  if (missing.length === 0) return body;
  const standIns = new Map(missing.map((m) => [bodyIndexOf(firstLine, m.line), m.standIn ?? '']));
  return body
    .split('\n')
    .map((text, index) => (text === MISSING_LINE && standIns.has(index) ? standIns.get(index)! : text))
    .join('\n');
}
