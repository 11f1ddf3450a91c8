/** A deterministic synthetic wiki page (~1,000 lines) and N revisions of realistic edits, as texts or a real `,v` file. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { prng } from './prng.ts';

type Block =
  | { kind: 'heading'; style: 'setext' | 'atx'; level: 1 | 2; text: string }
  | { kind: 'para'; words: string[]; width: number }
  | { kind: 'code'; lines: string[] };

// `$` is left out on purpose: `$Id$`-like words would be expanded by co and cvs, not by us.
const WORDS = ('xen dom0 domU NetBSD kernel the a to of and in is for with guest host bridge xbd xennet '
  + 'vnd disk image config boot loader grub pci pciback device driver memory console network interface '
  + 'install build release amd64 i386 hypervisor xl xm toolstack qemu hvm pv shutdown create paravirtual '
  + 'support port admin@NetBSD.org @sysinst `xl` [[links]] *emphasis* 5.1 4.11 /usr/pkg/etc').split(' ');
const CODE = ['xl create -c /usr/pkg/etc/xen/nbsd', 'kernel = "/netbsd-XEN3_DOMU"', 'memory = 256',
  'disk = [ "file:/u/nbsd.img,0x1,w" ]', 'vif = [ "bridge=bridge0" ]', '# echo up > /etc/ifconfig.bridge0',
  'menu=Xen:load /netbsd-XEN3_DOM0.gz console=pc;multiboot /xen.gz dom0_mem=512M', '@ at the start of a line'];

function wrap(words: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line !== '' && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line === '' ? w : `${line} ${w}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

function render(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (out.length > 0) out.push('');
    if (b.kind === 'para') out.push(...wrap(b.words, b.width));
    else if (b.kind === 'code') out.push(...b.lines.map((l) => `    ${l}`));
    else if (b.style === 'atx') out.push(`${'#'.repeat(b.level)} ${b.text}`);
    else out.push(b.text, (b.level === 1 ? '=' : '-').repeat(b.text.length));
  }
  return `${out.join('\n')}\n`;
}

function lineCount(blocks: readonly Block[]): number {
  return render(blocks).split('\n').length - 1;
}

/** Block builders over one random sequence. */
function makers(rand: () => number) {
  const int = (n: number): number => Math.floor(rand() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const words = (n: number): string[] => Array.from({ length: n }, () => pick(WORDS));
  const title = (): string => words(2 + int(4)).join(' ').replace(/^./, (c) => c.toUpperCase());
  const heading = (): Block => ({ kind: 'heading', style: rand() < 0.6 ? 'setext' : 'atx', level: rand() < 0.3 ? 1 : 2, text: title() });
  const para = (): Block => ({ kind: 'para', words: words(20 + int(80)), width: 72 });
  const code = (): Block => ({ kind: 'code', lines: Array.from({ length: 2 + int(6) }, () => pick(CODE)) });
  const section = (): Block[] => [heading(), ...Array.from({ length: 1 + int(4) }, () => (rand() < 0.25 ? code() : para()))];
  return { int, pick, words, section };
}

/** One revision's edits: rewraps, changed words, changed code lines, inserted and deleted sections. */
function edit(blocks: Block[], m: ReturnType<typeof makers>, target: number): Block[] {
  const next = blocks.map((b) => ({ ...b }) as Block);
  for (let k = 0, n = 1 + m.int(3); k < n; k++) {
    const i = m.int(next.length);
    const b = next[i]!;
    const op = m.int(5);
    if (op === 0 && b.kind === 'para') next[i] = { ...b, width: 60 + m.int(19) };
    else if (op <= 1 && b.kind === 'para') {
      const words = [...b.words];
      words.splice(m.int(words.length), m.int(4), ...m.words(m.int(12)));
      next[i] = { ...b, words };
    } else if (op === 2 && b.kind === 'code') next[i] = { ...b, lines: b.lines.map((l) => (m.int(3) === 0 ? `${l} # changed` : l)) };
    else if (op === 3 || lineCount(next) < target) next.splice(i, 0, ...m.section());
    else {
      const end = next.findIndex((x, j) => j > i && x.kind === 'heading');
      next.splice(i, Math.min(end < 0 ? next.length - i : end - i, 6));
    }
  }
  return next;
}

/** The texts of `count` revisions of a page of about `lines` lines (1,000 by default); the same for the same seed. */
export function syntheticRevisions(count: number, seed = 1, lines = 1000): string[] {
  const m = makers(prng(seed));
  let blocks: Block[] = [];
  while (lineCount(blocks) < lines) blocks.push(...m.section());
  const texts = [render(blocks)];
  while (texts.length < count) {
    blocks = edit(blocks, m, lines);
    texts.push(render(blocks));
  }
  return texts;
}

/** The check-in date of revision i (1-based): every ~3 days from 2005. */
export function syntheticDate(i: number): Date {
  return new Date(Date.UTC(2005, 0, 1) + (i - 1) * 3 * 86_400_000 + i * 7_321_000);
}

/** Writes `file` (`…,v`, created anew) with GNU RCS's ci from the texts; dates from syntheticDate, authors in turn. */
export function writeRcsFile(file: string, texts: readonly string[]): void {
  rmSync(file, { force: true });
  const work = mkdtempSync(join(tmpdir(), 'synthetic-rcs-'));
  try {
    // ci pairs a working file with the `,v` file of the same name.
    const name = join(work, basename(file).replace(/,v$/, ''));
    const env = { ...process.env, TZ: 'UTC' };
    texts.forEach((text, k) => {
      writeFileSync(name, text);
      const date = syntheticDate(k + 1).toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, '');
      const args = ['-q', '-f', '-l', `-d${date}`, `-w${['gdt', 'mspo', 'wiki'][k % 3]}`, `-mrevision ${k + 1} @ synthetic`, '-t-synthetic', name, file];
      execFileSync('ci', args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** A real `,v` file of `count` synthetic revisions. */
export function writeSyntheticRcs(file: string, count: number, seed = 1): void {
  writeRcsFile(file, syntheticRevisions(count, seed));
}
