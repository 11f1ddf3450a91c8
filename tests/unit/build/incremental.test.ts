import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planBuild, planOf, updateInPlace } from '../../../src/build/incremental.ts';
import { ownerOf, pathsOverlap } from '../../../src/build/output-owner.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const pages = new Map([
  ['ports/xen/howto', new Set(['1.1', '1.2'])],
  ['ports/xen', new Set(['1.1'])],
  ['index', new Set(['1.5'])],
]);

describe('which unit wrote an output file', () => {
  it.each([
    ['ports/xen/howto/r/1.2/index.html', 'ports/xen/howto@1.2'],
    ['ports/xen/howto/r/1.2/source/index.html', 'ports/xen/howto@1.2'],
    ['ports/xen/howto/r/1.1.mdwn', 'ports/xen/howto@1.1'],
    ['ports/xen/howto/annotate/1.1/index.html', 'ports/xen/howto@1.1'],
    ['ports/xen/howto/diff/1.1..1.2/index.html', 'ports/xen/howto@1.1..1.2'],
    ['ports/xen/howto/diff/1.1..1.2.diff', 'ports/xen/howto@1.1..1.2'],
    ['ports/xen/howto/index.html', 'ports/xen/howto'],
    ['ports/xen/howto/history.json', 'ports/xen/howto'],
    ['ports/xen/howto/annotate/index.html', 'ports/xen/howto'],
    ['ports/xen/howto/diff/index.html', 'ports/xen/howto'],
    ['ports/xen/r/1.1/index.html', 'ports/xen@1.1'],
    ['index/index.html', 'index'],
  ])('%s → %s', (path, unit) => expect(ownerOf(path, pages)).toBe(unit));

  it.each([
    'index.html', 'recent/index.html', 'ports/index.html', '_astro/site.css', 'pagefind/pagefind.js', 'sitemap-0.xml',
    // A revision or pair the page no longer has belongs to no unit: it is never taken into a new build.
    'ports/xen/howto/r/1.9/index.html', 'ports/xen/howto/r/1.9.mdwn', 'ports/xen/howto/diff/1.1..1.9.diff', 'ports/xen/howto/diff/1.1..1.2..1.3/index.html',
  ])('%s is site-wide or gone', (path) => expect(ownerOf(path, pages)).toBeNull());

  it('sees pages named where another page keeps its views', () => {
    expect(pathsOverlap(pages)).toBe(false);
    expect(pathsOverlap(new Map([...pages, ['ports/xen/howto/diff', new Set(['1.1'])]]))).toBe(true);
    expect(pathsOverlap(new Map([...pages, ['ports/xen/r', new Set(['1.1'])]]))).toBe(true);
    expect(pathsOverlap(new Map([...pages, ['ports/xen/howto/notes', new Set(['1.1'])]]))).toBe(false);
  });
});

describe('the plan of a build', () => {
  const current = { siteKey: 's1', units: { a: 'k1', 'a@1.1': 'k2', 'a@1.2': 'k3' } };
  const few = new Map([['a', new Set(['1.1', '1.2'])]]);

  it('builds the units whose keys changed or are new, and reuses the others', () => {
    const plan = planBuild(current, { siteKey: 's1', units: { a: 'k0', 'a@1.1': 'k2', gone: 'k9' } }, few);
    expect(plan.build).toEqual(['a', 'a@1.2']);
    expect([...plan.reuse]).toEqual(['a@1.1']);
  });

  it('builds everything without a previous build, after a change of code, settings or pages, or when paths overlap', () => {
    expect(planBuild(current, null, few)).toEqual({ build: null, reuse: new Set() });
    expect(planBuild(current, { ...current, siteKey: 's0' }, few)).toEqual({ build: null, reuse: new Set() });
    expect(planBuild(current, current, new Map([...few, ['a/r', new Set(['1.1'])]]))).toEqual({ build: null, reuse: new Set() });
  });

  it('gives the same plan again from the units it builds, as the build reads it after Astro', () => {
    for (const previous of [{ siteKey: 's1', units: { a: 'k0', 'a@1.1': 'k2', gone: 'k9' } }, current, null]) {
      const plan = planBuild(current, previous, few);
      expect(planOf(current.units, plan.build)).toEqual(plan);
    }
  });
});

describe('updating the previous output in place', () => {
  const root = tempDir('incremental-');
  const write = (path: string, text: string) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  };
  const [previous, staging] = [join(root, 'dist'), join(root, 'dist.building')];
  for (const path of ['a/r/1.1/index.html', 'a/r/1.1.mdwn', 'a/r/1.2/index.html', 'a/index.html', 'index.html', 'a/r/1.0/index.html', 'sitemap-1.xml']) write(join(previous, path), `old ${path}`);
  write(join(staging, 'a/index.html'), 'new page');
  write(join(staging, 'index.html'), 'new index');
  write(join(staging, 'a/r/1.3/index.html'), 'new revision');
  const before = statSync(join(previous, 'a/r/1.1/index.html')).ino;

  it("keeps a reused unit's files, moves in what this build wrote, removes site-wide, rebuilt and gone units' other files", () => {
    const counts = updateInPlace(previous, staging, new Set(['a@1.1', 'a']), new Map([['a', new Set(['1.1', '1.2', '1.3'])]]));
    const { pagePaths, ...moves } = counts;
    expect(moves).toEqual({ kept: 2, moved: 3, removed: 3 });
    expect(pagePaths.sort()).toEqual(['/', '/a/', '/a/r/1.1/', '/a/r/1.3/']);
    expect(statSync(join(previous, 'a/r/1.1/index.html')).ino).toBe(before);
    expect(readFileSync(join(previous, 'a/r/1.1.mdwn'), 'utf8')).toBe('old a/r/1.1.mdwn');
    expect(readFileSync(join(previous, 'a/index.html'), 'utf8')).toBe('new page');
    expect(readFileSync(join(previous, 'index.html'), 'utf8')).toBe('new index');
    expect(readFileSync(join(previous, 'a/r/1.3/index.html'), 'utf8')).toBe('new revision');
    // 1.2 is a unit this build rebuilt (it wrote nothing there this time), 1.0 is gone, the sitemap is site-wide.
    for (const path of ['a/r/1.2/index.html', 'a/r/1.0', 'sitemap-1.xml', 'dist.building']) expect(existsSync(join(path === 'dist.building' ? root : previous, path)), path).toBe(false);
  });
});
