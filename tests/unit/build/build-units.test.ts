import { describe, expect, it } from 'vitest';
import { siteUnits, unitKeys, type UnitKeys } from '../../../src/build/build-units.ts';
import type { RevisionRecord } from '../../../src/schemas/record.ts';

const record = (page: string, n: number, more: Partial<RevisionRecord> = {}) =>
  ({ page, revision: `1.${n}`, ordinal: n, date: `2020-01-0${n}T00:00:00Z`, title: null, log: `edit ${n}`, ...more }) as RevisionRecord;
const history = (page: string, count: number) => Array.from({ length: count }, (_, i) => record(page, i + 1));
/** The units whose keys differ between two sets of keys, or that only one has. */
const changed = (a: UnitKeys, b: UnitKeys) => [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((unit) => a[unit] !== b[unit]).sort();

describe("the incremental build's units", () => {
  const before = [...history('a', 4), ...history('b', 2)];
  const keys = unitKeys(before);

  it('has a unit per page, revision and adjacent pair, in the order of each history', () => {
    expect(Object.keys(keys).sort()).toEqual(['a', 'a@1.1', 'a@1.1..1.2', 'a@1.2', 'a@1.2..1.3', 'a@1.3', 'a@1.3..1.4', 'a@1.4', 'b', 'b@1.1', 'b@1.1..1.2', 'b@1.2'].sort());
    // Records out of order: the history's order still decides the pairs.
    expect(siteUnits([...before].reverse(), 'site').pages).toEqual([['a', ['1.1', '1.2', '1.3', '1.4']], ['b', ['1.1', '1.2']]]);
  });

  it("changes a revision's key, its two pairs' and its page's when its record changes; its neighbours show only its name", () => {
    const edited = before.map((r) => (r.page === 'a' && r.revision === '1.2' ? { ...r, log: 'another log' } : r));
    expect(changed(keys, unitKeys(edited))).toEqual(['a', 'a@1.1..1.2', 'a@1.2', 'a@1.2..1.3']);
  });

  it('changes, after a new commit, the new units, the old newest, the pair before it, and the page', () => {
    expect(changed(keys, unitKeys([...before, record('a', 5)]))).toEqual(['a', 'a@1.3..1.4', 'a@1.4', 'a@1.4..1.5', 'a@1.5']);
  });

  it("changes every unit of a page whose title changes, and no other page's", () => {
    const retitled = before.map((r) => (r.page === 'b' && r.revision === '1.2' ? { ...r, title: 'Bee' } : r));
    expect(changed(keys, unitKeys(retitled))).toEqual(['b', 'b@1.1', 'b@1.1..1.2', 'b@1.2']);
  });
});
