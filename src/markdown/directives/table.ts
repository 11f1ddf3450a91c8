/** `[[!table data="""...""" or file=PATH format=dsv|csv header=row|column|no class=...]]` as IkiWiki::Plugin::table builds it. */
import { escapeHtml } from '../../utils/ascii-html.ts';
import { errorBox, html, param, type DirectiveContext, type DirectiveHandler } from './context.ts';
import { splitCsvLine } from './csv.ts';
import { scanWikiSyntax } from './syntax.ts';
import { resolveWikiLink } from '../wiki-links.ts';

// Wikilinks are resolved before the rows are split (ikiwiki linkifies first), so a `|` inside one splits nothing.
const HIDE = (i: number) => `\uE003${i}\uE004`;
const HIDDEN = /\uE003(\d+)\uE004/g;

function hideLinks(data: string): { data: string; links: string[] } {
  const links: string[] = [];
  let out = '';
  let last = 0;
  for (const token of scanWikiSyntax(data)) {
    if (token.kind !== 'link') continue;
    out += data.slice(last, token.start) + HIDE(links.length);
    links.push(data.slice(token.start, token.end));
    last = token.end;
  }
  return { data: out + data.slice(last), links };
}

const YES = /^(yes|on|1|true)$/i;

/** ikiwiki puts a link to the data file after a table read from one. */
function downloadLink(file: string, context: DirectiveContext): string {
  const link = resolveWikiLink({ text: 'Direct data download', target: file, anchor: null }, context.page, context.index);
  return link.kind === 'link' ? `<p><a href="${escapeHtml(link.href)}">Direct data download</a></p>` : '<p>Direct data download</p>';
}

/**
 * `file=`: the text of that file of the wiki, named from the wiki's root as ikiwiki's table plugin
 * looks it up (in %pagesources, no bestlink); data= is then ignored, as there.
 */
function readFile(file: string, context: DirectiveContext): string | { problem: string } {
  const text = context.index.site.files?.get(file);
  if (typeof text === 'string') return text;
  if (text === null || context.index.exact.has(file)) return { problem: `cannot read file “${file}” here` };
  return { problem: `cannot find file “${file}”` };
}

export const table: DirectiveHandler = (params, context) => {
  const fail = (problem: string) => errorBox('table', context.line, problem);
  const file = param(params, 'file');
  const source = file === undefined ? param(params, 'data') : readFile(file, context);
  if (typeof source === 'object') return fail(source.problem);
  if (source === undefined) return fail('no data');
  let format = (param(params, 'format') ?? 'auto').toLowerCase();
  if (format === 'auto') format = /.+\|/.test(source.split('\n')[0] ?? '') ? 'dsv' : 'csv';
  if (format !== 'dsv' && format !== 'csv') return fail('unknown data format');
  const header = (param(params, 'header') ?? 'row').toLowerCase();
  const delimiter = param(params, 'delimiter') ?? (format === 'csv' ? ',' : '|');
  const { data, links } = hideLinks(source);
  // A CSV line Text::CSV cannot parse is left out, as ikiwiki leaves it out.
  const rows = data.split('\n').flatMap((line) => {
    const cells = format === 'csv' ? splitCsvLine(line, delimiter) : line.split(delimiter);
    return cells ? [cells.map((cell) => cell.replace(HIDDEN, (_, i: string) => links[Number(i)]!))] : [];
  });
  // Perl's split drops a trailing empty line.
  if (rows.length > 0 && rows.at(-1)!.join('') === '' && data.endsWith('\n')) rows.pop();
  const head = header === 'row' || YES.test(header) ? rows.shift() : undefined;
  if (rows.length === 0) return fail('empty data');
  const cell = (text: string) => context.html(text, context.depth + 1);
  const row = (cells: readonly string[], tag: 'th' | 'td'): string => {
    const out: string[] = [];
    for (let x = 0; x < cells.length; x++) {
      const content = cell(cells[x]!);
      let span = 1;
      while (x + 1 < cells.length && cells[x + 1] === '') { x++; span++; }
      const name = x === 0 && header === 'column' ? 'th' : tag;
      out.push(`<${name}${span > 1 ? ` colspan="${span}"` : ''}>${content}</${name}>`);
    }
    return `<tr>${out.join('')}</tr>`;
  };
  const className = param(params, 'class');
  const parts = [className === undefined ? '<table>' : `<table class="${escapeHtml(className)}">`];
  if (head) parts.push(`<thead>${row(head, 'th')}</thead><tbody>`);
  for (const r of rows) parts.push(row(r, 'td'));
  if (head) parts.push('</tbody>');
  parts.push('</table>');
  if (file !== undefined) parts.push(`\n${downloadLink(file, context)}`);
  return html(parts.join('\n'));
};
