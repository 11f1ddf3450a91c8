/** On the 404 page: a diff URL of a pair that isn't prebuilt goes on to the page that computes it (which lists valid revisions). */
import { comparisonUrl } from '../diff/landing.ts';

const target = comparisonUrl(location.pathname);
if (target) location.replace(target + location.hash);
