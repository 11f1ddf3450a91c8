/**
 * Prepares one page: each revision rendered once, each adjacent pair diffed once, the newest
 * revision annotated, the history file written; every result kept in the content cache under the
 * hash of its inputs, so a rebuild computes only what is new.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { annotateNext, type AnnotatedLine } from '../diff/annotate.ts';
import { diffLines, type LineDiff } from '../diff/line-diff.ts';
import { splitLines } from '../diff/lines.ts';
import { buildDiffModel } from '../diff/model.ts';
import { diffLabel, excerptOffsets, patchOf } from '../diff/unified.ts';
import { encodeHistory } from '../history/history-file.ts';
import { fillMissingLines } from '../markdown/missing-lines.ts';
import { emptyFindings, type RenderFindings } from '../markdown/render-context.ts';
import type { RenderInput } from '../markdown/render.ts';
import type { HistoryMeta, RevisionOutline, RevisionRecord } from '../schemas/record.ts';
import type { Revision } from '../schemas/revision.ts';
import { headingAliases } from '../utils/heading-aliases.ts';
import { hashKey, type ContentCache } from './cache.ts';
import { batches } from '../utils/batches.ts';
import type { RenderPool } from './render-pool.ts';

export interface PrepareContext {
  cache: ContentCache;
  pool: Pick<RenderPool, 'lanes' | 'render' | 'renderedDiffs' | 'warm'>;
  /** Hash of the code and site settings every output depends on. */
  buildKey: string;
  /** What this build computed rather than found in the cache. */
  computed: { rendered: number; diffed: number; unchangedPages: number };
}

/** What rendering a revision takes: its markdown as parsed and its context (null: a revision removed, nothing to render). */
const renderInput = (r: Revision): RenderInput | null =>
  r.state === 'removed' ? null : { page: r.page, revision: r.revision, firstLine: r.firstLine, missing: r.missing, markdown: fillMissingLines(r.body, r.firstLine, r.missing) };

/**
 * Renders what the cache lacks (in parallel, each batch of revisions in order, into the cache): each revision's
 * findings, as soon as its batch is done. A batch also computes the view of each pair it renders both sides of
 * (`viewKeys[i]`: the view of revisions i - 1 and i) while it has their HTML: reading it back from the cache was 0.35 s
 * of each worker's 1.3 s of views in a profile of 300 revisions of a 1,000-line page (bench/RESULTS.md, round 10).
 */
function renderAll(inputs: ReadonlyArray<RenderInput | null>, htmlKeys: ReadonlyArray<string | null>, viewKeys: ReadonlyArray<string | null>, context: PrepareContext): Array<Promise<RenderFindings>> {
  const { cache, pool } = context;
  const out: Array<Promise<RenderFindings>> = [];
  const todo: number[] = [];
  inputs.forEach((input, i) => {
    if (input === null) out[i] = Promise.resolve(emptyFindings());
    else if (cache.has('findings', htmlKeys[i]!)) out[i] = Promise.resolve(cache.readJson<RenderFindings>('findings', htmlKeys[i]!));
    else todo.push(i);
  });
  const viewOf = (batch: number[], k: number): string | null => {
    const [i, key] = [batch[k]!, viewKeys[batch[k]!]];
    return k > 0 && batch[k - 1] === i - 1 && key && !cache.has('rendered', key) ? key : null;
  };
  for (const batch of batches(todo, lanesFor(todo.length, pool.lanes))) {
    const outputs = pool.render(batch.map((i) => inputs[i]!), batch.map((i) => htmlKeys[i]!), batch.map((_, k) => viewOf(batch, k)));
    batch.forEach((i, k) => {
      out[i] = outputs.then((found) => {
        context.computed.rendered++;
        return found[k]!;
      });
    });
  }
  return out;
}

/**
 * A page's work is split across lanes only when it is long enough to pay for a batch's first revision, which has
 * nothing kept to start from; short pages keep the workers busy side by side (prepare-site keeps several in flight).
 */
