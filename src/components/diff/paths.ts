/** getStaticPaths for the prebuilt diffs: adjacent pairs and each revision against the newest. */
import { pairName, prebuiltPairs } from '../../diff/pairs.ts';
import { getWikiPages } from '../../utils/pages.ts';

export async function diffPairPaths() {
  return (await getWikiPages()).flatMap((page) => {
    const byName = new Map(page.revisions.map((r) => [r.data.revision, r]));
    return prebuiltPairs([...byName.keys()]).map(([from, to]) => ({
      params: { page: page.id, pair: pairName(from, to) },
      props: { page, from: byName.get(from)!, to: byName.get(to)! },
    }));
  });
}
