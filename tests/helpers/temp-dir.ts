import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

/** A fresh `<tmpdir>/<prefix>XXXXXX`, removed when its test finishes (made outside a test, i.e. in a describe or at file level, after those tests), so runs leave nothing in /tmp. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    onTestFinished(remove);
  } catch {
    afterAll(remove); // no current test: vitest is collecting the file (afterAll would be lost in a beforeAll)
  }
  return dir;
}
