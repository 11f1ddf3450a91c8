/**
 * Older revisions' views computed in the browser (issue 9): on a synthetic 1,000-line page of 300 revisions, the time
 * the worker's code takes for the worst annotate (the revision before the newest: every diff but one) and the worst
 * source view (the oldest: every delta applied), next to parsing and decoding the history file (what every view
 * starts with) measured in the same run; and the
 * bytes a prebuild of every older source view and annotate would write, next to the history file that replaces them.
 */
import { annotateAll } from '../src/diff/annotate.ts';
import { decodeHistory, encodeHistory } from '../src/history/history-file.ts';
import type { HistoryMeta } from '../src/schemas/record.ts';
import { annotateViewHtml } from '../src/source/annotate-view.ts';
import { olderView } from '../src/source/older-view.ts';
import { sourceTableHtml } from '../src/source/source-rows.ts';
import { gzipBytes, kb, timeMedian } from './stats.ts';
import { syntheticDate, syntheticRevisions } from './synthetic-history.ts';

const REVISIONS = Number(process.env.BENCH_OLDER_REVISIONS ?? 300);
const RUNS = 5;
const hosts = { wiki: 'https://wiki.netbsd.org', cvsweb: 'https://cvsweb.netbsd.org/bsdweb.cgi/wikisrc' };

export async function benchOlderViews(): Promise<void> {
  const page = 'ports/xen/howto';
  const texts = syntheticRevisions(REVISIONS);
  const meta: HistoryMeta[] = texts.map((_, i) => ({
    revision: `1.${i + 1}`, title: null, date: syntheticDate(i + 1).toISOString(), author: ['gdt', 'mspo', 'wiki'][i % 3]!,
    log: `revision ${i + 1} @ synthetic`, firstLine: 1, missing: [], state: 'present', headings: [],
  }));
  // What the browser receives: the history file as JSON, parsed again on each run as the worker does.
  const json = JSON.stringify(encodeHistory(page, meta, texts));
  const view = (kind: 'annotate' | 'source', index: number) => () => olderView({ kind, page, revision: meta[index]!.revision }, JSON.parse(json), hosts);

  // One warm-up run each, so the first figure does not carry the compilation of the shared code.
  const timed = (fn: () => unknown) => (fn(), timeMedian(RUNS, fn));
  const decodeMs = await timed(() => decodeHistory(JSON.parse(json)));
  const annotateMs = await timed(view('annotate', REVISIONS - 2));
  const sourceMs = await timed(view('source', 0));

  console.log(`\n## Older source views and annotate, computed in the browser (synthetic 1,000-line page, ${REVISIONS} revisions, median of ${RUNS})`);
  console.log(`parse and decode history.json (reference): ${decodeMs.toFixed(0)} ms`);
  console.log(`annotate of revision ${REVISIONS - 1} (worst case):    ${annotateMs.toFixed(0)} ms   (${(annotateMs / decodeMs).toFixed(1)}× the reference, ${(annotateMs / REVISIONS).toFixed(1)} ms per revision)`);
  console.log(`source view of revision 1 (worst case):    ${sourceMs.toFixed(0)} ms   (${(sourceMs / decodeMs).toFixed(1)}× the reference)`);

  // The content a full prebuild would write for the older revisions (tables only: each page adds its frame too).
  const all = annotateAll(texts.map((body, i) => ({ ...meta[i]!, body })));
  let raw = 0;
  let gzip = 0;
  for (let i = 0; i < REVISIONS - 1; i++) {
    const html = annotateViewHtml({ page, revisions: meta, index: i, lines: all[i]!, missing: [], state: 'present' }) + sourceTableHtml({ body: texts[i]!, firstLine: 1, missing: [] });
    raw += html.length;
    gzip += gzipBytes(html);
  }
  console.log(`older views a prebuild would write:        ${(raw / 2 ** 20).toFixed(1)} MB (${(gzip / 2 ** 20).toFixed(1)} MB gzipped), ${REVISIONS - 1} revisions × 2 pages`);
  console.log(`history.json that replaces them:           ${kb(json.length)} (${kb(gzipBytes(json))} gzipped), ${((raw / json.length)).toFixed(0)}× smaller`);
}

if (import.meta.main) await benchOlderViews();
