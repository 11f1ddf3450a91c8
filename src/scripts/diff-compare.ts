/** The compare page: reads ?from=&to=, checks them, sends prebuilt pairs to their page, computes the rest in a worker. */
import { diffLinks } from '../diff/links.ts';
import { neighbourDiffs, pairName } from '../diff/pairs.ts';
import { renderDiff, renderPairHeader } from '../diff/render.ts';
import { renderRenderedView } from '../diff/render-rendered.ts';
import type { RenderedBlock } from '../diff/rendered.ts';
import { escapeHtml } from '../utils/ascii-html.ts';
import type { CompareRequest, Comparison } from './diff-compute.ts';
import { install as installLines, setUpLines } from './diff-lines.ts';
import { revealTarget } from './diff-view.ts';
import { inWorker } from './in-worker.ts';

interface PageData {
  page: string;
  title: string;
  revisions: string[];
  prebuilt: string[];
}

const data = JSON.parse(document.getElementById('diff-data')!.textContent!) as PageData;
const message = document.getElementById('dmsg')!;
const links = diffLinks(data.page);

const say = (html: string) => (message.innerHTML = html);

const compute = (request: CompareRequest) =>
  inWorker({ kind: 'compare', request }, (d): d is Comparison => 'model' in d, () => import('./diff-compute.ts').then((m) => m.compareRevisions(request)));

const computeRendered = (request: CompareRequest) =>
  inWorker({ kind: 'rendered', request }, (d): d is { rendered: RenderedBlock[] } => 'rendered' in d, () =>
    import('./diff-compute.ts').then(async (m) => ({ rendered: await m.compareRendered(request) })),
  );

let linesInstalled = false;

function show({ model, patch }: Comparison): void {
  const around = neighbourDiffs(data.revisions, model.from.revision, model.to.revision);
  document.getElementById('dhead')!.innerHTML = renderPairHeader(model, links, around);
  // Pairs that are not prebuilt have no .diff file: offer the one computed here.
  const download = document.querySelector<HTMLAnchorElement>('#dhead a[download]');
  if (download && !data.prebuilt.includes(pairName(model.from.revision, model.to.revision))) {
    download.href = URL.createObjectURL(new Blob([patch], { type: 'text/x-diff' }));
    download.download = `${pairName(model.from.revision, model.to.revision)}.diff`;
  }
  document.getElementById('diff')!.innerHTML = renderDiff(model, links, true);
  document.title = `${data.title}: changes from ${model.from.revision} to ${model.to.revision} · NetBSD wiki history`;
  say('');
  if (linesInstalled) setUpLines();
  else installLines();
  linesInstalled = true;
  // The target may only exist now: navigate to it again so it scrolls into view and matches :target.
  if (location.hash) {
    location.replace(location.href);
    revealTarget();
  }
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const [from, to] = [params.get('from'), params.get('to')];
  if (from === null && to === null) return;
  for (const [id, value] of [['from', from], ['to', to]] as const) {
    const select = document.getElementById(id) as HTMLSelectElement;
    if (value && data.revisions.includes(value)) select.value = value;
  }
  const unknown = [from, to].filter((r) => r === null || !data.revisions.includes(r));
  if (unknown.length > 0) {
    const names = unknown.map((r) => (r === null || r === '' ? '(none given)' : `“${escapeHtml(r)}”`)).join(' and ');
    say(`Unknown revision ${names}. Valid revisions of ${escapeHtml(data.page)}: ${data.revisions.map((r) => `<code>${escapeHtml(r)}</code>`).join(', ')}.`);
    return;
  }
  if (from === to) {
    say(`No differences: ${escapeHtml(from!)} compared with itself.`);
    return;
  }
  if (data.prebuilt.includes(pairName(from!, to!)) && params.get('local') === null) {
    location.replace(links.diff(from!, to!) + location.hash);
    return;
  }
  say(`Comparing ${escapeHtml(from!)} with ${escapeHtml(to!)}…`);
  try {
    show(await compute({ page: data.page, from: from!, to: to! }));
    // The rendered view follows; if a revision's page can't be read, the section keeps its note linking both.
    computeRendered({ page: data.page, from: from!, to: to! }).then(
      ({ rendered }) => (document.querySelector('.rendered')!.innerHTML = renderRenderedView(rendered)),
      () => undefined,
    );
  } catch (error) {
    say(`Could not compare: ${escapeHtml(error instanceof Error ? error.message : String(error))}`);
  }
}

void main();
