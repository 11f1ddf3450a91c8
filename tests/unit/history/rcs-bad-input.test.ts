import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RcsFormatError, readRcs } from '../../../src/history/rcs/index.ts';

const root = fileURLToPath(new URL('../../fixtures/rcs/', import.meta.url));
const errorCases = readdirSync(root).filter((c) => existsSync(`${root}${c}/expected.txt`));

describe('hand-made bad ,v files fail with one clear error', () => {
  it('has fixtures', () => expect(errorCases.length).toBeGreaterThan(10));

  it.each(errorCases)('%s', (name) => {
    const expected = readFileSync(`${root}${name}/expected.txt`, 'utf8').trim();
    let error: unknown;
    try {
      readRcs('input,v', readFileSync(`${root}${name}/input,v`));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RcsFormatError);
    const message = (error as Error).message;
    expect(message).toContain(expected);
    // Every message starts with file:line:column.
    expect(message).toMatch(/^input,v:\d+:\d+: /);
  });
});

describe('damaged ,v files: one error naming the file, the line and the revision', () => {
  const damaged = [
    'truncated-in-string', 'truncated-in-delta', 'truncated-after-deltatext', 'broken-at-quoting', 'next-not-older', 'next-skips',
    'next-unknown', 'next-loop', 'missing-delta', 'missing-deltatext', 'garbage-in-delta', 'garbled-keyword', 'orphan-delta', 'date-backwards',
  ];
  it.each(damaged)('%s', (name) => {
    expect(() => readRcs('input,v', readFileSync(`${root}${name}/input,v`))).toThrow(/^input,v:\d+:\d+: .*revision 1\.\d/);
  });
});

describe('unusual but valid ,v files', () => {
  it('skips unknown newphrases in the admin, delta and deltatext sections', () => {
    const h = readRcs('input,v', readFileSync(`${root}newphrases/input,v`));
    expect(h.revisions.map((r) => [r.number, r.date, r.author, r.log, r.text])).toEqual([
      ['1.1', '1999-01-12T14:05:31Z', 'mspo', 'first', 'one\nTWO\n'],
      ['1.2', '2014-12-26T23:36:34Z', 'gdt', 'second', 'one\ntwo\n'],
      ['1.3', '2014-12-26T23:46:22Z', 'gdt', 'third', 'one\ntwo\nthree\n'],
    ]);
    expect(h.warnings).toEqual([]);
  });

  it('decodes Latin-1 text and logs as windows-1252 and says so', () => {
    const h = readRcs('input,v', readFileSync(`${root}latin1/input,v`));
    expect(h.revisions.map((r) => r.text)).toEqual(['one\nTWO\n', 'one\ncafé\n', 'one\ncafé\nthree\n']);
    expect(h.revisions[0]!.log).toBe('français');
    expect(h.warnings).toEqual([
      'input,v: the text of revisions 1.2, 1.3 is not valid UTF-8; decoded as Latin-1 (windows-1252)',
      'input,v: the log message of revision 1.1 is not valid UTF-8; decoded as Latin-1 (windows-1252)',
    ]);
  });

  it('reads a file without revisions', () => {
    const bytes = Buffer.from('head\t;\naccess;\nsymbols;\nlocks; strict;\ncomment\t@# @;\n\n\ndesc\n@@\n');
    expect(readRcs('empty,v', bytes)).toEqual({ file: 'empty,v', revisions: [], branches: [], warnings: [] });
  });
});
