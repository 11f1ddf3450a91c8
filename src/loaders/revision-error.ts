/** An error in a revision file, naming the file and the field or place, so one message tells what to fix. */
import type { z } from 'astro/zod';
import { missingLineSchema, revisionMetaSchema } from '../schemas/revision.ts';

export class RevisionError extends Error {
  readonly file: string;
  readonly field: string;

  constructor(file: string, field: string, problem: string) {
    super(`${file}: ${field}: ${problem}`);
    this.name = 'RevisionError';
    this.file = file;
    this.field = field;
  }
}

/** `missing[0].line` from `['missing', 0, 'line']`. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`)).join('');
}

/**
 * The first schema issue as one "file: field: problem" error; the schema's messages are the problems.
 * An unknown field comes first: it is most often a misspelt one, which also makes its right name "missing".
 */
export function schemaError(file: string, issues: readonly z.core.$ZodIssue[]): RevisionError {
  const issue = issues.find((i) => i.code === 'unrecognized_keys') ?? issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const known = Object.keys((issue.path.length === 0 ? revisionMetaSchema : missingLineSchema).shape).join(', ');
    return new RevisionError(file, fieldPath([...issue.path, issue.keys[0]!]), `unknown field (known: ${known})`);
  }
  return new RevisionError(file, fieldPath(issue.path) || 'front matter', issue.path.length === 0 ? 'must be a mapping of field: value' : issue.message);
}
