/** A content-addressed store on disk: what was computed once (rendered HTML, diffs, bodies) is found again by the hash of its inputs. */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The hash of everything an output depends on, as a hex key. */
export function hashKey(...parts: readonly unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(typeof part === 'string' ? part : JSON.stringify(part)).update('\0');
  return hash.digest('hex').slice(0, 32);
}

export class ContentCache {
  readonly dir: string;
  /** Folders made by this cache: each is made once, not once per entry. */
  readonly #dirs = new Set<string>();

  constructor(dir: string) {
    this.dir = dir;
  }

  /** `kind/ab/cdef….ext`: two levels keep folders small when the wiki has tens of thousands of entries. */
  path(kind: string, key: string): string {
    return join(this.dir, kind, key.slice(0, 2), key.slice(2));
  }

  has(kind: string, key: string): boolean {
    return existsSync(this.path(kind, key));
  }

  read(kind: string, key: string): string {
    return readFileSync(this.path(kind, key), 'utf8');
  }

  readBytes(kind: string, key: string): Uint8Array<ArrayBuffer> {
    return new Uint8Array(readFileSync(this.path(kind, key)));
  }

  readJson<T>(kind: string, key: string): T {
    return JSON.parse(this.read(kind, key)) as T;
  }

  /** Writes atomically, so an interrupted build never leaves half an entry behind. */
  write(kind: string, key: string, content: string | Uint8Array): void {
    const path = this.path(kind, key);
    if (existsSync(path)) return;
    const folder = dirname(path);
    if (!this.#dirs.has(folder)) (mkdirSync(folder, { recursive: true }), this.#dirs.add(folder));
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, content);
    renameSync(temp, path);
  }

  writeJson(kind: string, key: string, value: unknown): void {
    this.write(kind, key, JSON.stringify(value));
  }
}
