/** `/recent.atom`: the newest revisions across the wiki as an Atom feed. */
import type { APIRoute } from 'astro';
import { recentFeed } from '../feeds/page-feed.ts';
import { recentChangesOf } from '../routes/route-data.ts';
import { getWikiPages } from '../routes/wiki-pages.ts';
import { RECENT_LIMIT, siteUrl } from '../site-config.ts';

export const GET: APIRoute = async () =>
  new Response(recentFeed(recentChangesOf(await getWikiPages(), RECENT_LIMIT), siteUrl), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
