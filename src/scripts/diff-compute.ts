/** Fetches two revisions (source and metadata) and builds their DiffModel: the worker's job, or the page's if no worker. */
import { revisionDataUrl } from '../diff/links.ts';
import { diffLines } from '../diff/line-diff.ts';
import { buildDiffModel, type DiffSource } from '../diff/model.ts';
import type { RenderedBlock } from '../diff/rendered.ts';
import type { DiffModel } from '../diff/types.ts';
import { diffLabel, excerptOffsets, patchOf } from '../diff/unified.ts';
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

/** A revision's rendered HTML: the article of its page, `/<page>/r/<rev>/` (the HTML parser loads only when needed). */
async function rendered(page: string, revision: string): Promise<string> {
  const [{ articleHtml }, response] = await Promise.all([import('../diff/article.ts'), fetchOk(urls.revision(page, revision))]);
  const html = articleHtml(await response.text());
  if (html === null) throw new Error(`${urls.revision(page, revision)}: no article`);
  return html;
}

/** The rendered view of a pair, from the two revisions' pages. */
export async function compareRendered({ page, from, to }: CompareRequest): Promise<RenderedBlock[]> {
  const [{ renderedDiff }, a, b] = await Promise.all([import('../diff/rendered.ts'), rendered(page, from), rendered(page, to)]);
  return renderedDiff(a, b);
}

export interface Comparison {
  model: DiffModel;
  /** The plain unified diff as bytes, as the prebuilt `.diff` files have it (empty when equal). */
  patch: Uint8Array<ArrayBuffer>;
}

export async function compareRevisions({ page, from, to }: CompareRequest): Promise<Comparison> {
  const [a, b] = await Promise.all([source(page, from), source(page, to)]);
  const diff = diffLines(a.body, b.body);
  const patch = patchOf(diff, diffLabel(page, a.revision, a.date), diffLabel(page, b.revision, b.date), excerptOffsets(a, b));
  return { model: buildDiffModel(a, b, diff), patch };
}
