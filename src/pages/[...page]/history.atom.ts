/** `/<page>/history.atom`: the page's Atom feed, one entry per revision with its sections and a link to its diff. */
import type { APIRoute } from 'astro';
import { pageFeed } from '../../feeds/page-feed.ts';
import { pagePaths } from '../../routes/paths.ts';
import { feedItemsOf, type PageRoute } from '../../routes/route-data.ts';
import { siteUrl } from '../../site-config.ts';

export const getStaticPaths = pagePaths;

export const GET: APIRoute = ({ props }) => {
  const { page, title } = props as PageRoute;
  return new Response(pageFeed(page.id, title, feedItemsOf(page), siteUrl), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
