/** `/<page>/r/<rev>.mdwn`: the revision's wiki source as stored, `[[!missing]]` markers included. */
import type { APIRoute } from 'astro';
import { revisionPaths } from '../../../routes/paths.ts';
import type { RevisionRoute } from '../../../routes/route-data.ts';
import { revisionBody } from '../../../routes/wiki-pages.ts';

export const getStaticPaths = revisionPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(revisionBody((props as RevisionRoute).entry), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
