/**
 * Where a directive ends when ikiwiki's preprocess regex has to backtrack to find its `]]`: a `"""`
 * inside triple-quoted data, or a key whose value fails to parse. Only called once the straight
 * reading of the directive has failed, so ordinary pages never come here.
 */

const KEY = /[-.\w]+=/y;
const HEREDOC = /<<([a-zA-Z]+)\n/y;
const RUN = /[^"\s\]]+/y;
const SPACE = /\s*/y;

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Every index from `from` on where `needle` starts, nearest first: the ends a lazy `.*?needle` tries in turn. */
function* occurrences(text: string, needle: string, from: number): Generator<number> {
  for (let at = text.indexOf(needle, from); at >= 0; at = text.indexOf(needle, at + 1)) yield at;
}

/** The ends of one value at `at`, in the order the regex's alternatives and quantifiers try them. */
function* valueEnds(text: string, at: number): Generator<number> {
  if (text.startsWith('"""', at)) for (const close of occurrences(text, '"""', at + 3)) yield close + 3;
  if (text[at] === '"') {
    const close = text.indexOf('"', at + 1);
    if (close >= 0) yield close + 1;
  }
  if (text.startsWith("'''", at)) for (const close of occurrences(text, "'''", at + 3)) yield close + 3;
  const heredoc = sticky(HEREDOC, text, at);
  if (heredoc) for (const close of occurrences(text, `\n${heredoc[1]}`, at + heredoc[0].length)) yield close + 1 + heredoc[1]!.length;
  // A greedy run gives back one character at a time.
  const run = sticky(RUN, text, at);
  if (run) for (let end = at + run[0].length; end > at; end--) yield end;
}

/** Where the next parameter would start after a value ending at `end` (`\s*` never needs to give anything back). */
const skipSpace = (text: string, end: number): number => end + sticky(SPACE, text, end)![0].length;

/** Each position one more parameter can take the match to, in the regex's order: keyed first, then as a bare value. */
function* nextParams(text: string, at: number): Generator<number> {
  const key = sticky(KEY, text, at);
  if (key) for (const end of valueEnds(text, at + key[0].length)) yield skipSpace(text, end);
  for (const end of valueEnds(text, at)) yield skipSpace(text, end);
}

/** Results shared by every search in one text: whether `(param\s*)*\]\]` matches from a position depends on nothing else. */
export interface ExtentMemo {
  ends: Map<number, number>;
  /** Steps left for this text, so a pathological page costs bounded time (the directive is then reported unclosed). */
  budget: number;
}

export const extentMemo = (text: string): ExtentMemo => ({ ends: new Map(), budget: 20_000 + 40 * text.length });

/**
 * The end (after `]]`) of the parameters starting at `at`, as ikiwiki's regex finds it: the first
 * way, in its order of trying, to read parameters up to a `]]`; -1 if there is none, null if the
 * search ran out of budget. Depth-first with an explicit stack; a failure is remembered per position.
 */
export function paramsEnd(text: string, at: number, memo: ExtentMemo): number | null {
  const known = memo.ends.get(at);
  if (known !== undefined) return known;
  const stack: Array<{ at: number; next: Generator<number> }> = [{ at, next: nextParams(text, at) }];
  while (stack.length > 0) {
    if (--memo.budget < 0) return null;
    const top = stack.at(-1)!;
    const step = top.next.next();
    if (step.done) {
      // No more parameters from here: the directive closes here or the path fails.
      const end = text.startsWith(']]', top.at) ? top.at + 2 : -1;
      memo.ends.set(top.at, end);
      stack.pop();
      if (end >= 0) return succeed(stack, end, memo);
      continue;
    }
    const known = memo.ends.get(step.value);
    if (known === undefined) stack.push({ at: step.value, next: nextParams(text, step.value) });
    else if (known >= 0) return succeed(stack, known, memo);
  }
  return -1;
}

/** The first success ends every search still open on the stack the same way. */
function succeed(stack: ReadonlyArray<{ at: number }>, end: number, memo: ExtentMemo): number {
  for (const open of stack) memo.ends.set(open.at, end);
  return end;
}
