import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeRcsFile } from '../../../bench/synthetic-history.ts';
import { readRcs } from '../../../src/history/rcs/index.ts';
import { tempDir } from './tools.ts';

// Lines from a small alphabet so that revisions share lines and diffs are interesting; `@` for escapes.
const line = fc.constantFrom('', 'a', 'b', '@', '@@', 'a @ b', '    code', 'Heading', '=======');
const text = fc.tuple(fc.array(line, { maxLength: 12 }), fc.boolean()).map(([ls, finalNewline]) => {
  const body = ls.join('\n');
  return finalNewline && body !== '' ? `${body}\n` : body;
});

describe('readRcs on random histories written by ci', () => {
  it('gives back exactly the texts checked in', () => {
    const dir = tempDir('prop');
    let k = 0;
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), (texts) => {
        const file = join(dir, `p${k++}.mdwn,v`);
        writeRcsFile(file, texts);
        expect(readRcs(file, readFileSync(file)).revisions.map((r) => r.text)).toEqual(texts);
      }),
      { numRuns: 40, seed: 20141226 },
    );
  });
});
