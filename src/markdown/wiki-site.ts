/** What the renderer knows of the wiki: its pages (for bestlink), where it lives upstream, and its templates. */

export interface WikiSite {
  /** Every wiki page id the site knows, such as `ports/xen/howto`: links resolve among these as ikiwiki's bestlink does. */
  pages: readonly string[];
  /** Pages this site builds, if fewer than `pages`; links to the others go upstream. Defaults to `pages`. */
  built?: readonly string[];
  /** The upstream wiki, such as `https://wiki.netbsd.org`. */
  upstream: string;
  /** Template name (`note`, `warning`...) → the wiki text of the page `templates/<name>`. */
  templates: ReadonlyMap<string, string>;
}
