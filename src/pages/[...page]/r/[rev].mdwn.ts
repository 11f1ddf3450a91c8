/** `/<page>/r/<rev>.mdwn`: the revision's wiki source as stored, `[[!missing]]` markers included. */
import type { APIRoute } from 'astro';
import type { RevisionEntry } from '../../../utils/pages.ts';
import { revisionPaths } from '../../../utils/static-paths.ts';

export const getStaticPaths = revisionPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { entry: RevisionEntry }).entry.data.body, {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
