/** Grammar fixture cases: tests/fixtures/grammars/<language>/<case>/input.txt beside the expected output.txt. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const GRAMMAR_FIXTURES = new URL('../fixtures/grammars/', import.meta.url).pathname;

export interface GrammarCase {
  lang: string;
  name: string;
  dir: string;
  /** The input without its final newline, as Astro hands a block to Shiki. */
  input: string;
  expected: string | undefined;
}

export function grammarCases(): GrammarCase[] {
  return readdirSync(GRAMMAR_FIXTURES, { withFileTypes: true })
    .filter((lang) => lang.isDirectory())
    .flatMap((lang) =>
      readdirSync(join(GRAMMAR_FIXTURES, lang.name)).map((name) => {
        const dir = join(GRAMMAR_FIXTURES, lang.name, name);
        const output = join(dir, 'output.txt');
        return {
          lang: lang.name,
          name,
          dir,
          input: readFileSync(join(dir, 'input.txt'), 'utf8').replace(/\n$/, ''),
          expected: existsSync(output) ? readFileSync(output, 'utf8') : undefined,
        };
      }),
    );
}
