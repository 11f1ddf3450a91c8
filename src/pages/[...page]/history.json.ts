/** `/<page>/history.json`: the page's compact history (newest text, line deltas back, each revision's metadata) for the browser. */
import type { APIRoute } from 'astro';
import { pagePaths } from '../../routes/paths.ts';
import { historyFileOf, type PageRoute } from '../../routes/route-data.ts';

export const getStaticPaths = pagePaths;

export const GET: APIRoute = ({ props }) =>
  new Response(historyFileOf(props as PageRoute), { headers: { 'Content-Type': 'application/json' } });
