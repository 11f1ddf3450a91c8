/** The build's last step on its output folder: each page's CSP `<meta>`, and `_headers` for static hosts. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withPolicy } from './csp.ts';
import { headersFile } from './headers.ts';

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/** Rewrites every page of `dir` with its policy and writes `dir/_headers`; returns the number of pages. */
export function secureSite(dir: string): number {
  let pages = 0;
  for (const file of htmlFiles(dir)) {
    writeFileSync(file, withPolicy(readFileSync(file, 'utf8')));
    pages++;
  }
  writeFileSync(join(dir, '_headers'), headersFile());
  return pages;
}
