import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { withNodeFlags } from '../../../src/build/child-memory.ts';

describe('withNodeFlags', () => {
  it('adds each flag the options lack', () => {
    expect(withNodeFlags(undefined, { 'max-old-space-size': 512, 'max-semi-space-size': 32 })).toBe('--max-old-space-size=512 --max-semi-space-size=32');
    expect(withNodeFlags('--enable-source-maps', { 'max-semi-space-size': 32 })).toBe('--enable-source-maps --max-semi-space-size=32');
  });

  it('keeps a flag the user set, in either spelling', () => {
    expect(withNodeFlags('--max-old-space-size=2048', { 'max-old-space-size': 512, 'max-semi-space-size': 32 })).toBe('--max-old-space-size=2048 --max-semi-space-size=32');
    expect(withNodeFlags('--max-semi-space-size 8', { 'max-semi-space-size': 32 })).toBe('--max-semi-space-size 8');
  });

  it('does not take one flag for another that starts the same', () => {
    expect(withNodeFlags('--max-old-space-size-x=1', { 'max-old-space-size': 512 })).toBe('--max-old-space-size-x=1 --max-old-space-size=512');
  });

  it('gives options Node accepts and applies', () => {
    const run = spawnSync(process.execPath, ['-e', "console.log(require('node:v8').getHeapStatistics().heap_size_limit >> 20)"], {
      env: { ...process.env, NODE_OPTIONS: withNodeFlags('', { 'max-old-space-size': 300, 'max-semi-space-size': 4 }) },
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    // The limit is the old generation plus the young generation's reservation.
    expect(Number(run.stdout)).toBeGreaterThanOrEqual(300);
    expect(Number(run.stdout)).toBeLessThan(340);
  });
});
