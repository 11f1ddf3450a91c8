/** The breadcrumb trail of a wiki page: the site's root, then every directory above the page, each with its listing. */
import { urls } from './urls.ts';

export interface Crumb {
  label: string;
  href: string;
}

/** `ports/xen/howto` → pages (`/`), ports (`/ports/`), xen (`/ports/xen/`); the page itself is the heading, not a crumb. */
export function breadcrumbs(pageId: string): Crumb[] {
  const dirs = pageId.split('/').slice(0, -1);
  return [
    { label: 'pages', href: urls.directory('') },
    ...dirs.map((label, i) => ({ label, href: urls.directory(dirs.slice(0, i + 1).join('/')) })),
  ];
}
