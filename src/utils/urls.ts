/** The public URL scheme; pages link only through these, so it stays stable in one place. */
const base = (page: string) => `/${page}/`;

export const urls = {
  page: base,
  revision: (page: string, rev: string) => `${base(page)}r/${rev}/`,
  raw: (page: string, rev: string) => `${base(page)}r/${rev}.mdwn`,
  source: (page: string, rev: string) => `${base(page)}r/${rev}/source/`,
  history: (page: string) => `${base(page)}history/`,
  diff: (page: string, from: string, to: string) => `${base(page)}diff/${from}..${to}/`,
  diffFile: (page: string, from: string, to: string) => `${base(page)}diff/${from}..${to}.diff`,
  compare: (page: string) => `${base(page)}diff/`,
  annotate: (page: string, rev?: string) => `${base(page)}annotate/${rev ? `${rev}/` : ''}`,
  /** The listing of a wiki directory, such as `ports/xen`; the empty path is the site's root. */
  directory: (path: string) => (path ? base(path) : '/'),
};
