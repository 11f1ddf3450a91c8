/** getStaticPaths of every route: params, and the route's data as props. */
import { buildFilter } from '../build/build-filter.ts';
import { pageUnit, pairUnit, revisionUnit } from '../build/build-units.ts';
import { pairName, prebuiltPairs } from '../diff/pairs.ts';
import { directoryNodes } from '../tree/page-tree.ts';
import { diffRoute, pageRoute, revisionRoute, siteTree, type DirectoryRoute } from './route-data.ts';
import { getWikiPages } from './wiki-pages.ts';

/** In an incremental build, only the units whose inputs changed are built (the build links the others' files). */
const builds = buildFilter(process.env.WIKI_BUILD_ONLY);

/** One path per page: `{ page: 'ports/xen/howto' }`. */
export async function pagePaths() {
  return (await getWikiPages()).filter((page) => builds(pageUnit(page.id))).map((page) => ({ params: { page: page.id }, props: pageRoute(page) }));
}

/** One path per page, for its newest revision. */
export async function newestRevisionPaths() {
  return (await getWikiPages()).filter((page) => builds(pageUnit(page.id))).map((page) => ({ params: { page: page.id }, props: revisionRoute(page, page.revisions.length - 1) }));
}

/** One path per page for its newest revision, and one per folder no page stands at, for its listing. */
export async function pageOrDirectoryPaths() {
  const pages = await getWikiPages();
  const tree = siteTree(pages);
  const directories = directoryNodes(tree.root).map((directory) => ({
    params: { page: directory.path },
    props: { directory, pages: tree.pages } satisfies DirectoryRoute as DirectoryRoute,
  }));
  return [...(await newestRevisionPaths()), ...directories];
}

/** One path per revision of every page. */
export async function revisionPaths() {
  return (await getWikiPages()).flatMap((page) =>
    page.revisions.flatMap((entry, index) =>
      builds(revisionUnit(page.id, entry.data.revision)) ? [{ params: { page: page.id, rev: entry.data.revision }, props: revisionRoute(page, index) }] : [],
    ),
  );
}

/**
 * One path per page at its newest revision's number (`/<page>/r/<newest>/source/`): older revisions' source views
 * are computed in the browser from the page's history file, so only the newest is prebuilt.
 */
export async function newestSourcePaths() {
  return (await getWikiPages()).flatMap((page) => {
    const index = page.revisions.length - 1;
    const rev = page.revisions[index]!.data.revision;
    return builds(revisionUnit(page.id, rev)) ? [{ params: { page: page.id, rev }, props: revisionRoute(page, index) }] : [];
  });
}

/** One path per prebuilt pair of revisions. */
export async function diffPairPaths() {
  return (await getWikiPages()).flatMap((page) => {
    const byName = new Map(page.revisions.map((r) => [r.data.revision, r]));
    return prebuiltPairs([...byName.keys()]).filter(([from, to]) => builds(pairUnit(page.id, from, to))).map(([from, to]) => ({
      params: { page: page.id, pair: pairName(from, to) },
      props: diffRoute(page, byName.get(from)!, byName.get(to)!),
    }));
  });
}
