/**
 * Site build time and page weight, next to ikiwiki rendering the same revisions in the same run.
 * Weight = gzipped HTML plus the CSS and JS each page loads.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readContentDir } from '../src/loaders/content-dir.ts';
import { fillMissingLines } from '../src/markdown/missing-lines.ts';
import { gzipBytes, kb, timeMedian } from './stats.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** What a page weighs, gzipped: all-in, and the part of it that is CSS and JavaScript (inline scripts included). */
interface Weight { total: number; css: number; js: number }

/** Gzipped bytes of a built page plus every stylesheet and script it references from `root`. */
function pageWeight(root: string, htmlPath: string): Weight {
  const html = readFileSync(join(root, htmlPath), 'utf8');
  const local = (href: string) => (/^https?:/.test(href) ? null : join(root, href.startsWith('/') ? href : join(htmlPath, '..', href)));
  const files = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => local(m[1]!)).filter((f): f is string => f !== null && existsSync(f));
  const sum = (list: string[]) => list.reduce((total, file) => total + gzipBytes(readFileSync(file)), 0);
  const css = sum(files(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g));
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
  const js = sum(files(/<script[^>]+src="([^"]+)"/g)) + (inline ? gzipBytes(inline) : 0);
  return { total: gzipBytes(html) + css + sum(files(/<script[^>]+src="([^"]+)"/g)), css, js };
}

function ikiwikiBuild(pages: Record<string, string>, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src'), { recursive: true });
  for (const [name, text] of Object.entries(pages)) writeFileSync(join(dir, 'src', `${name}.mdwn`), text);
  const run = spawnSync('ikiwiki', ['--plugin', 'htmlscrubber', '--no-usedirs', join(dir, 'src'), join(dir, 'out')]);
  if (run.status !== 0) throw new Error(`ikiwiki failed: ${run.stderr}`);
}

export async function benchSite(): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), 'bench-site-'));
  const env = { ...process.env, WIKI_OUT_DIR: join(out, 'dist') };
  const buildMs = await timeMedian(RUNS, () => {
    const run = spawnSync('node', ['scripts/build.ts'], { env, stdio: 'ignore' });
    if (run.status !== 0) throw new Error('site build failed');
  });
  const pages = Object.fromEntries(
    readContentDir('content').filter((r) => r.page === 'ports/xen/howto').map((r) => [`r${r.revision}`, fillMissingLines(r.body, r.firstLine, r.missing)]),
  );
  const ikiDir = join(out, 'ikiwiki');
  const ikiMs = await timeMedian(RUNS, () => ikiwikiBuild(pages, ikiDir));

  console.log(`\n## Site build (median of ${RUNS})`);
  console.log(`site build (check + astro build): ${buildMs.toFixed(0)} ms`);
  console.log(`ikiwiki, same two revisions:      ${ikiMs.toFixed(0)} ms   (site/ikiwiki ${(buildMs / ikiMs).toFixed(2)}×)`);

  const dist = join(out, 'dist');
  const kinds: Array<[string, string]> = [
    ['page list', 'index.html'],
    ['page (newest)', 'ports/xen/howto/index.html'],
    ['revision', 'ports/xen/howto/r/1.51/index.html'],
    ['source view (newest)', 'ports/xen/howto/r/1.52/source/index.html'],
    ['history', 'ports/xen/howto/history/index.html'],
    ['diff 1.51..1.52', 'ports/xen/howto/diff/1.51..1.52/index.html'],
    ['annotate', 'ports/xen/howto/annotate/index.html'],
    ['404', '404.html'],
  ];
  const ikiwikiPage = pageWeight(join(ikiDir, 'out'), 'r1.52.html').total;
  console.log('\n## Page weight (gzipped HTML + CSS + JS; of which CSS, and JS with inline scripts)');
  console.log(`ikiwiki, revision 1.52 page:     ${kb(ikiwikiPage)}`);
  for (const [kind, path] of kinds) {
    if (!existsSync(join(dist, path))) continue;
    const { total, css, js } = pageWeight(dist, path);
    console.log(`${kind.padEnd(32)} ${kb(total)}   (${(total / ikiwikiPage).toFixed(2)}× ikiwiki's page; CSS ${kb(css)}, JS ${kb(js)})`);
  }
  rmSync(out, { recursive: true, force: true });
}

if (import.meta.main) await benchSite();
