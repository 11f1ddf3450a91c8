/** Shared by the browser specs that visit every page kind. */

/** One URL of every page kind the site builds. */
export const PAGE_KINDS = {
  'page list': '/',
  'page (newest)': '/ports/xen/howto/',
  'old revision': '/ports/xen/howto/r/1.51/',
  'source view': '/ports/xen/howto/r/1.52/source/',
  history: '/ports/xen/howto/history/',
  'diff (prebuilt)': '/ports/xen/howto/diff/1.51..1.52/',
  'diff (in the browser)': '/ports/xen/howto/diff/?from=1.52&to=1.51',
  annotate: '/ports/xen/howto/annotate/',
  'not found': '/ports/xen/no-such-page/',
} as const;
