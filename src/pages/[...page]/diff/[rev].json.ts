/** `/<page>/diff/<rev>.json`: what the browser needs of a revision to diff it, besides its source (`r/<rev>.mdwn`). */
import type { APIRoute } from 'astro';
import { revisionPaths } from '../../../routes/paths.ts';
import type { RevisionRoute } from '../../../routes/route-data.ts';

export const getStaticPaths = revisionPaths;

export const GET: APIRoute = ({ props }) => {
  const { page, revision, date, author, log, firstLine, missing, headings, state } = (props as RevisionRoute).entry.data;
  return Response.json({ page, revision, date, author, log, firstLine, missing, headings, state });
};
