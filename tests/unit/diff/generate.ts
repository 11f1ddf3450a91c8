/** Deterministic pairs of texts for the diff property test and the benchmark. */

import { prng } from '../../../bench/prng.ts';

export { prng };

const WORDS =
  'the domain0 can give other domains access to selected PCI devices this allow for example a non-privileged domain have physical network interface or disk controller however keep in mind xen netbsd kernel boot pciback dom0 domU'.split(
    ' ',
  );
const CODE = ['    xpci* at xenbus ?', '    pci* at xpci ?', '    }', '    # USB Hubs', '\t{', '\treturn 0;', '#endif', 'int main(void)', '$ make', '_start:'];
const RULES = ['', '', '', '---', '----------------', '=====', '* * *', 'Using npf', 'TODO: write this'];

export class Gen {
  readonly rand: () => number;
  constructor(seed: number) {
    this.rand = prng(seed);
  }
  int(n: number): number {
    return Math.floor(this.rand() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  /** Words wrapped at `width` columns. */
  wrap(words: readonly string[], width: number): string[] {
    const out: string[] = [];
    let line = '';
    for (const w of words) {
      if (line && line.length + 1 + w.length > width) {
        out.push(line);
        line = w;
      } else line = line ? `${line} ${w}` : w;
    }
    if (line) out.push(line);
    return out;
  }
  paragraph(): string[] {
    const words = Array.from({ length: 5 + this.int(60) }, () => this.pick(WORDS));
    return this.wrap(words, 30 + this.int(45));
  }
  /** A block: prose, code, a blank run, a rule/heading-ish line, or a repeated short line. */
  block(): string[] {
    const r = this.rand();
    if (r < 0.4) return this.paragraph();
    if (r < 0.6) return Array.from({ length: 1 + this.int(8) }, () => this.pick(CODE));
    if (r < 0.8) return Array.from({ length: 1 + this.int(4) }, () => '');
    return [this.pick(RULES)];
  }
  document(blocks: number): string[] {
    const lines: string[] = [];
    for (let i = 0; i < blocks; i++) lines.push(...this.block());
    return lines;
  }
  /** One edit: insert, delete, change, move a block, rewrap a paragraph, add/remove blank lines. */
  mutate(lines: string[]): string[] {
    const out = lines.slice();
    const at = this.int(out.length + 1);
    const len = 1 + this.int(6);
    switch (this.int(8)) {
      case 0:
        out.splice(at, 0, ...this.block());
        break;
      case 1:
        out.splice(at, len);
        break;
      case 2:
        out.splice(at, len, ...this.block());
        break;
      case 3: {
        const moved = out.splice(at, len);
        out.splice(this.int(out.length + 1), 0, ...moved);
        break;
      }
      case 4: {
        // Rewrap: join a run of lines and wrap it at another width, maybe with a word changed.
        const words = out.slice(at, at + len).join(' ').split(/\s+/).filter(Boolean);
        if (words.length && this.rand() < 0.5) words[this.int(words.length)] = this.pick(WORDS);
        out.splice(at, len, ...this.wrap(words, 25 + this.int(50)));
        break;
      }
      case 5:
        out.splice(at, 0, ...Array.from({ length: 1 + this.int(3) }, () => ''));
        break;
      case 6:
        if (out[at] !== undefined) out[at] = `${out[at]} ${this.pick(WORDS)}`;
        break;
      default:
        out.splice(at, 0, this.pick(RULES), this.pick(CODE));
    }
    return out;
  }
  /** Lines joined into a file, ending in a newline unless `noFinalNewline` (and not empty). */
  static text(lines: readonly string[], noFinalNewline: boolean): string {
    if (lines.length === 0) return '';
    return lines.join('\n') + (noFinalNewline ? '' : '\n');
  }
  /** An old/new pair of roughly `blocks` blocks with `edits` edits between them. */
  pair(blocks: number, edits: number): [string, string] {
    const old = this.document(blocks);
    let neu = old;
    for (let i = 0; i < edits; i++) neu = this.mutate(neu);
    return [Gen.text(old, this.rand() < 0.15), Gen.text(neu, this.rand() < 0.15)];
  }
}
