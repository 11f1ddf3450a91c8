/** `/<page>/diff/<rev>.json`: what the browser needs of a revision to diff it, besides its source (`r/<rev>.mdwn`). */
import type { APIRoute } from 'astro';
import { revisionPaths } from '../../../utils/static-paths.ts';
import type { RevisionEntry } from '../../../utils/pages.ts';

export const getStaticPaths = revisionPaths;

export const GET: APIRoute = ({ props }) => {
  const { page, revision, date, author, log, firstLine, missing, headings, state } = (props as { entry: RevisionEntry }).entry.data;
  return Response.json({ page, revision, date, author, log, firstLine, missing, headings, state });
};
