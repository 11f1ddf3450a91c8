/**
 * Writes a built page as HTML lets it be written shorter, to the same document for every parser: attribute values
 * without quotes (`class=note`, `href=/ports/`), and end tags the parser implies (`</li>` before the next item or the
 * end of its list, `</option>` likewise, `</body></html>` at the end). Some 70 bytes lighter gzipped on a reading
 * page, where the frame's lists, classes, links and labels are most of the markup. Values with white space, quotes,
 * `=`, `<`, `>` or a backtick keep their quotes, as does one followed by `/` (it would run into the value); the text
 * of scripts, styles and comments is left alone. Reads the page's bytes one character each (finish-html.ts), so
 * white space is HTML's, ASCII only: a byte of another character is part of a value.
 */

/** A value HTML's unquoted attribute-value state reads back unchanged. */
const BARE = /^[^\t\n\f\r "'=<>`]+$/;

/** One start tag's attributes with the values that may go bare unquoted (a single-quoted value is passed over whole). */
function unquoteTag(attributes: string): string {
  return attributes.replace(/=(?:"([^"]*)"|'[^']*')(\/?)/g, (whole, value: string | undefined, slash: string) =>
    value !== undefined && BARE.test(value) && slash === '' ? `=${value}` : whole);
}

/** End tags the parser implies when the next thing is one of these (HTML's optional-tags rules, their simplest cases). */
const IMPLIED: Record<string, RegExp> = {
  li: /^(<li\b|<\/ul>|<\/ol>|<\/menu>)/i,
  option: /^(<option\b|<optgroup\b|<\/select>|<\/optgroup>)/i,
};

export function compactHtml(html: string): string {
  // A comment, a start tag (its attributes, quoted values may hold ">"), or an end tag.
  const token = /<!--[\s\S]*?-->|<([a-z][^\t\n\f\r />]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<\/([a-z][^\t\n\f\r >]*)[\t\n\f\r ]*>/giy;
  let out = '';
  let at = 0;
  while (at < html.length) {
    const next = html.indexOf('<', at);
    if (next < 0) break;
    out += html.slice(at, next);
    token.lastIndex = next;
    const match = token.exec(html);
    if (!match) {
      out += '<';
      at = next + 1;
      continue;
    }
    const [whole, name, attributes, closing] = match;
    at = token.lastIndex;
    if (closing !== undefined) {
      const rule = IMPLIED[closing.toLowerCase()];
      if (!rule?.test(html.slice(at, at + 12))) out += whole;
      continue;
    }
    out += name === undefined ? whole : `<${name}${unquoteTag(attributes ?? '')}>`;
    const raw = name?.toLowerCase();
    if (raw === 'script' || raw === 'style') {
      // Raw text up to its end tag, as the parser reads it.
      const close = new RegExp(`</${raw}`, 'ig');
      close.lastIndex = at;
      const stop = close.exec(html)?.index ?? html.length;
      out += html.slice(at, stop);
      at = stop;
    }
  }
  // The end of the document closes body and html.
  return (out + html.slice(at)).replace(/<\/body>[\t\n\f\r ]*<\/html>[\t\n\f\r ]*$/i, '');
}
