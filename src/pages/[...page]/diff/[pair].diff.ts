/** `/<page>/diff/<from>..<to>.diff`: the plain unified diff of a prebuilt pair, exactly as `diff -u -p` prints it. */
import type { APIRoute } from 'astro';
import { diffPairPaths } from '../../../components/diff/paths.ts';
import { diffLabel, unifiedDiff } from '../../../diff/unified.ts';
import type { RevisionEntry, WikiPage } from '../../../utils/pages.ts';

export const getStaticPaths = diffPairPaths;

export const GET: APIRoute = ({ props }) => {
  const { page, from, to } = props as { page: WikiPage; from: RevisionEntry; to: RevisionEntry };
  const [a, b] = [from.data, to.data];
  const text = unifiedDiff(a.body, b.body, diffLabel(page.id, a.revision, a.date), diffLabel(page.id, b.revision, b.date));
  return new Response(text, { headers: { 'Content-Type': 'text/x-diff; charset=utf-8' } });
};
