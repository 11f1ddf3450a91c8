/** Matches a URL's path, percent-decoded, against a pattern; null when it doesn't match or doesn't decode. */
export function matchPath(pathname: string, pattern: RegExp): RegExpExecArray | null {
  try {
    return pattern.exec(decodeURIComponent(pathname));
  } catch {
    // A malformed escape (`%E0%A4%A`) is an address no page has.
    return null;
  }
}
