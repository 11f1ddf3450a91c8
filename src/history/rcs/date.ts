/** RCS dates (`99.01.12.14.05.31`, `2014.12.26.23.36.34`, always UTC) to ISO 8601. */

const DATE = /^([0-9]{2}|[0-9]{4})\.([0-9]{2})\.([0-9]{2})\.([0-9]{2})\.([0-9]{2})\.([0-9]{2})$/;

/** The ISO form (`2014-12-26T23:36:34Z`), or null if `value` is not a valid RCS date. */
export function rcsDateToIso(value: string): string | null {
  const m = DATE.exec(value);
  if (!m) return null;
  // rcsfile(5): two-digit years are 19YY; RCS switched to four digits from 2000 on.
  const year = m[1]!.length === 2 ? 1900 + Number(m[1]) : Number(m[1]);
  const [mo, d, h, mi, s] = [m[2], m[3], m[4], m[5], m[6]].map(Number) as [number, number, number, number, number];
  const ms = Date.UTC(year, mo - 1, d, h, mi, s);
  const date = new Date(ms);
  // Reject 2014.02.30 and the like instead of letting Date roll them over.
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || h > 23 || mi > 59 || s > 60) return null;
  return isoSeconds(date);
}

/** `2014-12-26T23:36:34Z`: ISO 8601 UTC without milliseconds. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
