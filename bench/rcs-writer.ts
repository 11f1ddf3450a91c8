/** Writes an RCS `,v` file from a page's texts without running ci: head text whole, older revisions as reverse edit scripts. */
import { writeFileSync } from 'node:fs';
import { diffLines } from '../src/diff/line-diff.ts';

export interface RcsRevisionInput {
  text: string;
  date: Date;
  author: string;
  log: string;
  /** `dead` for a removal. */
  state?: string;
}

const at = (s: string) => `@${s.replace(/@/g, '@@')}@`;
const rcsDate = (d: Date) => d.toISOString().replace(/^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d).*$/, '$1.$2.$3.$4.$5.$6');

/** The `diff -n` script that turns `newer` into `older`, as RCS stores older trunk revisions. */
function editScript(newer: string, older: string): string {
  const diff = diffLines(newer, older);
  let out = '';
  for (const c of diff.changes) {
    if (c.deleted > 0) out += `d${c.line0 + 1} ${c.deleted}\n`;
    if (c.inserted > 0) out += `a${c.line0 + c.deleted} ${c.inserted}\n${diff.new.lines.slice(c.line1, c.line1 + c.inserted).map((l) => `${l}\n`).join('')}`;
  }
  return out;
}

/** `revisions` oldest first, numbered 1.1, 1.2, …; texts end with a newline. */
export function rcsFileText(revisions: readonly RcsRevisionInput[]): string {
  const num = (i: number) => `1.${i + 1}`;
  const head = revisions.length - 1;
  const parts = [`head\t${num(head)};\naccess;\nsymbols;\nlocks; strict;\ncomment\t@# @;\n\n`];
  for (let i = head; i >= 0; i--) {
    const r = revisions[i]!;
    parts.push(`\n${num(i)}\ndate\t${rcsDate(r.date)};\tauthor ${r.author};\tstate ${r.state ?? 'Exp'};\nbranches;\nnext\t${i > 0 ? num(i - 1) : ''};\n`);
  }
  parts.push(`\n\ndesc\n@@\n`);
  for (let i = head; i >= 0; i--) {
    const r = revisions[i]!;
    const text = i === head ? r.text : editScript(revisions[i + 1]!.text, r.text);
    parts.push(`\n\n${num(i)}\nlog\n${at(`${r.log}\n`)}\ntext\n${at(text)}\n`);
  }
  return parts.join('');
}

export function writeRcs(file: string, revisions: readonly RcsRevisionInput[]): void {
  writeFileSync(file, rcsFileText(revisions));
}
