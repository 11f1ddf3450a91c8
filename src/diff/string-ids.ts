/** Numbers strings so that equal ones share an id, hashing only a few sampled characters of each. */

/** A 32-bit hash of the length and nine characters spread over the string. */
function sampleHash(s: string): number {
  const n = s.length;
  let h = Math.imul(n, 0x9e3779b1);
  if (n > 0) {
    h = Math.imul(h ^ s.charCodeAt(n - 1), 0x85ebca6b);
    for (let k = 0; k < 8; k++) h = Math.imul(h ^ s.charCodeAt((k * n) >> 3), 0xcc9e2d51) + k;
  }
  return h ^ (h >>> 15);
}

/**
 * Ids 1, 2, … in order of first appearance. Strings with the same sampled hash are told apart by
 * comparing them; should that happen too often (text made to collide), a Map takes over.
 */
export class StringIds {
  /** The string of each id; slot 0 unused. Sized up front: growing by `push` copies it again and again. */
  #strings: string[];
  #next = 1;
  /** Open addressing, at most half full: slot k holds an id at 2k (0 = empty) and its hash at 2k + 1. */
  #table: Int32Array;
  #collisions = 0;
  #map: Map<string, number> | null = null;

  /** `expected`: about how many different strings will come (the table grows past it as needed). */
  constructor(expected = 512) {
    let slots = 16;
    while (slots < 2 * expected) slots *= 2;
    this.#table = new Int32Array(2 * slots);
    this.#strings = new Array<string>(expected + 1).fill('');
  }

  /** One more than the largest id given. */
  get next(): number {
    return this.#next;
  }

  /** The id of `s`, a new one if it was never seen. */
  id(s: string): number {
    if (this.#map) return this.#map.get(s) ?? this.#add(s);
    const h = sampleHash(s);
    const table = this.#table;
    const mask = (table.length >> 1) - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const id = table[2 * slot]!;
      if (id === 0) {
        const added = this.#add(s);
        table[2 * slot] = added;
        table[2 * slot + 1] = h;
        if (4 * added >= table.length) this.#grow();
        return added;
      }
      if (table[2 * slot + 1] === h) {
        if (this.#strings[id] === s) return id;
        if (++this.#collisions > 64 + this.#next) {
          this.#map = new Map(this.#strings.slice(1, this.#next).map((t, i) => [t, i + 1]));
          return this.#map.get(s) ?? this.#add(s);
        }
      }
    }
  }

  /** Records a string under the next id. */
  #add(s: string): number {
    const id = this.#next++;
    if (id < this.#strings.length) this.#strings[id] = s;
    else this.#strings.push(s);
    this.#map?.set(s, id);
    return id;
  }

  /** Doubles the table, re-placing every id by its stored hash. */
  #grow(): void {
    const old = this.#table;
    const table = new Int32Array(2 * old.length);
    const mask = (table.length >> 1) - 1;
    for (let k = 0; k < old.length; k += 2) {
      if (old[k] === 0) continue;
      let slot = old[k + 1]! & mask;
      while (table[2 * slot] !== 0) slot = (slot + 1) & mask;
      table[2 * slot] = old[k]!;
      table[2 * slot + 1] = old[k + 1]!;
    }
    this.#table = table;
  }
}
