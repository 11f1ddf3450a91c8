/** Helpers for the history tests: run the real rcs/cvs/git tools in temp dirs, and the texts to check in. */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir as sharedTempDir } from '../../helpers/temp-dir.ts';

/** UTC so the tools print and parse dates as the ,v file stores them. */
export const TOOL_ENV: NodeJS.ProcessEnv = { ...process.env, TZ: 'UTC', LC_ALL: 'C' };

/** Runs a tool; returns stdout as bytes; throws with stderr on failure. */
export function run(cmd: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Buffer {
  return execFileSync(cmd, args, { cwd, env: { ...TOOL_ENV, ...env }, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
}

/** A fresh temp dir `history-<prefix>-…`, removed as tests/helpers/temp-dir.ts says (not from a beforeAll). */
export const tempDir = (prefix: string): string => sharedTempDir(`history-${prefix}-`);

/** The body of a seed revision file (after its YAML front matter). */
export function seedBody(revision: '1.51' | '1.52'): string {
  const raw = readFileSync(new URL(`../../../content/ports/xen/howto/${revision}.mdwn`, import.meta.url), 'utf8');
  const m = /^---\n[\s\S]*?\n---\n/.exec(raw);
  if (!m) throw new Error(`no front matter in ${revision}.mdwn`);
  return raw.slice(m[0].length);
}

export interface Step {
  text: string;
  author: string;
  log: string;
}

/** The two seed revisions, then edits that exercise the edit-script corners. */
export function testSteps(): Step[] {
  const a = seedBody('1.51');
  const b = seedBody('1.52');
  const lines = b.split('\n');
  const inserted = [...lines.slice(0, 10), '@ a line starting with @', '@@ and with @@', 'plain', ...lines.slice(10)].join('\n');
  const deleted = inserted.split('\n').filter((_, i) => i % 7 !== 3).join('\n');
  const rewrapped = deleted.replace(/([a-z]) ([a-z])/g, (m, x: string, y: string, at: number) => (at % 5 === 0 ? `${x}\n${y}` : m));
  return [
    { text: a, author: 'mspo', log: 'seed 1.51' },
    { text: b, author: 'gdt', log: 'seed 1.52: PCI passthrough heading' },
    { text: inserted, author: 'gdt', log: 'lines with @ and a mail@example.org log' },
    { text: deleted, author: 'wiki', log: 'delete every seventh line' },
    { text: rewrapped, author: 'wiki', log: 'rewrap @@ paragraphs @' },
    { text: rewrapped.replace(/\n$/, ''), author: 'wiki', log: 'no final newline' },
    { text: `${rewrapped.replace(/\n$/, '')} and more`, author: 'wiki', log: 'append to the unterminated line' },
    { text: '', author: 'wiki', log: 'empty page' },
    { text: '', author: 'wiki', log: 'still empty' },
    { text: '@\n@@\n\n@', author: 'jdoe', log: '@' },
    { text: b, author: 'gdt', log: 'restore 1.52\n\nwith a second paragraph' },
  ];
}

/** Distinct, increasing check-in dates (RCS refuses dates that go backwards). */
export function stepDate(i: number): Date {
  return new Date(Date.UTC(1999, 0, 12, 14, 5, 31) + i * 400 * 86_400_000 + i * 3_671_000);
}

/** `1999-01-12 14:05:31` for ci -d. */
export function rcsDateArg(d: Date): string {
  return d.toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, '');
}

export function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Checks in `text` as the next revision of `dir/name` with ci (keeps the lock for the next one). */
export function ciStep(dir: string, name: string, step: Step, date: Date): void {
  writeFileSync(join(dir, name), step.text);
  run('ci', ['-f', '-l', `-d${rcsDateArg(date)}`, `-w${step.author}`, `-m${step.log}`, '-t-a description with @ in it', name], dir);
}
