/** The source view's table as HTML: numbered lines, `#L<n>` anchors; the build's page and the browser's computed view both use it. */
import { escapeHtml } from '../utils/ascii-html.ts';
import type { MissingLine } from '../schemas/revision.ts';
import { sourceLines } from '../utils/excerpt.ts';

/** What the source table needs of a revision. */
export interface SourceInput {
  body: string;
  firstLine: number;
  missing: readonly MissingLine[];
}

/** The numbered source lines of a revision, each line's number a link to itself. */
export function sourceTableHtml({ body, firstLine, missing }: SourceInput): string {
  const what = new Map(missing.map((m) => [m.line, m.what]));
  const rows = sourceLines(body, firstLine).map((line) => {
    const n = line.number;
    const text = line.missing
      ? `<td class="missing">[text missing: ${escapeHtml(what.get(n) ?? 'not in our source')}]</td>`
      : `<td>${escapeHtml(line.text)}</td>`;
    return `<tr id="L${n}"><td class="ln"><a href="#L${n}" aria-label="Line ${n}">${n}</a></td>${text}</tr>`;
  });
  return `<div class="table-scroll"><table class="source" aria-label="Source lines"><tbody>${rows.join('')}</tbody></table></div>`;
}
