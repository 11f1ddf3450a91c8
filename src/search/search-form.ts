/** The plain search form's target, from a configured URL: its query parameters become hidden fields. */

export interface SearchFormTarget {
  action: string;
  hidden: Array<[name: string, value: string]>;
  /** The name of the field that carries the words. */
  field: string;
}

/** `https://www.google.com/search?sitesearch=wiki.netbsd.org` → action without the query, `sitesearch` hidden, words as `q`. */
export function searchFormTarget(url: string, field = 'q'): SearchFormTarget {
  const parsed = new URL(url);
  const hidden = [...parsed.searchParams].filter(([name]) => name !== field);
  parsed.search = '';
  parsed.hash = '';
  return { action: parsed.href, hidden, field };
}
