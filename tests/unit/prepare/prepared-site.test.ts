/** The content loader's wait for the records the prepare step writes while Astro starts beside it. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPreparedSite } from '../../../src/prepare/prepared-site.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'prepared-site-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A stand-in for the prepare step: a process that sleeps `ms`, then writes `file` (renamed into place) unless `write` is false. */
function preparer(file: string, ms: number, write = true) {
  const script = `setTimeout(() => { ${write ? `const fs = require('node:fs'); fs.writeFileSync(${JSON.stringify(`${file}.tmp`)}, JSON.stringify({ records: [{ page: 'p' }] })); fs.renameSync(${JSON.stringify(`${file}.tmp`)}, ${JSON.stringify(file)});` : ''} }, ${ms});`;
  return spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
}

describe('loadPreparedSite', () => {
  it('waits while the prepare step runs, then reads what it wrote', async () => {
    const file = join(tempDir(), 'prepared.json');
    const child = preparer(file, 400);
    const loading = loadPreparedSite(file, () => {}, child.pid);
    expect(existsSync(file)).toBe(false);
    expect((await loading).records).toEqual([{ page: 'p' }]);
  });

  it('stops with an error naming the file when the prepare step ends without writing it', async () => {
    const file = join(tempDir(), 'prepared.json');
    const child = preparer(file, 100, false);
    await expect(loadPreparedSite(file, () => {}, child.pid)).rejects.toThrow(`${file}: the prepare step (process ${child.pid}) ended without writing it`);
  });

  it('reads a file that is there without waiting for anyone', async () => {
    const file = join(tempDir(), 'prepared.json');
    const child = preparer(file, 0);
    await new Promise((done) => child.on('close', done));
    expect((await loadPreparedSite(file, () => {})).records).toEqual([{ page: 'p' }]);
  });
});
