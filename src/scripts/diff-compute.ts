/** Fetches two revisions (source and metadata) and builds their DiffModel: the worker's job, or the page's if no worker. */
import { revisionDataUrl } from '../diff/links.ts';
import { buildDiffModel, type DiffSource } from '../diff/model.ts';
import type { DiffModel } from '../diff/types.ts';
import { urls } from '../utils/urls.ts';

export interface CompareRequest {
  page: string;
  from: string;
  to: string;
}

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return response;
}

/** A revision as the model builder wants it: metadata from `diff/<rev>.json`, text from `r/<rev>.mdwn`. */
async function source(page: string, revision: string): Promise<DiffSource> {
  const [meta, body] = await Promise.all([
    fetchOk(revisionDataUrl(page, revision)).then((r) => r.json() as Promise<Omit<DiffSource, 'body'>>),
    fetchOk(urls.raw(page, revision)).then((r) => r.text()),
  ]);
  return { ...meta, body };
}

export async function computeModel({ page, from, to }: CompareRequest): Promise<DiffModel> {
  const [a, b] = await Promise.all([source(page, from), source(page, to)]);
  return buildDiffModel(a, b);
}
