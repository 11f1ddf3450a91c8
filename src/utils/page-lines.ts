/**
 * Page lines ↔ body lines: the one place that knows a body (or the markdown parsed from it)
 * starts at page line `firstLine`. Body indexes are 0-based; page lines, like markdown
 * positions, count from 1.
 */

/** The page line of body line `index` (0-based). */
export const pageLineAt = (firstLine: number, index: number): number => firstLine + index;

/** The 0-based body index of page line `line`. */
export const bodyIndexOf = (firstLine: number, line: number): number => line - firstLine;

/** The page line of a 1-based markdown position line (the markdown is the body, line for line). */
export const pageLineOfPosition = (firstLine: number, positionLine: number): number => firstLine + positionLine - 1;

/** The 1-based markdown position line of page line `line`. */
export const positionOfPageLine = (firstLine: number, line: number): number => line - firstLine + 1;
