/** Fetches a page's history file and computes an older revision's view from it: the worker's job, or the page's if no worker. */
import type { HistoryFile } from '../history/history-file.ts';
import type { HistoryMeta } from '../schemas/record.ts';
import type { OlderViewRequest } from '../source/landing.ts';
import { olderView, type OlderView } from '../source/older-view.ts';
import type { UpstreamHosts } from '../upstream/links.ts';
import { urls } from '../utils/urls.ts';

export interface OlderViewJob {
  request: OlderViewRequest;
  hosts: UpstreamHosts;
}

/** The view; rejects with a message naming the address when the page has no history file or no such revision. */
export async function computeOlderView({ request, hosts }: OlderViewJob): Promise<OlderView> {
  const url = urls.historyFile(request.page);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return olderView(request, (await response.json()) as HistoryFile<HistoryMeta>, hosts);
}
