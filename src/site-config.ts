/** Site settings that come from the environment, read in one place. */
import { delimiter } from 'node:path';

/** Where links to wiki pages we don't have go. */
export const upstream = process.env.WIKI_UPSTREAM ?? 'https://wiki.netbsd.org';

/** The folders of hand-written revision files: `content`, or a list separated by the platform's path delimiter. */
export const contentDirs = (process.env.WIKI_CONTENT_DIR ?? 'content').split(delimiter).filter(Boolean);

/** Where computed results (rendered revisions, diffs, history files) are kept between builds. */
export const cacheDir = process.env.WIKI_CACHE_DIR ?? '.cache/wiki';
