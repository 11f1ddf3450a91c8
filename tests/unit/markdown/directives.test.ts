import { describe, expect, it } from 'vitest';
import { createRenderer } from '../../../src/markdown/render.ts';

const render = createRenderer({
  pages: ['ports/xen/howto'],
  upstream: 'https://wiki.example.org',
  templates: new Map([
    ['loop', 'again [[!template id=loop]]'],
    ['evil', '<div class="box" onclick="steal()"><script>alert(1)</script><TMPL_VAR text></div>'],
    ['box', '<div class="box"><TMPL_VAR text></div>'],
  ]),
  files: new Map([['ports/xen/pic.png', null], ['ports/xen/howto/data.dsv', 'k|v\nxen|4.18\n']]),
});
const html = async (markdown: string) => (await render({ page: 'ports/xen/howto', revision: '1', firstLine: 10, missing: [], markdown })).html;

describe('directives the site cannot render', () => {
  it('show a placeholder naming the directive, never raw text in a code span', async () => {
    const out = await html('Pages: [[!inline pages="ports/*" archive=yes]]\n\n[[!map pages="*"]]\n');
    expect(out).toContain('<p>Pages: <span class="wiki-directive" role="note">[[!inline]] is shown only on <a href="https://wiki.example.org/ports/xen/howto/">the wiki&#x2019;s own page</a></span></p>');
    expect(out).toMatch(/^<p>Pages.*\n<span class="wiki-directive" role="note">\[\[!map\]\]/m);
    expect(out).not.toContain('<code');
    expect(out).not.toContain('archive');
  });
});

describe('bad input', () => {
  it('an unclosed quote gives an error box with the directive and its page line; the text after still renders', async () => {
    const out = await html('Intro.\n\n[[!meta title="open]]\n\nAfter *this*.\n');
    expect(out).toContain('<p><span class="wiki-error" role="note">[[!meta Error: unclosed "]]<span class="wiki-error-line"> (page line 12)</span></span> title="open]]</p>');
    expect(out).toContain('<p>After <em>this</em>.</p>');
  });

  it('a template that includes itself stops with an error box, as ikiwiki stops its loop', async () => {
    const out = await html('[[!template id=loop]]\n\nStill here.');
    expect(out.match(/again/g)?.length).toBe(8);
    expect(out).toContain('template &#x201C;loop&#x201D; includes itself');
    expect(out).toContain('<p>Still here.</p>');
  });

  it('a template the site lacks, and a template without id, are named in a visible notice', async () => {
    const out = await html('[[!template id=nowhere text="x"]]\n\n[[!template text="y"]]');
    expect(out).toContain('Template &#x201C;nowhere&#x201D; (page line 10) is not on this site.');
    expect(out).toContain('[[!template Error: missing id parameter]]<span class="wiki-error-line"> (page line 12)');
  });

  it('a ragged table keeps its short rows, as ikiwiki does', async () => {
    const out = await html('[[!table data="""\na|b|c\n1|2|3\n4\n"""]]');
    expect(out).toContain('<tr><td>4</td></tr>');
  });

  it('template output goes through the sanitizer like any raw HTML', async () => {
    const out = await html('[[!template id=evil text="hi"]]');
    expect(out).toContain('<div class="box">');
    expect(out).not.toMatch(/onclick|script|alert/);
  });
});

