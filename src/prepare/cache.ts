/** A content-addressed store on disk: what was computed once (rendered HTML, diffs, bodies) is found again by the hash of its inputs. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** The hash of everything an output depends on, as a hex key. */
export function hashKey(...parts: readonly unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(typeof part === 'string' ? part : JSON.stringify(part)).update('\0');
  return hash.digest('hex').slice(0, 32);
}

/**
 * Entries are written in the background (libuv's threads create the files while this thread computes the next ones:
 * creating a file was most of the prepare step's own time); until written they are read from memory. `flush` waits
 * for every write and throws the first that failed.
 */
export class ContentCache {
  readonly dir: string;
  readonly #pending = new Map<string, string | Uint8Array>();
  readonly #writes = new Set<Promise<void>>();
  readonly #dirs = new Map<string, Promise<unknown>>();
  #failure: unknown = null;

  constructor(dir: string) {
    this.dir = dir;
  }

  /** `kind/ab/cdef….ext`: two levels keep folders small when the wiki has tens of thousands of entries. */
  path(kind: string, key: string): string {
    return join(this.dir, kind, key.slice(0, 2), key.slice(2));
  }

  has(kind: string, key: string): boolean {
    const path = this.path(kind, key);
    return this.#pending.has(path) || existsSync(path);
  }

  read(kind: string, key: string): string {
    const pending = this.#pending.get(this.path(kind, key));
    if (pending !== undefined) return typeof pending === 'string' ? pending : Buffer.from(pending).toString('utf8');
    return readFileSync(this.path(kind, key), 'utf8');
  }

  readBytes(kind: string, key: string): Uint8Array<ArrayBuffer> {
    const pending = this.#pending.get(this.path(kind, key));
    return new Uint8Array(pending === undefined ? readFileSync(this.path(kind, key)) : typeof pending === 'string' ? Buffer.from(pending) : pending);
  }

  readJson<T>(kind: string, key: string): T {
    return JSON.parse(this.read(kind, key)) as T;
  }

  /** Writes atomically (a temporary file renamed), so an interrupted build never leaves half an entry behind. */
  write(kind: string, key: string, content: string | Uint8Array): void {
    const path = this.path(kind, key);
    if (this.#pending.has(path) || existsSync(path)) return;
    this.#pending.set(path, content);
    const folder = dirname(path);
    const made = this.#dirs.get(folder) ?? mkdir(folder, { recursive: true });
    this.#dirs.set(folder, made);
    const temp = `${path}.${process.pid}.tmp`;
    const write: Promise<void> = made
      .then(() => writeFile(temp, content))
      .then(() => rename(temp, path))
      .catch((error: unknown) => void (this.#failure ??= error))
      .finally(() => {
        this.#pending.delete(path);
        this.#writes.delete(write);
      });
    this.#writes.add(write);
  }

  writeJson(kind: string, key: string, value: unknown): void {
    this.write(kind, key, JSON.stringify(value));
  }

  /** Waits until every entry is on disk; throws the first write that failed. */
  async flush(): Promise<void> {
    while (this.#writes.size > 0) await Promise.all(this.#writes);
    if (this.#failure !== null) throw this.#failure;
  }
}
