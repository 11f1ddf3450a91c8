/** Line helpers shared by the detectors: dedenting, comment stripping, and the all-lines-valid, one-line-telling rule. */

/** How one logical line speaks for a language: proves it, fits it, or rules it out. */
export type Verdict = 'strong' | 'weak' | 'invalid';

/** Removes the indentation every non-blank line shares, so a block indented inside a list reads as written. */
export function dedent(code: string): string[] {
  const lines = code.replace(/\r\n?/g, '\n').split('\n');
  const indents = lines.filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0);
  const common = indents.length ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(common));
}

/** Cuts a `#` comment off a line, leaving `#` inside double or single quotes alone. */
export function stripComment(line: string): string {
  const match = /^((?:[^"'#]|"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*')*)#.*$/.exec(line);
  return (match ? match[1]! : line).trimEnd();
}

/** A block is the language when no line rules it out and at least one line proves it. */
export function decide(verdicts: Verdict[]): boolean {
  return !verdicts.includes('invalid') && verdicts.includes('strong');
}
