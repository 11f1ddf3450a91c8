/** Splits text into lines the way diff reads a file: the last line may lack its newline. */

export interface Lines {
  /** The lines without their newline characters. */
  lines: string[];
  /** True when the text does not end in a newline (diff's "\ No newline at end of file"). */
  missingNewline: boolean;
}

/** `"a\nb"` → `{lines: ["a", "b"], missingNewline: true}`; `""` → no lines. */
export function splitLines(text: string): Lines {
  if (text === '') return { lines: [], missingNewline: false };
  const lines = text.split('\n');
  const missingNewline = lines[lines.length - 1] !== '';
  if (!missingNewline) lines.pop();
  return { lines, missingNewline };
}
