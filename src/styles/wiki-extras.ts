/** Whether a rendered revision needs wiki-extras.css: it has a table, an image, or one of ikiwiki's boxes. */
const EXTRAS = /<(?:table|img)\b|\bclass="(?:[^"]*\s)?(?:wiki-error|wiki-directive|notebox|balloon)[\s"]/;

export function needsWikiExtras(html: string): boolean {
  return EXTRAS.test(html);
}
