/** Adds, inside each rendered heading, empty anchors with the ids its section had in other revisions. */

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `aliases` maps a heading id to its other ids. Works on the site's own rendered HTML, where a
 * heading's id is the first attribute rehype-heading-ids gives it and appears once per page.
 */
export function insertHeadingAliases(html: string, aliases: Record<string, readonly string[]>): string {
  let out = html;
  for (const [slug, others] of Object.entries(aliases)) {
    if (others.length === 0) continue;
    const spans = others.map((id) => `<span id="${escapeAttr(id)}" class="heading-alias"></span>`).join('');
    out = out.replace(new RegExp(`(<h[1-6] id="${escapeRegExp(escapeAttr(slug))}"[^>]*>)`), `$1${spans}`);
  }
  return out;
}
