/**
 * One CSV line split as Text::CSV does with allow_loose_quotes (ikiwiki's table plugin): `"..."` fields
 * with `""` escapes, quotes inside unquoted fields kept; null where Text::CSV fails to parse the line
 * (an unterminated quoted field, anything but the delimiter after its closing quote), a line ikiwiki drops.
 */
export function splitCsvLine(line: string, delimiter: string): string[] | null {
  const fields: string[] = [];
  let at = 0;
  for (;;) {
    let field = '';
    if (line[at] === '"') {
      at++;
      for (;;) {
        const close = line.indexOf('"', at);
        if (close < 0) return null;
        field += line.slice(at, close);
        at = close + 1;
        if (line[at] === '"') { field += '"'; at++; continue; }
        break;
      }
      if (at < line.length && !line.startsWith(delimiter, at)) return null;
    } else {
      const next = line.indexOf(delimiter, at);
      field = line.slice(at, next < 0 ? line.length : next);
      at = next < 0 ? line.length : next;
    }
    fields.push(field);
    if (at >= line.length) return fields;
    at += delimiter.length;
  }
}
