/** Reads one hand-written revision file: YAML front matter (the revision's metadata) above the page's wiki source. */
import { parseDocument } from 'yaml';
import { MISSING_LINE, type MissingLine, type Revision } from '../schemas/revision.ts';
import { RevisionError } from './revision-error.ts';

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;
const REVISION_ID = /^(\d+(\.\d+)+|[0-9a-f]{7,40})$/;
const UTC_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const KNOWN_FIELDS = new Set(['revision', 'date', 'author', 'log', 'firstLine', 'missing', 'state']);

/** Parses `text` (the file's content) as revision `page`; `file` names it in errors. */
export function parseRevisionFile(text: string, file: string, page: string): Revision {
  const fence = FENCE.exec(text);
  if (!fence) throw new RevisionError(file, 'front matter', 'missing: the file must start with a "---" line, the metadata, and a closing "---" line');
  const doc = parseDocument(fence[1]!, { uniqueKeys: true });
  if (doc.errors.length > 0) throw new RevisionError(file, 'front matter', `not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  const meta: unknown = doc.toJS();
  if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) throw new RevisionError(file, 'front matter', 'must be a mapping of field: value');
  const data = meta as Record<string, unknown>;
  for (const key of Object.keys(data)) if (!KNOWN_FIELDS.has(key)) throw new RevisionError(file, key, 'unknown field (known: ' + [...KNOWN_FIELDS].join(', ') + ')');

  const revision = requireString(data, 'revision', file);
  if (!REVISION_ID.test(revision)) throw new RevisionError(file, 'revision', `"${revision}" is not a revision number such as "1.52" (quote it in YAML) or a git hash`);
  const date = requireString(data, 'date', file);
  if (!UTC_DATE.test(date) || Number.isNaN(Date.parse(date))) throw new RevisionError(file, 'date', `"${date}" is not a UTC time such as "2014-12-26T23:46:22Z"`);
  const firstLine = data.firstLine ?? 1;
  if (!Number.isInteger(firstLine) || (firstLine as number) < 1) throw new RevisionError(file, 'firstLine', 'must be a whole number of at least 1');
  const state = data.state ?? 'present';
  if (state !== 'present' && state !== 'removed') throw new RevisionError(file, 'state', 'must be "present" or "removed"');

  const body = text.slice(fence[0].length);
  const missing = parseMissing(data.missing, file, body, firstLine as number);
  return {
    page, revision, date,
    author: optionalString(data, 'author', file),
    log: optionalString(data, 'log', file),
    firstLine: firstLine as number, missing, body, state, origin: file,
  };
}

function requireString(data: Record<string, unknown>, field: string, file: string): string {
  const value = data[field];
  if (value === undefined || value === null) throw new RevisionError(file, field, 'missing');
  if (typeof value !== 'string') throw new RevisionError(file, field, `must be a string (in quotes), not ${JSON.stringify(value)}`);
  return value;
}

function optionalString(data: Record<string, unknown>, field: string, file: string): string | null {
  const value = data[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new RevisionError(file, field, 'must be a string or null (unknown)');
  return value;
}

/** Validates the `missing` list against the body: each listed line holds the marker, and each marker is listed. */
function parseMissing(value: unknown, file: string, body: string, firstLine: number): MissingLine[] {
  const list = value ?? [];
  if (!Array.isArray(list)) throw new RevisionError(file, 'missing', 'must be a list of { line, what, standIn? }');
  const lines = body.split('\n');
  const result = list.map((item: unknown, i): MissingLine => {
    const where = `missing[${i}]`;
    if (typeof item !== 'object' || item === null) throw new RevisionError(file, where, 'must be a mapping { line, what, standIn? }');
    const { line, what, standIn } = item as Record<string, unknown>;
    if (!Number.isInteger(line)) throw new RevisionError(file, `${where}.line`, 'must be a page line number');
    if (typeof what !== 'string' || what === '') throw new RevisionError(file, `${where}.what`, 'must say what the missing line was');
    if (standIn !== undefined && typeof standIn !== 'string') throw new RevisionError(file, `${where}.standIn`, 'must be a string');
    if (lines[(line as number) - firstLine] !== MISSING_LINE)
      throw new RevisionError(file, `${where}.line`, `page line ${line} must hold the marker ${MISSING_LINE}`);
    return standIn === undefined ? { line: line as number, what } : { line: line as number, what, standIn };
  });
  lines.forEach((text, index) => {
    const line = index + firstLine;
    if (text === MISSING_LINE && !result.some((m) => m.line === line))
      throw new RevisionError(file, 'missing', `page line ${line} holds ${MISSING_LINE} but is not listed`);
  });
  return result;
}
