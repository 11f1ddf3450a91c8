/** `/<page>/diff/<from>..<to>.diff`: the plain unified diff of a prebuilt pair, as `cvs diff -u -p` prints it for the page, as bytes. */
import type { APIRoute } from 'astro';
import { diffPairPaths } from '../../../routes/paths.ts';
import { diffPatchOf, type DiffRoute } from '../../../routes/route-data.ts';

export const getStaticPaths = diffPairPaths;

// Bytes, not a string: diff -p's 40-byte context may end inside a UTF-8 character, and GNU keeps the partial bytes.
export const GET: APIRoute = ({ props }) =>
  new Response(diffPatchOf(props as DiffRoute), { headers: { 'Content-Type': 'text/x-diff; charset=utf-8' } });
