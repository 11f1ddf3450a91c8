import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCvsHistory } from '../../../src/history/cvs.ts';
import { cvsCommit, cvsLog, cvsSandbox } from './cvs-tools.ts';
import { run, testSteps } from './tools.ts';

describe('readCvsHistory against the cvs client', async () => {
  const box = cvsSandbox();
  const steps = testSteps();
  steps.forEach((s, i) => cvsCommit(box, 'ports/xen/howto.mdwn', s.text, s.log, i === 0));
  const gone = ['first\n', 'second\n@ at\n'];
  gone.forEach((t, i) => cvsCommit(box, 'ports/xen/gone.mdwn', t, `gone ${i}`, i === 0));
  const goneBefore = gone.map((_, i) => box.cvs(['update', '-p', '-r', `1.${i + 1}`, 'ports/xen/gone.mdwn']).toString('utf8'));
  box.cvs(['rm', '-f', 'ports/xen/gone.mdwn']);
  box.cvs(['commit', '-m', 'remove the page', 'ports/xen/gone.mdwn']);
  const howtoLog = cvsLog(box, 'ports/xen/howto.mdwn');
  const result = await readCvsHistory(box.module, ['ports/xen/howto', 'ports/xen/gone.mdwn']);
  const howto = result.revisions.filter((r) => r.page === 'ports/xen/howto');
  const removed = result.revisions.filter((r) => r.page === 'ports/xen/gone');

  it('reads every revision of a live page, oldest first', () => {
    expect(howto.map((r) => r.revision)).toEqual(steps.map((_, i) => `1.${i + 1}`));
    expect(result.warnings).toEqual([]);
    expect(result.revisions.map((r) => r.page)).toEqual([...steps.map(() => 'ports/xen/howto'), ...[1, 2, 3].map(() => 'ports/xen/gone')]);
  });

  it('matches cvs update -p -r N for every revision', () => {
    for (const r of howto) {
      const expected = box.cvs(['update', '-p', '-r', r.revision, 'ports/xen/howto.mdwn']).toString('utf8');
      expect(r.body, r.revision).toBe(expected);
    }
    expect(howto.map((r) => r.body)).toEqual(steps.map((s) => s.text));
  });

  it('matches cvs log for dates, authors and logs', () => {
    expect(howtoLog.size).toBe(steps.length);
    howto.forEach((r, i) => {
      const entry = howtoLog.get(r.revision)!;
      expect(r.date).toBe(entry.date);
      expect(r.author).toBe(entry.author);
      expect(r.log).toBe(steps[i]!.log);
      expect(r).toMatchObject({ state: 'present', firstLine: 1, missing: [], origin: `ports/xen/howto.mdwn,v@${r.revision}` });
    });
  });

  it('keeps the history of a page removed to the Attic, the dead revision as removed', () => {
    expect(existsSync(join(box.module, 'ports/xen/Attic/gone.mdwn,v'))).toBe(true);
    expect(removed.map((r) => [r.revision, r.state, r.log])).toEqual([
      ['1.1', 'present', 'gone 0'],
      ['1.2', 'present', 'gone 1'],
      ['1.3', 'removed', 'remove the page'],
    ]);
    expect(removed.map((r) => r.body)).toEqual([...goneBefore, '']);
    expect(removed[2]!.origin).toBe('ports/xen/Attic/gone.mdwn,v@1.3');
    expect(cvsLog(box, 'ports/xen/gone.mdwn').get('1.3')?.state).toBe('dead');
  });

  it('reads one ,v file given directly, naming the page after it or as told', async () => {
    const file = join(box.module, 'ports/xen/howto.mdwn,v');
    const bare = await readCvsHistory(file, []);
    expect(bare.revisions.map((r) => r.page)).toEqual(steps.map(() => 'howto'));
    const named = await readCvsHistory(file, ['ports/xen/howto']);
    expect(named.revisions.map((r) => r.body)).toEqual(howto.map((r) => r.body));
  });

  it('reports progress per revision', async () => {
    const seen: string[] = [];
    await readCvsHistory(box.module, ['ports/xen/gone'], (page, done, total) => seen.push(`${page} ${done}/${total}`));
    expect(seen).toEqual(['ports/xen/gone 1/3', 'ports/xen/gone 2/3', 'ports/xen/gone 3/3']);
  });

  it('names what it looked for when a page is missing', async () => {
    await expect(readCvsHistory(box.module, ['ports/xen/nope'])).rejects.toThrow(
      /page ports\/xen\/nope not found in CVS repository .*: expected ports\/xen\/nope\.mdwn,v or ports\/xen\/Attic\/nope\.mdwn,v/,
    );
    await expect(readCvsHistory(join(box.module, 'nothing-here'), ['a'])).rejects.toThrow(/CVS repository .* not found/);
    await expect(readCvsHistory(box.module, ['../etc/passwd'])).rejects.toThrow(/invalid wiki page/);
  });
});

describe('a page that came in by cvs import', () => {
  it('reads the trunk and lists the vendor branch without warning', async () => {
    const box = cvsSandbox();
    const src = join(box.work, '..', 'imp');
    mkdirSync(src);
    writeFileSync(join(src, 'imported.mdwn'), 'imported text\n');
    run('cvs', ['-Q', '-d', box.root, 'import', '-m', 'vendor drop', 'wikisrc', 'netbsd', 'drop1'], src, { HOME: src });
    const r = await readCvsHistory(box.module, ['imported']);
    expect(r.revisions.map((x) => [x.revision, x.body, x.log])).toEqual([['1.1', 'imported text\n', 'Initial revision']]);
    expect(r.warnings).toEqual([]);
  });
});
