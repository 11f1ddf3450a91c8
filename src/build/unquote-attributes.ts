/**
 * Writes a built page's attribute values without quotes where HTML allows it (`class=note`, `href=/ports/`): the same
 * page to every parser, some 50 bytes lighter gzipped on a reading page, where the frame's classes, links and labels
 * are most of the markup. Values with white space, quotes, `=`, `<`, `>` or a backtick keep their quotes, as does
 * one followed by `/` (it would run into the value); the text of scripts, styles and comments is left alone.
 */

/** A value HTML's unquoted attribute-value state reads back unchanged. */
const BARE = /^[^\s"'=<>`]+$/;

/** One start tag's attributes with the values that may go bare unquoted. */
function unquoteTag(attributes: string): string {
  return attributes.replace(/="([^"]*)"(\/?)/g, (whole, value: string, slash: string) =>
    BARE.test(value) && slash === '' ? `=${value}` : whole);
}

export function unquoteAttributes(html: string): string {
  // A comment, a start tag (its attributes, quoted values may hold ">"), or an end tag.
  const token = /<!--[\s\S]*?-->|<([a-z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<\/[a-z][^>]*>/giy;
  let out = '';
  let at = 0;
  while (at < html.length) {
    const next = html.indexOf('<', at);
    if (next < 0) break;
    token.lastIndex = next;
    const match = token.exec(html);
    if (!match) {
      out += html.slice(at, next + 1);
      at = next + 1;
      continue;
    }
    const [whole, name, attributes] = match;
    out += html.slice(at, next) + (name === undefined ? whole : `<${name}${unquoteTag(attributes ?? '')}>`);
    at = token.lastIndex;
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
  return out + html.slice(at);
}
