/** Line numbers of an excerpt: a body whose first line is page line `firstLine`. */
import { MISSING_LINE } from '../schemas/revision.ts';

export interface SourceLine {
  /** Page line number, as on the real page. */
  number: number;
  text: string;
  /** True where our source has no text for this line. */
  missing: boolean;
}

/** Splits a body into numbered lines; a final newline ends the last line rather than starting an empty one. */
export function sourceLines(body: string, firstLine: number): SourceLine[] {
  const lines = body.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.map((text, i) => ({ number: firstLine + i, text, missing: text === MISSING_LINE }));
}

/** The page lines a body covers, or null for an empty body. */
export function excerptRange(body: string, firstLine: number): { first: number; last: number } | null {
  const count = sourceLines(body, firstLine).length;
  return count === 0 ? null : { first: firstLine, last: firstLine + count - 1 };
}

/** Whether a revision is only part of its page (it starts past line 1 or has gaps). */
export const isExcerpt = (firstLine: number, missingCount: number): boolean => firstLine > 1 || missingCount > 0;
