import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { scanWikiSyntax } from '../../../src/markdown/directives/syntax.ts';

const NAMES = ['x', 'y', 'table'];
const MARK = '\u0001';

interface Call { name: string; params: Array<[string, string]> }
interface Result { out: string; calls: Call[] }

/** ikiwiki's preprocess over each text, with hooks that record their parameters (tests/helpers/ikiwiki-preprocess.pl). */
function ikiwikiPreprocess(texts: readonly string[]): Result[] {
  const script = new URL('../../helpers/ikiwiki-preprocess.pl', import.meta.url).pathname;
  const run = spawnSync('perl', [script, ...NAMES], { input: JSON.stringify(texts), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`ikiwiki's preprocess failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Result[];
}

/** The same from our scanner: directives replaced by the mark, escapes re-printed, the rest (malformed, links) left as written. */
function ours(text: string): Result {
  const calls: Call[] = [];
  let out = '';
  let last = 0;
  for (const token of scanWikiSyntax(text)) {
    if (token.kind === 'directive') {
      out += text.slice(last, token.start) + MARK;
      // ikiwiki passes a bare value as a key with an empty value.
      calls.push({ name: token.name, params: token.params.map((p) => (p.key === null ? [p.value, ''] : [p.key, p.value])) });
    } else if (token.kind === 'escaped' && token.text.startsWith('[[!')) out += text.slice(last, token.start) + token.text;
    else continue;
    last = token.end;
  }
  return { out: out + text.slice(last), calls };
}

const CASES = [
  'plain [[!x]] and [[!y a=b]] text',
  '[[!x a="""one """ two"""]] mid [[!y b="""z"""]] end',
  '[[!table format=csv data="""\nGuest,Notes\nnetbsd,"says ""hello"""\nlinux,\n"""]]\n\n[[!table data="""\nk|v\n"""]]\n\nAfter.',
  '[[!x k= <<EOT\nEOT]] after',
  '[[!x k=<<EOT\nbody\nEOT y="q"]]',
  "[[!x s='''it's''' t='''a''' ''' b''']] z",
  '[[!x a="v"b="w"]] [[!y c="""d"""e]]',
  '[[!x title="open]]\n\nNext paragraph.',
  '\\[[!x  a=b]] [[!y]]',
  '[[!x a="""\n\nkeep\n\n"""]]',
  '[[!x a=b c=d e="""f]] [[!y g="""h"""]]',
  '[[!x a="b"]]"]] [[!y]]',
];

describe('directive syntax: where each directive ends and what parameters it gets, as ikiwiki\'s preprocess finds them', () => {
  const theirs = ikiwikiPreprocess(CASES);
  CASES.forEach((text, i) => {
    it(JSON.stringify(text), () => {
      expect(ours(text)).toEqual(theirs[i]);
    });
  });
});
