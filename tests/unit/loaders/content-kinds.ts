/** The kinds of content the content check meets: each sets up a content folder and says what the check must answer. */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Writes `files` (path → text or bytes) and `links` (path → target) under `root`. */
export function layout(root: string, files: Record<string, string | Uint8Array>, links: Record<string, string> = {}): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  for (const [path, target] of Object.entries(links)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    symlinkSync(target, join(root, path));
  }
}

const GOOD = 'revision: "1.2"\ndate: "2014-12-26T23:36:34Z"';
/** A revision file with front matter `meta` and `body`. */
export const rev = (meta: string, body = 'Title\n=====\n\ntext\n') => `---\n${meta}\n---\n${body}`;
const one = (text: string | Uint8Array, path = 'ports/x/1.2.mdwn') => ({ files: { [path]: text } });

export interface BadKind {
  name: string;
  files: Record<string, string | Uint8Array>;
  links?: Record<string, string>;
  /** The file the message names, relative to the content folder. */
  file: string;
  /** The field or place, then the problem, as the message says them after "file: ". */
  message: RegExp;
}

const F = 'ports/x/1.2.mdwn';
const bad = (name: string, text: string | Uint8Array, message: RegExp): BadKind => ({ name, ...one(text), file: F, message });
const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

export const badKinds: BadKind[] = [
  bad('no front matter', 'Title\n=====\n', /^front matter: missing/),
  bad('empty file', '', /^front matter: missing/),
  bad('front matter never closed', '---\nrevision: "1.2"\ntext\n', /^front matter: missing/),
  bad('YAML syntax error', rev(`${GOOD}\nlog: "unterminated`), /^front matter: not valid YAML \(line \d+\)/),
  bad('YAML duplicate key', rev(`${GOOD}\nrevision: "1.3"`), /^front matter: not valid YAML \(line 4\)/),
  bad('front matter is a list', rev('- revision\n- date'), /^front matter: must be a mapping of field: value/),
  bad('front matter is a scalar', rev('just text'), /^front matter: must be a mapping of field: value/),
  bad('revision missing', rev('date: "2014-12-26T23:36:34Z"'), /^revision: missing$/),
  bad('revision null', rev('revision: null\ndate: "2014-12-26T23:36:34Z"'), /^revision: missing$/),
  bad('revision unquoted number', rev('revision: 1.5\ndate: "2014-12-26T23:36:34Z"'), /^revision: must be a string \(in quotes\), not 1\.5$/),
  bad('revision a word', rev('revision: "one"\ndate: "2014-12-26T23:36:34Z"'), /^revision: "one" is not a revision number/),
  bad('revision without a dot', rev('revision: "1"\ndate: "2014-12-26T23:36:34Z"'), /^revision: "1" is not a revision number/),
  bad('revision with a space', rev('revision: "1.2 "\ndate: "2014-12-26T23:36:34Z"'), /^revision: "1\.2 " is not a revision number/),
  bad('revision a path', rev('revision: "../1.2"\ndate: "2014-12-26T23:36:34Z"'), /^revision: "\.\.\/1\.2" is not a revision number/),
  bad('date missing', rev('revision: "1.2"'), /^date: missing$/),
  bad('date a number', rev('revision: "1.2"\ndate: 2014'), /^date: must be a string \(in quotes\), not 2014$/),
  bad('date with slashes', rev('revision: "1.2"\ndate: "2014/12/26 23:36:34"'), /^date: "2014\/12\/26 23:36:34" is not a UTC time/),
  bad('date February 30', rev('revision: "1.2"\ndate: "2014-02-30T10:00:00Z"'), /^date: "2014-02-30T10:00:00Z" is not a UTC time .*real calendar date/),
  bad('date February 29 of a common year', rev('revision: "1.2"\ndate: "2015-02-29T10:00:00Z"'), /^date: "2015-02-29T10:00:00Z" is not a UTC time/),
  bad('date month 13', rev('revision: "1.2"\ndate: "2014-13-01T10:00:00Z"'), /^date: "2014-13-01T10:00:00Z" is not a UTC time/),
  bad('date hour 25', rev('revision: "1.2"\ndate: "2014-12-26T25:00:00Z"'), /^date: "2014-12-26T25:00:00Z" is not a UTC time/),
  bad('date with an offset', rev('revision: "1.2"\ndate: "2014-12-26T23:36:34+01:00"'), /^date: "2014-12-26T23:36:34\+01:00" is not a UTC time/),
  bad('date without a zone', rev('revision: "1.2"\ndate: "2014-12-26T23:36:34"'), /^date: "2014-12-26T23:36:34" is not a UTC time/),
  bad('date with milliseconds', rev('revision: "1.2"\ndate: "2014-12-26T23:36:34.500Z"'), /^date: "2014-12-26T23:36:34\.500Z" is not a UTC time/),
  bad('date only a day', rev('revision: "1.2"\ndate: "2014-12-26"'), /^date: "2014-12-26" is not a UTC time/),
  bad('date in 2099', rev('revision: "1.2"\ndate: "2099-01-01T00:00:00Z"'), /^date: "2099-01-01T00:00:00Z" is in the future$/),
  bad('date two days ahead', rev('revision: "1.2"\ndate: "2026-01-03T00:00:00Z"'), /^date: "2026-01-03T00:00:00Z" is in the future$/),
  bad('author a number', rev(`${GOOD}\nauthor: 42`), /^author: must be a string or null/),
  bad('log a list', rev(`${GOOD}\nlog: [a, b]`), /^log: must be a string or null/),
  bad('firstLine zero', rev(`${GOOD}\nfirstLine: 0`), /^firstLine: must be a whole number of at least 1$/),
  bad('firstLine a fraction', rev(`${GOOD}\nfirstLine: 1.5`), /^firstLine: must be a whole number of at least 1$/),
  bad('firstLine a string', rev(`${GOOD}\nfirstLine: "749"`), /^firstLine: must be a whole number of at least 1$/),
  bad('state unknown', rev(`${GOOD}\nstate: deleted`), /^state: must be "present" or "removed"$/),
  bad('unknown field (misspelt)', rev('revison: "1.2"\ndate: "2014-12-26T23:36:34Z"'), /^revison: unknown field \(known: revision, date/),
  bad('missing not a list', rev(`${GOOD}\nmissing: 3`), /^missing: must be a list of \{ line, what, standIn\? \}$/),
  bad('missing item a scalar', rev(`${GOOD}\nmissing: [3]`), /^missing\[0\]: must be a mapping \{ line, what, standIn\? \}$/),
  bad('missing item without what', rev(`${GOOD}\nmissing:\n  - line: 2`, 'a\n[[!missing]]\n'), /^missing\[0\]\.what: must say what the missing line was$/),
  bad('missing item with an empty what', rev(`${GOOD}\nmissing:\n  - line: 2\n    what: ""`, 'a\n[[!missing]]\n'), /^missing\[0\]\.what: must say what the missing line was$/),
  bad('missing item line a string', rev(`${GOOD}\nmissing:\n  - line: two\n    what: x`, 'a\n[[!missing]]\n'), /^missing\[0\]\.line: must be a page line number$/),
  bad('missing item standIn a number', rev(`${GOOD}\nmissing:\n  - line: 2\n    what: x\n    standIn: 5`, 'a\n[[!missing]]\n'), /^missing\[0\]\.standIn: must be a string$/),
  bad('missing item unknown key', rev(`${GOOD}\nmissing:\n  - line: 2\n    what: x\n    standin: ""`, 'a\n[[!missing]]\n'), /^missing\[0\]\.standin: unknown field \(known: line, what, standIn\)$/),
  bad('missing line without its marker', rev(`${GOOD}\nmissing:\n  - line: 1\n    what: x`, 'a\n'), /^missing\[0\]\.line: page line 1 must hold the marker \[\[!missing\]\]$/),
  bad('marker not listed', rev(GOOD, 'a\n[[!missing]]\n'), /^missing: page line 2 holds \[\[!missing\]\] but is not listed$/),
  bad('marker not listed, excerpt numbering', rev(`${GOOD}\nfirstLine: 749`, 'a\n[[!missing]]\n'), /^missing: page line 750 holds/),
  bad('CRLF line endings', rev(GOOD).replaceAll('\n', '\r\n'), /^line 1: has a carriage return \(CRLF or CR line endings\)/),
  bad('one CR in the body', rev(GOOD, 'a\nb\r\nc\n'), /^line 6: has a carriage return/),
  bad('a NUL byte', rev(GOOD, 'a\0b\n'), /^byte 54: is a NUL byte/),
  bad('body over the size limit', rev(GOOD, 'x'.repeat(80).concat('\n').repeat(13_000)), /^body: 1\.0 MiB is over the limit of 1 MiB per revision$/),
  {
    name: 'two files claim one revision',
    files: { 'ports/x/a.mdwn': rev(GOOD), 'ports/x/b.mdwn': rev(GOOD) },
    file: 'ports/x/b.mdwn',
    message: /^revision: "1\.2" of ports\/x is already claimed by ports\/x\/a\.mdwn$/,
  },
  {
    name: 'a later revision dated before an earlier one',
    files: { 'ports/x/1.9.mdwn': rev('revision: "1.9"\ndate: "2014-12-26T23:36:34Z"'), 'ports/x/1.10.mdwn': rev('revision: "1.10"\ndate: "2014-12-25T10:00:00Z"') },
    file: 'ports/x/1.10.mdwn',
    message: /^date: "2014-12-25T10:00:00Z" is before the date of the earlier revision 1\.9 \("2014-12-26T23:36:34Z", (.*\/)?ports\/x\/1\.9\.mdwn\); dates must increase with revision numbers$/,
  },
  { name: 'a file outside any page folder', ...one(rev(GOOD), '1.2.mdwn'), file: '1.2.mdwn', message: /^path: a revision file must sit in its page's folder/ },
  { name: 'a page folder with a space', ...one(rev(GOOD), 'ports/x y/1.2.mdwn'), file: 'ports/x y/1.2.mdwn', message: /^path: page folder "x y" is not a wiki page name/ },
  { name: 'a page folder with a percent sign', ...one(rev(GOOD), 'ports/x%2e/1.2.mdwn'), file: 'ports/x%2e/1.2.mdwn', message: /^path: page folder "x%2e" is not a wiki page name/ },
  { name: 'a page folder with a non-ASCII letter', ...one(rev(GOOD), 'ports/caf\u00e9/1.2.mdwn'), file: 'ports/caf\u00e9/1.2.mdwn', message: /^path: page folder "caf\u00e9"/ },
  { name: 'a page folder with a quote', ...one(rev(GOOD), 'ports/x"onmouseover=1/1.2.mdwn'), file: 'ports/x"onmouseover=1/1.2.mdwn', message: /^path: page folder "x"onmouseover=1"/ },
  { name: 'a symlink to itself', files: {}, links: { 'ports/x/1.2.mdwn': '1.2.mdwn' }, file: 'ports/x/1.2.mdwn', message: /^symlink: is a loop/ },
  { name: 'a folder symlink to its parent', files: { 'ports/x/1.2.mdwn': rev(GOOD) }, links: { 'ports/x/again': '..' }, file: 'ports/x/again', message: /^symlink: is a loop: it leads back to ports$/ },
  { name: 'a dangling symlink', files: {}, links: { 'ports/x/1.2.mdwn': 'gone.mdwn' }, file: 'ports/x/1.2.mdwn', message: /^symlink: is dangling: gone\.mdwn does not exist$/ },
  { name: 'a symlink out of the content folder', files: {}, links: { 'ports/x/1.2.mdwn': '/etc/passwd' }, file: 'ports/x/1.2.mdwn', message: /^symlink: points outside the content folder, to \/etc\/passwd$/ },
];

export { GOOD, latin1 };
