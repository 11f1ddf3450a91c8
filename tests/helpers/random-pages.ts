/** Random wiki pages and random edits of them (fast-check), for properties that must hold through a page's history. */
import fc from 'fast-check';
import type { WikiSite } from '../../src/markdown/wiki-site.ts';

/** The wiki the random pages are rendered in: the pages their links name, the templates their directives use. */
export const randomPagesSite: WikiSite = {
  pages: ['ports/xen/howto', 'ports/xen', 'Kernel_Configuration'],
  upstream: 'https://wiki.example.org',
  templates: new Map([['note', '<div class="notebox"><TMPL_VAR text></div>'], ['open', '<div class="open">']]),
};

/** Blocks that end open, define what the whole page shares, or only look like headings, with the ones that don't. */
export const BLOCKS = [
  '# Title', '## Sub *emph* [[ports/xen]]', 'Setext\n======', 'Other\n-----', 'Dup\n---', '# Dup',
  'A paragraph with `code` and [[Kernel_Configuration|a link]].', 'lazy\ncontinuation line',
  '* one\n* two', '- dash\n- items', '1. first\n2. second', '* loose\n\n* list', '  * indented item',
  '```\ncode\n\n# inside fence\n```', '```sh\nunclosed fence', '~~~\n# tilde fence\n~~~', '    indented code\n    # not heading',
  '> quote\n> # quoted heading', '<div>\nopen div', '</div>', '<div class="x">closed</div>', 'inline <b>bold</b> and <i>open',
  '<pre>\n\n# in pre\n</pre>', '<!-- comment\n\n# in comment -->', '[ref]: https://example.org/ref', 'uses [ref] and [x][ref]',
  'note[^1]', '[^1]: the footnote', '| a | b |\n| - | - |\n| 1 | 2 |', '---', '***',
  '[[!template id=note text="hello"]]', '[[!template id=open]]', '[[!toc levels=2]]', '[[!meta title="T"]]',
  '[[!table data="""\nx | y\n1 | [[ports/xen]]\n"""]]', '[[!template id=missing]]', '[[!unknown foo]]', '[[!toc',
  'Été\n===', '#hashtag not heading', '#', '', '   ', '\t\tcode with tabs',
];

/** A page: blocks, each with the line breaks after it. */
export type PageBlocks = Array<[string, string]>;
/** An edit: where, what kind (see `applied`), and the block it brings. */
export type PageEdit = [number, number, string];

export const randomPage = fc.array(fc.tuple(fc.constantFrom(...BLOCKS), fc.constantFrom('\n\n', '\n', '\n\n\n')), { minLength: 1, maxLength: 25 });
export const randomEdit = fc.tuple(fc.nat(), fc.nat(3), fc.constantFrom(...BLOCKS));

/** Applies an edit to the page's blocks: replace, insert, delete, or append a line to one block. */
export function applied(blocks: PageBlocks, [at, kind, block]: PageEdit): PageBlocks {
  const out = blocks.map((b) => [...b] as [string, string]);
  const i = at % Math.max(1, out.length);
  if (kind === 0 && out.length) out[i]![0] = block;
  else if (kind === 1) out.splice(i, 0, [block, '\n\n']);
  else if (kind === 2 && out.length > 1) out.splice(i, 1);
  else if (out.length) out[i]![0] += `\n${block}`;
  return out;
}

/** The texts of a page through its edits, the page as first written first. */
export function pageSeries(blocks: PageBlocks, edits: readonly PageEdit[]): string[] {
  const series: PageBlocks[] = [blocks];
  for (const e of edits) series.push(applied(series.at(-1)!, e));
  return series.map((b) => b.map(([text, sep]) => text + sep).join(''));
}
