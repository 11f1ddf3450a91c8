/** Parses a whole `,v` file into its admin section, delta graph, desc and deltatexts (no reconstruction yet). */
import { parseAdmin } from './admin.ts';
import { atDelta, parseDelta } from './delta.ts';
import { parseDeltaText, parseDesc } from './deltatext.ts';
import { RcsFormatError } from './errors.ts';
import { Lexer } from './lexer.ts';
import type { DeltaNode, DeltaText, RcsFile } from './types.ts';

export function parseRcsFile(file: string, bytes: Buffer): RcsFile {
  const lx = new Lexer(file, bytes);
  const admin = parseAdmin(lx);
  const deltas = new Map<string, DeltaNode>();
  while (atDelta(lx)) {
    const d = inRevision(lx, 'delta', () => parseDelta(lx));
    if (deltas.has(d.num)) throw lx.error(d.at, `revision ${d.num} has two deltas`);
    deltas.set(d.num, d);
  }
  const desc = parseDesc(lx);
  const texts = new Map<string, DeltaText>();
  while (lx.peek().kind !== 'eof') {
    const t = inRevision(lx, 'deltatext', () => parseDeltaText(lx));
    if (!deltas.has(t.num)) throw lx.error(t.at, `deltatext for revision ${t.num}, which has no delta: expected one of ${[...deltas.keys()].join(', ')}`);
    if (texts.has(t.num)) throw lx.error(t.at, `revision ${t.num} has two deltatexts`);
    texts.set(t.num, t);
  }
  checkGraph(lx, admin.head, deltas, texts);
  return { file, bytes, admin, deltas, desc, texts };
}

/** Runs `parse` on the delta or deltatext ahead, so that an error inside it also names its revision. */
function inRevision<T>(lx: Lexer, part: string, parse: () => T): T {
  const ahead = lx.peek();
  const num = ahead.kind === 'word' ? ahead.value : null;
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof RcsFormatError) || num === null || error.problem.includes(`revision ${num}`)) throw error;
    throw new RcsFormatError(error.file, lx.bytes, error.offset, `in the ${part} of revision ${num}: ${error.problem}`);
  }
}

/** Every revision a node points to exists and has a text; head exists. */
function checkGraph(lx: Lexer, head: string | null, deltas: Map<string, DeltaNode>, texts: Map<string, DeltaText>): void {
  if (head !== null && !deltas.has(head)) throw lx.error(0, `head ${head} has no delta: expected one of ${[...deltas.keys()].join(', ') || '(none)'}`);
  for (const d of deltas.values()) {
    if (d.next !== null && !deltas.has(d.next)) throw lx.error(d.nextAt, `next of revision ${d.num} is ${d.next}, an unknown revision: expected one of ${[...deltas.keys()].join(', ')}`);
    for (const b of d.branches) {
      if (!deltas.has(b)) throw lx.error(d.at, `branch ${b} of revision ${d.num} is an unknown revision`);
    }
    if (!texts.has(d.num)) throw lx.error(lx.bytes.length, `no deltatext for revision ${d.num} (file truncated?)`);
  }
}
