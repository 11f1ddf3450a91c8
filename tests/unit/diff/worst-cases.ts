/** The line diff's worst shapes (issue 11), for the GNU-equality tests and bench/diff.ts. */
import { prng } from './generate.ts';

/** Two files of `lines` lines with no line in common. */
export function disjointPair(lines: number, seed = 11): [string, string] {
  const random = prng(seed);
  const file = (tag: string) => Array.from({ length: lines }, (_, k) => `${tag} ${k} ${Math.floor(random() * 1e9).toString(36)}\n`).join('');
  return [file('old'), file('new')];
}

/** Two files of `lines` lines, each line drawn at random from the same `distinct` lines. */
export function shuffledPair(lines: number, distinct: number, seed = 13): [string, string] {
  const random = prng(seed);
  const pool = Array.from({ length: distinct }, (_, k) => `line ${k} of the pool\n`);
  const file = () => Array.from({ length: lines }, () => pool[Math.floor(random() * distinct)]!).join('');
  return [file(), file()];
}
