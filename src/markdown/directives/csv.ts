/** One CSV line split as Text::CSV does with allow_loose_quotes: `"..."` fields with `""` escapes, loose quotes kept. */
export function splitCsvLine(line: string, delimiter: string): string[] {
  const fields: string[] = [];
  let at = 0;
  for (;;) {
    let field = '';
    if (line[at] === '"') {
      at++;
      for (;;) {
        const close = line.indexOf('"', at);
        if (close < 0) { field += line.slice(at); at = line.length; break; }
        field += line.slice(at, close);
        at = close + 1;
        if (line[at] === '"') { field += '"'; at++; continue; }
        break;
      }
      // Anything between the closing quote and the delimiter belongs to the field (loose quotes).
      const next = line.indexOf(delimiter, at);
      field += line.slice(at, next < 0 ? line.length : next);
      at = next < 0 ? line.length : next;
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
