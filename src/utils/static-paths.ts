/** getStaticPaths helpers shared by the page routes. */
import { getWikiPages, type RevisionEntry, type WikiPage } from './pages.ts';

/** One path per page: `{ page: 'ports/xen/howto' }`. */
export async function pagePaths() {
  return (await getWikiPages()).map((page) => ({ params: { page: page.id }, props: { page } }));
}

/** One path per revision of every page. */
export async function revisionPaths() {
  return (await getWikiPages()).flatMap((page: WikiPage) =>
    page.revisions.map((entry: RevisionEntry) => ({ params: { page: page.id, rev: entry.data.revision }, props: { page, entry } })),
  );
}
