/** A content-addressed store on disk: what was computed once (rendered HTML, diffs, bodies) is found again by the hash of its inputs. */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';

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

  /**
   * `kind/key`: one folder a kind. Its tens of thousands of entries for the whole wiki are no burden to a file system
   * that indexes its folders (ext4, XFS, APFS, NTFS), and a folder costs far more to make than a file on this machine's
   * ext4 (bench/RESULTS.md, round 8): two levels made a folder for nearly every entry of a page's history.
   */
  path(kind: string, key: string): string {
    return join(this.dir, kind, key);
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

  /** Writes atomically, so an interrupted build never leaves half an entry behind; threads of one process write apart. */
  write(kind: string, key: string, content: string | Uint8Array): void {
    const path = this.path(kind, key);
    if (existsSync(path)) return;
    const folder = dirname(path);
    if (!this.#dirs.has(folder)) (mkdirSync(folder, { recursive: true }), this.#dirs.add(folder));
    const temp = `${path}.${process.pid}-${threadId}.tmp`;
    writeFileSync(temp, content);
    renameSync(temp, path);
  }

  writeJson(kind: string, key: string, value: unknown): void {
    this.write(kind, key, JSON.stringify(value));
  }
}
