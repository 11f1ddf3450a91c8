import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRcs } from '../../../src/history/rcs/index.ts';
import { ciStep, isoSeconds, run, stepDate, tempDir, testSteps } from './tools.ts';

describe('readRcs against GNU RCS (ci / co -p)', () => {
  const dir = tempDir('rcs');
  const steps = testSteps();
  steps.forEach((step, i) => ciStep(dir, 'howto.mdwn', step, stepDate(i)));
  const vfile = join(dir, 'howto.mdwn,v');
  const history = readRcs(vfile, readFileSync(vfile));

  it('yields every trunk revision, oldest first', () => {
    expect(history.revisions.map((r) => r.number)).toEqual(steps.map((_, i) => `1.${i + 1}`));
    expect(history.branches).toEqual([]);
    expect(history.warnings).toEqual([]);
  });

  it('reconstructs each text exactly as co -p does', () => {
    for (const r of history.revisions) {
      const co = run('co', ['-q', '-p', `-r${r.number}`, 'howto.mdwn,v'], dir).toString('utf8');
      expect(r.text, `revision ${r.number}`).toBe(co);
    }
    expect(history.revisions.map((r) => r.text)).toEqual(steps.map((s) => s.text));
  });

  it('reads dates (two- and four-digit years), authors, states and logs', () => {
    expect(readFileSync(vfile, 'latin1')).toMatch(/date\s+99\.01\.12\.14\.05\.31;/);
    history.revisions.forEach((r, i) => {
      expect(r.date).toBe(isoSeconds(stepDate(i)));
      expect(r.author).toBe(steps[i]!.author);
      expect(r.log).toBe(steps[i]!.log);
      expect(r.state).toBe('Exp');
    });
    expect(history.revisions[0]!.date).toBe('1999-01-12T14:05:31Z');
  });

  it('agrees with rlog on dates and authors', () => {
    const rlog = run('rlog', ['-zLT', 'howto.mdwn,v'], dir).toString('utf8');
    for (const r of history.revisions) {
      const m = new RegExp(`revision ${r.number.replace('.', '\\.')}(?=[\\s;])[^\\n]*\\ndate: (\\S+) (\\S+?)(?:\\+00)?;\\s+author: (\\S+);`).exec(rlog);
      expect(m, `rlog entry for ${r.number}`).not.toBeNull();
      expect(`${m![1]!.replaceAll('/', '-')}T${m![2]}Z`).toBe(r.date);
      expect(m![3]).toBe(r.author);
    }
  });

  it('reports progress once per revision', () => {
    const seen: number[] = [];
    readRcs(vfile, readFileSync(vfile), { onRevision: (done) => seen.push(done) });
    expect(seen).toEqual(steps.map((_, i) => i + 1));
  });
});

describe('readRcs on branches and keywords', () => {
  it('lists branch revisions and reads only the trunk', () => {
    const dir = tempDir('rcs-branch');
    const steps = testSteps().slice(0, 3);
    steps.forEach((s, i) => ciStep(dir, 'p.mdwn', s, stepDate(i)));
    run('rcs', ['-q', '-u', 'p.mdwn'], dir);
    run('co', ['-f', '-q', '-l1.2', 'p.mdwn'], dir);
    ciStep(dir, 'p.mdwn', { text: 'on a branch\n', author: 'b', log: 'branch' }, stepDate(5));
    const v = join(dir, 'p.mdwn,v');
    const h = readRcs(v, readFileSync(v));
    expect(h.revisions.map((r) => r.number)).toEqual(['1.1', '1.2', '1.3']);
    expect(h.branches).toEqual(['1.2.1.1']);
    expect(h.warnings).toEqual([`${v}: branch revision 1.2.1.1 not read; only the trunk is`]);
    expect(h.revisions[2]!.text).toBe(steps[2]!.text);
  });

  it('returns the stored text, unexpanded, like co -ko', () => {
    const dir = tempDir('rcs-kw');
    ciStep(dir, 'k.mdwn', { text: 'id: $Id$\n', author: 'a', log: 'kw' }, stepDate(0));
    const v = join(dir, 'k.mdwn,v');
    const text = readRcs(v, readFileSync(v)).revisions[0]!.text;
    expect(text).toBe(run('co', ['-q', '-p', '-ko', 'k.mdwn,v'], dir).toString('utf8'));
    expect(text).toBe('id: $Id$\n');
  });
});
