/** The URLs a diff page links to, from the site's URL scheme. */
import { urls } from '../utils/urls.ts';
import type { RenderLinks } from './render.ts';

/** `/ports/xen/howto/diff/1.51..1.52.diff`: the plain unified diff of a pair. */
export const diffFileUrl = urls.diffFile;

/** `/ports/xen/howto/diff/1.51.json`: what the browser needs of a revision besides its source. */
export const revisionDataUrl = (page: string, revision: string): string => `${urls.page(page)}diff/${revision}.json`;

export function diffLinks(page: string): RenderLinks {
  return {
    revision: (revision, slug) => `${urls.revision(page, revision)}${slug ? `#${slug}` : ''}`,
    diff: (from, to) => urls.diff(page, from, to),
    diffFile: (from, to) => diffFileUrl(page, from, to),
    raw: (revision) => urls.raw(page, revision),
    history: () => urls.history(page),
  };
}
