/** The public URL scheme; pages link only through these, so it stays stable in one place. */
const base = (page: string) => `/${page}/`;

export const urls = {
  page: base,
  revision: (page: string, rev: string) => `${base(page)}r/${rev}/`,
  raw: (page: string, rev: string) => `${base(page)}r/${rev}.mdwn`,
  source: (page: string, rev: string) => `${base(page)}r/${rev}/source/`,
  history: (page: string) => `${base(page)}history/`,
  /** The page's compact history (newest text, deltas back, metadata), for the browser. */
  historyFile: (page: string) => `${base(page)}history.json`,
  diff: (page: string, from: string, to: string) => `${base(page)}diff/${from}..${to}/`,
  diffFile: (page: string, from: string, to: string) => `${base(page)}diff/${from}..${to}.diff`,
  compare: (page: string) => `${base(page)}diff/`,
  annotate: (page: string, rev?: string) => `${base(page)}annotate/${rev ? `${rev}/` : ''}`,
  /** The page's Atom feed: one entry per revision. */
  feed: (page: string) => `${base(page)}history.atom`,
  /** The history of every section of the newest revision; `#<slug>` picks one. */
  sections: (page: string, slug?: string) => `${base(page)}sections/${slug ? `#${slug}` : ''}`,
  /** A folder of the wiki that is not itself a page: the pages under it. */
  directory: (path: string) => (path ? base(path) : '/'),
  recent: () => '/recent/',
  recentFeed: () => '/recent.atom',
  search: () => '/search/',
};
