/** `/<page>/diff/<from>..<to>.diff`: the plain unified diff of a prebuilt pair, exactly as `diff -u -p` prints it. */
import type { APIRoute } from 'astro';
import { diffPairPaths } from '../../../routes/paths.ts';
import { diffPatchOf, type DiffRoute } from '../../../routes/route-data.ts';

export const getStaticPaths = diffPairPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(diffPatchOf(props as DiffRoute), { headers: { 'Content-Type': 'text/x-diff; charset=utf-8' } });
