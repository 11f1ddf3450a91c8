/** A map that keeps the most recently used entries up to a total size, dropping the least recently used first. */
export class Lru<V> {
  readonly #entries = new Map<string, { value: V; size: number }>();
  #size = 0;

  readonly capacity: number;

  constructor(capacity: number) {
    this.capacity = capacity;
  }

  get(key: string): V | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    // Map keeps insertion order: re-inserting moves the entry to the recent end.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V, size: number): void {
    const old = this.#entries.get(key);
    if (old !== undefined) { this.#size -= old.size; this.#entries.delete(key); }
    this.#entries.set(key, { value, size });
    this.#size += size;
    for (const [oldest, entry] of this.#entries) {
      if (this.#size <= this.capacity || oldest === key) break;
      this.#entries.delete(oldest);
      this.#size -= entry.size;
    }
  }

  get size(): number {
    return this.#size;
  }
}
