/** Reads one hand-written revision file: YAML front matter (the revision's metadata) above the page's wiki source. */
import { parseDocument } from 'yaml';
import { MAX_BODY_BYTES, MISSING_LINE, revisionMetaSchema, type MissingLine, type Revision } from '../schemas/revision.ts';
import { RevisionError, schemaError } from './revision-error.ts';

const FENCE = /^---\n(?:([\s\S]*?)\n)?---(?:\n|$)/;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface RevisionFileOptions {
  /** The present, for "not in the future"; a date more than a day ahead is refused (clocks and zones differ by less). */
  now?: Date;
}

/** Parses `text` (the file's decoded content, BOM removed) as revision `page`; `file` names it in errors. */
export function parseRevisionFile(text: string, file: string, page: string, options: RevisionFileOptions = {}): Revision {
  const crlf = text.indexOf('\r');
  if (crlf >= 0) {
    const line = text.slice(0, crlf).split('\n').length;
    throw new RevisionError(file, `line ${line}`, 'has a carriage return (CRLF or CR line endings); save the file with LF line endings, as CVS stores wiki pages');
  }
  const fence = FENCE.exec(text);
  if (!fence) throw new RevisionError(file, 'front matter', 'missing: the file must start with a "---" line, the metadata, and a closing "---" line');
  const doc = parseDocument(fence[1] ?? '', { uniqueKeys: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    // +1: the opening fence is the file's first line.
    const where = error.linePos ? ` (line ${error.linePos[0].line + 1})` : '';
    throw new RevisionError(file, 'front matter', `not valid YAML${where}: ${error.message.split('\n')[0]}`);
  }
  const parsed = revisionMetaSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) throw schemaError(file, parsed.error.issues);
  const meta = parsed.data;

  const now = options.now ?? new Date();
  if (Date.parse(meta.date) > now.getTime() + DAY_MS) throw new RevisionError(file, 'date', `"${meta.date}" is in the future`);

  const body = text.slice(fence[0].length);
  const size = Buffer.byteLength(body);
  if (size > MAX_BODY_BYTES) throw new RevisionError(file, 'body', `${(size / 2 ** 20).toFixed(1)} MiB is over the limit of ${MAX_BODY_BYTES / 2 ** 20} MiB per revision`);
  checkMissing(meta.missing, file, body, meta.firstLine);
  return { page, ...meta, body, origin: file };
}

/** Checks the `missing` list against the body: each listed line holds the marker, and each marker is listed. */
function checkMissing(missing: readonly MissingLine[], file: string, body: string, firstLine: number): void {
  const lines = body.split('\n');
  missing.forEach(({ line }, i) => {
    if (lines[line - firstLine] !== MISSING_LINE) throw new RevisionError(file, `missing[${i}].line`, `page line ${line} must hold the marker ${MISSING_LINE}`);
  });
  const listed = new Set(missing.map((m) => m.line));
  lines.forEach((text, index) => {
    const line = index + firstLine;
    if (text === MISSING_LINE && !listed.has(line)) throw new RevisionError(file, 'missing', `page line ${line} holds ${MISSING_LINE} but is not listed`);
  });
}
