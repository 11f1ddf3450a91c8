/** HTML::Template as ikiwiki uses it for wiki templates: TMPL_VAR (ESCAPE=HTML/URL), TMPL_IF/TMPL_UNLESS with TMPL_ELSE; names ignore case. */
import { escapeHtml } from '../../utils/ascii-html.ts';

const TAG = /<!--\s*(\/?)TMPL_(VAR|IF|UNLESS|ELSE|LOOP|INCLUDE)\b([^>]*?)\s*-->|<(\/?)TMPL_(VAR|IF|UNLESS|ELSE|LOOP|INCLUDE)\b([^>]*)>/gi;

interface Frame {
  /** Whether the enclosing branches print. */
  printing: boolean;
  /** Whether this IF's condition held (ELSE flips it). */
  holds: boolean;
  kind: 'IF' | 'UNLESS' | 'LOOP';
}

function attributes(raw: string): { name: string; escape: string | null; fallback: string | null } {
  const named = /\bNAME\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(raw);
  const escape = /\bESCAPE\s*=\s*["']?(\w+)/i.exec(raw)?.[1] ?? null;
  const fallback = /\bDEFAULT\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(raw);
  const bare = raw.replace(/\b(ESCAPE|DEFAULT)\s*=\s*("[^"]*"|'[^']*'|\S+)/gi, '').trim().replace(/^["']|["']$/g, '');
  const name = named ? (named[1] ?? named[2] ?? named[3]!) : bare;
  return { name: name.toLowerCase(), escape: escape?.toUpperCase() ?? null, fallback: fallback ? (fallback[1] ?? fallback[2]!) : null };
}

/** Fills `template` with `values` (keys lower-case); unknown tags print nothing, unbalanced ones are closed at the end. */
export function fillTemplate(template: string, values: ReadonlyMap<string, string>): string {
  const stack: Frame[] = [];
  const printing = () => stack.at(-1)?.printing ?? true;
  let out = '';
  let last = 0;
  for (const match of template.matchAll(TAG)) {
    if (printing()) out += template.slice(last, match.index);
    last = match.index + match[0].length;
    const close = (match[1] ?? match[4]) === '/';
    const kind = (match[2] ?? match[5]!).toUpperCase();
    const { name, escape, fallback } = attributes(match[3] ?? match[6] ?? '');
    const value = values.get(name) ?? '';
    if (kind === 'VAR') {
      if (!printing()) continue;
      const shown = value === '' && fallback !== null ? fallback : value;
      out += escape === 'HTML' ? escapeHtml(shown) : escape === 'URL' ? encodeURIComponent(shown) : shown;
    } else if (kind === 'ELSE') {
      const frame = stack.at(-1);
      if (frame && frame.kind !== 'LOOP') {
        const outer = stack.at(-2)?.printing ?? true;
        frame.printing = outer && !frame.holds;
      }
    } else if (kind === 'IF' || kind === 'UNLESS' || kind === 'LOOP') {
      if (close) { stack.pop(); continue; }
      const holds = kind === 'LOOP' ? false : (value !== '' && value !== '0') === (kind === 'IF');
      stack.push({ printing: printing() && holds, holds, kind });
    }
  }
  if (printing()) out += template.slice(last);
  return out;
}
