/** Checks the delta graph beyond its pointers existing: the trunk in order, every delta reached, branches named. */
import { compareRevisionIds } from '../../utils/revision-order.ts';
import { RcsFormatError } from './errors.ts';
import { trunkChain } from './trunk.ts';
import type { DeltaNode, RcsFile } from './types.ts';

const fields = (num: string) => num.split('.').length;

/**
 * Throws for a trunk `next` that points to a newer revision or skips one, a trunk date that goes
 * backwards, or a delta no `next`/`branches` pointer reaches: GNU `co` reads such files silently
 * and gives wrong texts, so each is one error naming the revision and its place.
 */
export function checkDeltaGraph(rcs: RcsFile): DeltaNode[] {
  const trunk = trunkChain(rcs);
  const fail = (offset: number, message: string) => new RcsFormatError(rcs.file, rcs.bytes, offset, message);
  const onTrunk = new Set(trunk.map((d) => d.num));
  trunk.slice(1).forEach((older, i) => {
    const newer = trunk[i]!;
    if (compareRevisionIds(older.num, newer.num) >= 0) {
      throw fail(newer.nextAt, `next of revision ${newer.num} is ${older.num}, which is not older: expected an older trunk revision or nothing`);
    }
    const skipped = [...rcs.deltas.keys()].filter((n) => !onTrunk.has(n) && fields(n) === fields(newer.num)
      && compareRevisionIds(n, older.num) > 0 && compareRevisionIds(n, newer.num) < 0);
    if (skipped.length > 0) {
      throw fail(newer.nextAt, `next of revision ${newer.num} is ${older.num}, skipping revision ${skipped.join(', ')}: expected ${skipped.at(-1)}`);
    }
    if (older.date > newer.date) {
      throw fail(older.at, `revision ${older.num} is dated ${older.date}, after the newer trunk revision ${newer.num} (${newer.date}): trunk dates must not go backwards`);
    }
  });
  const reached = new Set(onTrunk);
  const queue = [...trunk];
  for (let d = queue.shift(); d !== undefined; d = queue.shift()) {
    // A branch's first revision is listed in `branches`; the rest follow by `next`, oldest first.
    for (const num of [...d.branches, ...(onTrunk.has(d.num) ? [] : [d.next])]) {
      if (num === null || reached.has(num)) continue;
      reached.add(num);
      queue.push(rcs.deltas.get(num)!);
    }
  }
  for (const d of rcs.deltas.values()) {
    if (!reached.has(d.num)) throw fail(d.at, `revision ${d.num} is an orphan delta: no next or branches pointer from head ${rcs.admin.head ?? '(none)'} reaches it`);
  }
  return trunk;
}
