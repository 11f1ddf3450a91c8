/** `/<page>/diff/<from>..<to>.diff`: the plain unified diff of a prebuilt pair, exactly as `diff -u -p` prints it. */
import type { APIRoute } from 'astro';
import { diffLabel, unifiedDiff } from '../../../diff/unified.ts';
import { diffPairPaths } from '../../../routes/paths.ts';
import type { DiffRoute } from '../../../routes/route-data.ts';
import { revisionBody } from '../../../routes/wiki-pages.ts';

export const getStaticPaths = diffPairPaths;

export const GET: APIRoute = ({ props }) => {
  const { page, from, to } = props as DiffRoute;
  const [a, b] = [from.data, to.data];
  const text = unifiedDiff(revisionBody(from), revisionBody(to), diffLabel(page.id, a.revision, a.date), diffLabel(page.id, b.revision, b.date));
  return new Response(text, { headers: { 'Content-Type': 'text/x-diff; charset=utf-8' } });
};
