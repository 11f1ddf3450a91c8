/** Wiki page ids (`ports/xen/howto`) and the source files they live in (`ports/xen/howto.mdwn`). */

/** The page id for a user-given page: slashes trimmed, `.mdwn` dropped; rejects `..` and absolute tricks. */
export function normalizePage(input: string): string {
  const page = input.trim().replace(/^\/+|\/+$/g, '').replace(/\.mdwn$/, '');
  if (page === '' || page.split('/').some((part) => part === '' || part === '.' || part === '..')) {
    throw new Error(`invalid wiki page ${JSON.stringify(input)}: expected a path like ports/xen/howto`);
  }
  return page;
}

/** The markdown source of a page, relative to the wiki root. */
export function pageFile(page: string): string {
  return `${page}.mdwn`;
}
