/** What the renderer knows of the wiki: its pages (for bestlink), where it lives upstream, and its templates. */

export interface WikiSite {
  /** Every wiki page id the site knows, such as `ports/xen/howto`: links resolve among these as ikiwiki's bestlink does. */
  pages: readonly string[];
  /** Pages this site builds, if fewer than `pages`; links to the others go upstream. Defaults to `pages`. */
  built?: readonly string[];
  /** The upstream wiki, such as `https://wiki.netbsd.org`. */
  upstream: string;
  /**
   * The wiki's files that are not pages (images, data files), by path such as `ports/xen/logo.png`, with
   * their text where a directive reads it (`[[!table file=...]]`), else null. Links resolve among them as
   * among pages and go to the upstream wiki, where they are served. Unset: the site does not know them.
   */
  files?: ReadonlyMap<string, string | null>;
  /** Template name (`note`, `warning`...) → the wiki text of the page `templates/<name>`. */
  templates: ReadonlyMap<string, string>;
}
