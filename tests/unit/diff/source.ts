/** A `DiffSource` for tests and benches: a whole page's text as one revision, no headings, no missing lines. */
import type { DiffSource } from '../../../src/diff/model.ts';

export const diffSource = (page: string, revision: string, body: string, date = '2014-12-26T00:00:00Z'): DiffSource => ({
  page,
  revision,
  date,
  author: null,
  log: null,
  firstLine: 1,
  missing: [],
  body,
  headings: [],
});
