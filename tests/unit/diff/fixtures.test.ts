import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unifiedPatch } from '../../../src/diff/unified.ts';

const root = join(import.meta.dirname, '../../fixtures/diff');
const read = (...path: string[]) => readFileSync(join(root, ...path), 'utf8');

describe('fixtures: unifiedPatch equals the reviewed GNU diff output, byte for byte', () => {
  const cases = readdirSync(root).filter((name) => existsSync(join(root, name, 'input/old')));
  it('has the cases', () => expect(cases.length).toBeGreaterThanOrEqual(15));
  for (const name of cases)
    it(name, () => {
      const expected = new Uint8Array(readFileSync(join(root, name, 'output')));
      expect(unifiedPatch(read(name, 'input/old'), read(name, 'input/new'), 'old', 'new')).toEqual(expected);
    });
});
