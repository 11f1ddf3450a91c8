import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderedDiff } from '../../../src/diff/rendered.ts';

const root = join(import.meta.dirname, '../../fixtures/diff/rendered');
const read = (...path: string[]) => readFileSync(join(root, ...path), 'utf8');

describe('rendered view: blocks aligned, words and code lines marked (fixtures)', () => {
  const cases = readdirSync(root);
  it('shows a block without text removed when the revision after has no block at all', () => {
    expect(renderedDiff('<div class="open"></div>', '')).toEqual([{ kind: 'removed', html: '<div class="open"></div>' }]);
    expect(renderedDiff('', '<hr>')).toEqual([{ kind: 'added', html: '<hr>' }]);
  });

  it('has the cases', () => expect(cases.length).toBeGreaterThanOrEqual(2));
  for (const name of cases)
    it(name, () => {
      const blocks = renderedDiff(read(name, 'input/old.html'), read(name, 'input/new.html'));
      const expected = join(root, name, 'output.json');
      // Set UPDATE_FIXTURES=1 to write a new case's output, then review it by hand.
      if (process.env.UPDATE_FIXTURES && !existsSync(expected)) writeFileSync(expected, `${JSON.stringify(blocks, null, 2)}\n`);
      expect(blocks).toEqual(JSON.parse(read(name, 'output.json')));
    });

  it('marks something inside every block it labels changed: words, code lines, or markup added or taken away', () => {
    for (const name of cases)
      for (const b of renderedDiff(read(name, 'input/old.html'), read(name, 'input/new.html')))
        if (b.kind === 'changed') expect(b.html, `${name}: ${b.html}`).toMatch(/<(ins|del)>|class="rx"|class="line l[di]"/);
  });

  it('marks changed lines of a highlighted block written without line spans, as reading pages have them', () => {
    const pre = (second: string) => `<pre class="shiki" tabindex="0"><code><span class="sk">include</span> x\n${second}\n\n<span class="sc"># end</span></code></pre>\n`;
    const [block] = renderedDiff(pre('<span class="sw">old</span>'), pre('<span class="sw">new</span>'));
    expect(block).toEqual({
      kind: 'changed',
      html: '<pre class="shiki" tabindex="0"><code><span class="line"><span class="sk">include</span> x</span>\n'
        + '<span class="line ld"><span class="sw">old</span></span>\n<span class="line li"><span class="sw">new</span></span>\n'
        + '<span class="line"></span>\n<span class="line"><span class="sc"># end</span></span>\n</code></pre>',
    });
  });

  it('unwraps a heading\'s link to itself, keeping its words', () => {
    const heading = (text: string) => `<h2 id="a"><a href="#a">${text}</a> <a class="heading-history" href="/p/sections/#a">history</a></h2>\n`;
    expect(renderedDiff(heading('Setup'), heading('Setup notes'))).toEqual([{ kind: 'changed', html: '<h2>Setup <ins>notes </ins></h2>' }]);
  });

  it('leaves no ids or section self-links, so the page has no duplicate ids', () => {
    const html = renderedDiff(read('words-and-code', 'input/old.html'), read('words-and-code', 'input/new.html')).map((b) => ('html' in b ? b.html : '')).join('');
    expect(html).not.toMatch(/ id=/);
    expect(html).not.toContain('heading-link');
  });

  it('leaves out the headings’ section-history links: page chrome, which would read as changed markup', () => {
    const heading = (slug: string, text: string) =>
      `<h2 id="${slug}">${text} <a class="heading-history" href="/p/sections/#${slug}" aria-label="History of section “${text}”">history</a></h2>\n`;
    const blocks = renderedDiff(heading('setup', 'Setup'), heading('setup-notes', 'Setup notes'));
    expect(blocks).toEqual([{ kind: 'changed', html: '<h2>Setup <ins>notes </ins></h2>' }]);
  });
});