describe('placement', () => {
  it('a directive alone in its paragraph is a block, with no paragraph around it or left behind', async () => {
    const out = await html('Before.\n\n[[!template id=box text="note"]]\n\n[[!meta title="T"]]\n\nAfter.');
    expect(out).toBe('<p>Before.</p>\n<div class="box">note</div>\n<p>After.</p>');
  });

  it('the toc stands where it is written, lists the headings by levels, and headings answer to ikiwiki\'s names', async () => {
    const out = await html('Intro.\n\n[[!toc levels=2]]\n\n# One\n\n## Two\n\n### Three\n\n# Four');
    expect(out.indexOf('<nav class="toc wiki-toc" aria-label="Table of contents">')).toBeGreaterThan(out.indexOf('Intro.'));
    const toc = out.slice(out.indexOf('<nav class="toc'), out.indexOf('</nav>'));
    expect(toc).toContain('<a href="#one">One</a>');
    expect(toc).toContain('<a href="#two">Two</a>');
    expect(toc).not.toContain('<a href="#three">');
    expect(out).toContain('<h2 id="two"><span id="index1h2" class="heading-alias"></span><a href="#two">Two');
    expect(out).toContain('<h1 id="four"><span id="index2h1" class="heading-alias"></span><a href="#four">Four');
  });

  it('a toc with startlevel skips higher headings', async () => {
    const out = await html('[[!toc startlevel=2 levels=1]]\n\n# One\n\n## Two\n');
    const toc = out.slice(out.indexOf('<nav class="toc'), out.indexOf('</nav>'));
    expect(toc).not.toContain('<a href="#one">');
    expect(toc).toContain('<a href="#two">Two</a>');
  });

  it('wikilinks inside raw HTML become links too, as ikiwiki linkifies the whole text', async () => {
    expect(await html('<div class="x">See [[ports/xen]]</div>')).toContain('<div class="x">See <a href="https://wiki.example.org/ports/xen/">xen</a></div>');
  });

  it('a directive at the end of a heading leaves no trailing space in its text or id', async () => {
    const { headings } = await render({ page: 'p', revision: '1', firstLine: 1, missing: [], markdown: '## Setup [[!tag xen]]\n' });
    expect(headings[0]).toMatchObject({ text: 'Setup', slug: 'setup' });
  });
});

describe('findings', () => {
  it('carry meta title, description, author, date, the toc and tags', async () => {
    const out = await render({ page: 'p', revision: '1', firstLine: 1, missing: [], markdown: '[[!meta title="T" description="D"]]\n[[!meta author="A" date="2020-01-02"]]\n[[!toc]]\n[[!tag a b]]\n\n# H\n' });
    expect(out).toMatchObject({ title: 'T', description: 'D', author: 'A', date: '2020-01-02', toc: { levels: 1, startlevel: 0 }, tags: ['a', 'b'] });
    expect(out.headings[0]).toMatchObject({ slug: 'h', ikiwikiAnchor: 'index1h1' });
  });
});

describe('plain cells and values', () => {
  it('render as markdown would, fast path or not', async () => {
    const out = await html('[[!table data="""\nName|Value\n    indented|8. item\nplain words|* star\n"""]]');
    expect(out).toContain('<td>plain words</td>');
    expect(out).toContain('<td><pre><code>indented\n</code></pre></td>');
    // Discount numbers every list from 1.
    expect(out).toContain('<td><ol>\n<li>item</li>\n</ol></td>');
  });
});

describe('images and data files of the wiki', () => {
  it('a wikilink to an image shows it inline, alt text escaped and sanitized', async () => {
    const out = await html('See [[a "quoted" <b>logo</b>|pic.png]] here.');
    expect(out).toContain('<p>See <img src="https://wiki.example.org/ports/xen/pic.png" alt="a &#x22;quoted&#x22; <b>logo</b>"> here.</p>');
  });

  it('[[!img]] finds its file by bestlink among the wiki\'s files', async () => {
    expect(await html('[[!img pic.png alt="P" size=20x10]]')).toContain('<img src="https://wiki.example.org/ports/xen/pic.png" alt="P" width="20" height="10">');
  });

  it('table file= reads the file named from the root, then links it; a missing file is an error box naming it', async () => {
    const out = await html('[[!table file="ports/xen/howto/data.dsv" data="ignored|x"]]\n\n[[!table file="data.dsv"]]\n\nAfter.');
    expect(out).toContain('<thead><tr><th>k</th><th>v</th></tr></thead><tbody>\n<tr><td>xen</td><td>4.18</td></tr>');
    expect(out).toContain('<p><a href="https://wiki.example.org/ports/xen/howto/data.dsv">Direct data download</a></p>');
    expect(out).not.toContain('ignored');
    expect(out).toContain('[[!table Error: cannot find file &#x201C;data.dsv&#x201D;]]<span class="wiki-error-line"> (page line 12)');
    expect(out).toContain('<p>After.</p>');
  });
});
