/**
 * Finds ikiwiki's `[[!directives]]` and `[[wikilinks]]` in page text, as its preprocess and linkify
 * regexes do (prefix_directives on): one left-to-right pass, no backtracking over the page.
 */

/** A directive's parameters in written order: `key=value` has a key, a bare value has `key: null`. */
export interface Param {
  key: string | null;
  value: string;
}

export type Token =
  | { kind: 'directive'; start: number; end: number; name: string; params: Param[] }
  | { kind: 'link'; start: number; end: number; text: string | null; target: string; anchor: string | null }
  /** `\[[...]]`: ikiwiki prints the brackets without the backslash. */
  | { kind: 'escaped'; start: number; end: number; text: string }
  /** `[[!name` that never closes as ikiwiki's syntax requires. */
  | { kind: 'malformed'; start: number; end: number; name: string; problem: string };

const NAME = /[-\w]+/y;
const KEY = /[-.\w]+=/y;
const UNQUOTED = /[^"\s\]]+/y;
const HEREDOC = /<<([a-zA-Z]+)\n/y;
const SPACE = /\s+/y;
// The link regex of IkiWiki::Plugin::link with prefix_directives: text may span lines, the target may not.
const LINK = /\[\[(?=[^!])(?:([^\]|]+)\|)?([^\n\r\]#]+)(?:#([^\s\]]+))?\]\]/y;

function stickyMatch(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

type Value = { value: string; end: number } | { problem: string };

/** One parameter value at `at`, unquoted as preprocess's param loop does (triple quotes lose outer newlines). */
function readValue(text: string, at: number): Value | null {
  for (const quote of ['"""', "'''"]) {
    if (!text.startsWith(quote, at)) continue;
    const close = text.indexOf(quote, at + 3);
    if (close < 0) return { problem: `unclosed ${quote}` };
    const raw = text.slice(at + 3, close);
    const value = quote === '"""' ? raw.replace(/\r\n/g, '\n').replace(/^\n+|\n+$/g, '') : raw;
    return { value, end: close + 3 };
  }
  if (text[at] === '"') {
    const close = text.indexOf('"', at + 1);
    return close < 0 ? { problem: 'unclosed "' } : { value: text.slice(at + 1, close), end: close + 1 };
  }
  const heredoc = stickyMatch(HEREDOC, text, at);
  if (heredoc) {
    const marker = `\n${heredoc[1]}`;
    const close = text.indexOf(marker, at + heredoc[0].length - 1);
    if (close < 0) return { problem: `unclosed <<${heredoc[1]}` };
    return { value: text.slice(at + heredoc[0].length, close), end: close + marker.length };
  }
  const bare = stickyMatch(UNQUOTED, text, at);
  return bare ? { value: bare[0], end: at + bare[0].length } : null;
}

/** The directive whose `[[!` is at `start`, or why it is not one. */
function readDirective(text: string, start: number): Token | null {
  const name = stickyMatch(NAME, text, start + 3)?.[0];
  if (!name) return null;
  let at = start + 3 + name.length;
  const params: Param[] = [];
  const malformed = (problem: string): Token => ({ kind: 'malformed', start, end: start + 3 + name.length, name, problem });
  if (!text.startsWith(']]', at) && !stickyMatch(SPACE, text, at)) return null;
  for (;;) {
    const space = stickyMatch(SPACE, text, at);
    if (space) at += space[0].length;
    if (text.startsWith(']]', at)) return { kind: 'directive', start, end: at + 2, name, params };
    if (at >= text.length) return malformed('no closing ]]');
    const key = stickyMatch(KEY, text, at);
    const valueAt = key ? at + key[0].length : at;
    const value = readValue(text, valueAt);
    if (!value) return malformed(`unexpected “${text[at]}”`);
    if ('problem' in value) return malformed(value.problem);
    params.push({ key: key ? key[0].slice(0, -1) : null, value: value.value });
    at = value.end;
  }
}

/** Every directive, link and escape of `text`, in order and not overlapping. */
export function scanWikiSyntax(text: string): Token[] {
  const tokens: Token[] = [];
  let at = text.indexOf('[[');
  while (at >= 0) {
    const token = tokenAt(text, at);
    if (token) tokens.push(token);
    at = text.indexOf('[[', token ? token.end : at + 1);
  }
  return tokens;
}

function tokenAt(text: string, at: number): Token | null {
  const escaped = at > 0 && text[at - 1] === '\\';
  const start = escaped ? at - 1 : at;
  if (text[at + 2] === '!') {
    const directive = readDirective(text, at);
    if (!directive) return null;
    if (!escaped || directive.kind !== 'directive') return directive;
    // ikiwiki re-prints an escaped directive with one space after the name.
    const source = text.slice(at + 3 + directive.name.length, directive.end - 2);
    return { kind: 'escaped', start, end: directive.end, text: `[[!${directive.name} ${source}]]` };
  }
  const link = stickyMatch(LINK, text, at);
  if (!link) return null;
  const end = at + link[0].length;
  if (escaped) return { kind: 'escaped', start, end, text: link[0] };
  return { kind: 'link', start, end, text: link[1] ?? null, target: link[2]!, anchor: link[3] ?? null };
}
