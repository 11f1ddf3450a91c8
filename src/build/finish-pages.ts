/** The build's last step on its output folder: each page written shorter where HTML allows (compact-html.ts), its inline CSS pruned to its own classes, its CSP `<meta>`, and `_headers` for static hosts. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withPolicy } from './csp.ts';
import { headersFile } from './headers.ts';
import { pruneInlineStyles } from './prune-css.ts';
import { compactHtml } from './compact-html.ts';

function* htmlFiles(dir: string, prefix = ''): Generator<string> {
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) yield* htmlFiles(dir, path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/**
 * Rewrites every page of `dir` with its policy (compacted, inline CSS pruned), except `done` (relative paths of pages a previous build already
 * secured, linked into this one: rewriting them would also rewrite the previous output), and writes `dir/_headers`;
 * returns the number of pages rewritten.
 */
export function finishPages(dir: string, done: ReadonlySet<string> = new Set()): number {
  let pages = 0;
  for (const file of htmlFiles(dir)) {
    if (done.has(file)) continue;
    writeFileSync(join(dir, file), withPolicy(pruneInlineStyles(compactHtml(readFileSync(join(dir, file), 'utf8')))));
    pages++;
  }
  writeFileSync(join(dir, '_headers'), headersFile());
  return pages;
}
