/** The parsed (not yet reconstructed) parts of an RCS file, per rcsfile(5). */

/** An `@…@` string in the file: where its contents are, and whether they hold `@@` escapes. */
export interface StringRef {
  /** Byte offset of the first content byte (after the opening `@`). */
  start: number;
  /** Byte offset of the closing `@`. */
  end: number;
  escaped: boolean;
}

export interface AdminSection {
  /** Null for a file without revisions (`head ;`). */
  head: string | null;
  /** The default branch (CVS vendor branches); we read the trunk regardless. */
  branch: string | null;
  access: string[];
  symbols: Map<string, string>;
  locks: Map<string, string>;
  strict: boolean;
  comment: string | null;
  expand: string | null;
}

export interface DeltaNode {
  num: string;
  /** Byte offset of the revision number, for messages. */
  at: number;
  /** ISO 8601 UTC. */
  date: string;
  author: string;
  /** `Exp`, `Rel`, `dead`, … (empty if the file gives none). */
  state: string;
  branches: string[];
  next: string | null;
  nextAt: number;
}

export interface DeltaText {
  num: string;
  at: number;
  log: StringRef;
  text: StringRef;
}

export interface RcsFile {
  file: string;
  bytes: Buffer;
  admin: AdminSection;
  /** In file order (newest trunk revision first, as RCS writes them). */
  deltas: Map<string, DeltaNode>;
  desc: StringRef;
  texts: Map<string, DeltaText>;
}

/** One trunk revision with its full text. */
export interface RcsRevision {
  number: string;
  date: string;
  author: string;
  state: string;
  /** The log message, without the newline RCS appends. */
  log: string;
  text: string;
}

export interface RcsHistory {
  file: string;
  /** Trunk revisions, oldest first. */
  revisions: RcsRevision[];
  /** Revisions off the trunk (branches), which are not reconstructed. */
  branches: string[];
  warnings: string[];
}
