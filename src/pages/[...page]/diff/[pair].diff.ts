/** `/<page>/diff/<from>..<to>.diff`: the plain unified diff of a prebuilt pair, as `cvs diff -u -p` prints it for the page, as bytes. */
import type { APIRoute } from 'astro';
import { diffLabel, excerptOffsets, unifiedPatch } from '../../../diff/unified.ts';
import { diffPairPaths } from '../../../routes/paths.ts';
import type { DiffRoute } from '../../../routes/route-data.ts';
import { revisionBody } from '../../../routes/wiki-pages.ts';

export const getStaticPaths = diffPairPaths;

export const GET: APIRoute = ({ props }) => {
  const { page, from, to } = props as DiffRoute;
  const [a, b] = [from.data, to.data];
  const labels = [diffLabel(page.id, a.revision, a.date), diffLabel(page.id, b.revision, b.date)] as const;
  // Bytes, not a string: diff -p's 40-byte context may end inside a UTF-8 character, and GNU keeps the partial bytes.
  const patch = unifiedPatch(revisionBody(from), revisionBody(to), ...labels, excerptOffsets(a, b));
  return new Response(patch, { headers: { 'Content-Type': 'text/x-diff; charset=utf-8' } });
};