const SPLIT_FROM = 24;
/**
 * At most this many revisions (or pairs) a batch: what a batch holds (its texts, its HTML, their copies on either
 * side of the worker's message) stays small for the longest pages, for one more revision parsed whole per batch.
 */
const BATCH_MAX = 32;
const lanesFor = (items: number, lanes: number): number => Math.max(items >= SPLIT_FROM ? lanes : 1, Math.ceil(items / BATCH_MAX));

/** Runs of consecutive numbers in `sorted`. */
function runs(sorted: readonly number[]): number[][] {
  const out: number[][] = [];
  for (const n of sorted) {
    const run = out.at(-1);
    if (run && run.at(-1)! + 1 === n) run.push(n);
    else out.push([n]);
  }
  return out;
}

/** `revisions` are one page's, oldest first. */
export async function preparePage(revisions: readonly Revision[], context: PrepareContext): Promise<RevisionRecord[]> {
  const { cache, buildKey } = context;
  const page = revisions[0]!.page;
  const inputs = revisions.map(renderInput);
  const htmlKeys = inputs.map((input) => (input === null ? null : hashKey('render', buildKey, input)));
  // Pair i is revisions i - 1 and i; its view is kept under both revisions' HTML.
  const renderedKeyOf = revisions.map((_, i) => (i === 0 ? null : hashKey('rendered', buildKey, htmlKeys[i - 1], htmlKeys[i])));
  // Rendering starts first: the workers start up and render while this thread writes the bodies.
  const found = renderAll(inputs, htmlKeys, renderedKeyOf, context);
  // Awaited below, after work that gives way to the event loop: a failure meanwhile must not count as unhandled.
  found.forEach((f) => f.catch(() => {}));
  const bodyKeys = revisions.map((r) => {
    const key = hashKey('body', r.body);
    cache.write('body', key, r.body);
    return key;
  });
  const metaOf = (i: number, f: RenderFindings): HistoryMeta => {
    const r = revisions[i]!;
    return { revision: r.revision, title: f.title, date: r.date, author: r.author, log: r.log, firstLine: r.firstLine, missing: r.missing, state: r.state, headings: f.headings };
  };

  // Each adjacent pair is diffed at most once; the diff is kept for annotate and the history file.
  const diffs: Array<LineDiff | undefined> = [];
  const diffOf = (i: number): LineDiff => {
    if (diffs[i] === undefined) context.computed.diffed++;
    return (diffs[i] ??= diffLines(revisions[i]!.body, revisions[i + 1]!.body));
  };
  // Each pair as soon as both its revisions are rendered: this thread diffs while the workers render the rest, and
  // does not leave them idle after (its work on 300 revisions of a 1,000-line page is some 1.6 s).
  const pairsDone = Promise.all(revisions.map(async (r, i): Promise<{ diffKey: string | null; added: number; removed: number }> => {
    if (i === 0) return { diffKey: null, added: splitLines(r.body).lines.length, removed: 0 };
    const [before, after] = await Promise.all([found[i - 1]!, found[i]!]);
    const prev = revisions[i - 1]!;
    const key = hashKey('pair', buildKey, page, bodyKeys[i - 1], bodyKeys[i], metaOf(i - 1, before), metaOf(i, after));
    if (!cache.has('pairstat', key)) {
      const diff = diffOf(i - 1);
      const model = buildDiffModel({ ...prev, headings: before.headings }, { ...r, headings: after.headings }, diff);
      const patch = patchOf(diff, diffLabel(page, prev.revision, prev.date), diffLabel(page, r.revision, r.date), excerptOffsets(prev, r));
      cache.writeJson('diff', key, model);
      cache.write('patch', key, patch);
      cache.writeJson('pairstat', key, { added: model.added, removed: model.removed });
      // A worker that finished its batch waits for this thread to hand it the next one.
      await nextTurn();
    }
    return { diffKey: key, ...cache.readJson<{ added: number; removed: number }>('pairstat', key) };
  }));
  pairsDone.catch(() => {});
  const findings = await Promise.all(found);
  // The views no batch computed (a batch's first pair, pairs beside a revision found in the cache or removed), from
  // both revisions' HTML as rendered: the ids a section had in other revisions, which the pages add to its headings,
  // are no part of a view (it leaves ids out), so the workers start on them at once, while this thread matches
  // headings and diffs lines.
  const htmlFile = (i: number) => (htmlKeys[i] === null ? null : cache.path('html', htmlKeys[i]!));
  const missingPairs = renderedKeyOf.flatMap((key, i) => (key !== null && !cache.has('rendered', key) ? [i] : []));
  const renderedDone = Promise.all(
    batches(missingPairs, lanesFor(missingPairs.length, context.pool.lanes)).flatMap(runs).map((run) =>
      context.pool.renderedDiffs([run[0]! - 1, ...run].map(htmlFile), run.map((i) => renderedKeyOf[i]!)),
    ),
  );
  renderedDone.catch(() => {});

  const headings = findings.map((f) => f.headings);
  const present = revisions.map((r, i) => i).filter((i) => revisions[i]!.state !== 'removed');
  const aliases = new Map(headingAliases(present.map((i) => headings[i]!)).map((a, k) => [present[k]!, Object.fromEntries(a)]));
  const meta = findings.map((f, i) => metaOf(i, f));
  const pairs = await pairsDone;

  // Annotate is a chain: each revision's from the one before and their diff, so after a new commit
  // only the new step is computed, from the annotate the cache kept of the previous newest revision.
  const last = revisions.length - 1;
  const annotateKeys: string[] = [];
  revisions.forEach((r, i) => annotateKeys.push(hashKey('annotate', buildKey, annotateKeys[i - 1] ?? '', bodyKeys[i], r.revision, r.firstLine)));
  const annotateKey = annotateKeys[last]!;
  if (!cache.has('annotate', annotateKey)) {
    let from = last - 1;
    while (from >= 0 && !cache.has('annotate', annotateKeys[from]!)) from--;
    let lines = from < 0 ? [] : cache.readJson<AnnotatedLine[]>('annotate', annotateKeys[from]!);
    for (let k = from + 1; k <= last; k++) lines = annotateNext(lines, k === 0 ? diffLines('', revisions[0]!.body) : diffOf(k - 1), revisions, k);
    cache.writeJson('annotate', annotateKey, lines);
  }
  const historyKey = hashKey('history', buildKey, page, meta, bodyKeys);
  if (!cache.has('history', historyKey)) {
    cache.writeJson('history', historyKey, encodeHistory(page, meta, revisions.map((r) => r.body), revisions.slice(1).map((_, i) => diffs[i])));
  }

  const outlineKeys = revisions.map((_, i) => {
    const outline: RevisionOutline = { headings: headings[i]!, aliases: aliases.get(i) ?? {} };
    const key = hashKey('outline', outline);
    cache.writeJson('outline', key, outline);
    return key;
  });
  // Last: nothing above needs the views, and this thread's work would otherwise follow the workers' instead of
  // running beside it.
  await renderedDone;

  return revisions.map((r, i): RevisionRecord => {
    // The origin named the revision in the reading's messages; nothing after them needs it.
    const { body, origin, ...metadata } = r;
    return {
      ...metadata,
      ordinal: i + 1,
      title: findings[i]!.title,
      description: findings[i]!.description,
      metaAuthor: findings[i]!.author,
      metaDate: findings[i]!.date,
      hasToc: findings[i]!.toc !== null,
      tags: findings[i]!.tags,
      outlineKey: outlineKeys[i]!,
      lines: splitLines(body).lines.length,
      ...pairs[i]!,
      renderedKey: renderedKeyOf[i]!,
      bodyKey: bodyKeys[i]!,
      htmlKey: htmlKeys[i]!,
      annotateKey: i === last ? annotateKey : null,
      historyKey: i === last ? historyKey : null,
    };
  });
}
