/**
 * Finds ikiwiki's `[[!directives]]` and `[[wikilinks]]` in page text, as its preprocess and linkify
 * regexes do (prefix_directives on): one left-to-right pass; only a directive that does not close
 * when read straight gets ikiwiki's backtracking (directive-extent.ts).
 */
import { extentMemo, paramsEnd, type ExtentMemo } from './directive-extent.ts';
import { splitParams, type Param } from './params.ts';

export type { Param } from './params.ts';

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

type Value = { end: number } | { problem: string };

/** Where the value at `at` ends on its first reading (triple quotes to the nearest close...), or why it has none. */
function readValue(text: string, at: number): Value | null {
  for (const quote of ['"""', "'''"]) {
    if (!text.startsWith(quote, at)) continue;
    const close = text.indexOf(quote, at + 3);
    return close < 0 ? { problem: `unclosed ${quote}` } : { end: close + 3 };
  }
  if (text[at] === '"') {
    const close = text.indexOf('"', at + 1);
    return close < 0 ? { problem: 'unclosed "' } : { end: close + 1 };
  }
  const heredoc = stickyMatch(HEREDOC, text, at);
  if (heredoc) {
    const marker = `\n${heredoc[1]}`;
    const close = text.indexOf(marker, at + heredoc[0].length);
    return close < 0 ? { problem: `unclosed <<${heredoc[1]}` } : { end: close + marker.length };
  }
  const bare = stickyMatch(UNQUOTED, text, at);
  return bare ? { end: at + bare[0].length } : null;
}

/**
 * The directive whose `[[!` is at `start`, or why it is not one. Read straight, each value taking
 * its first reading, which is ikiwiki's regex's first try; only if that finds no `]]` does the
 * backtracking search run. The parameters are then split as ikiwiki's own loop splits them.
 */
function readDirective(text: string, start: number, memo: ExtentMemo): Token | null {
  const name = stickyMatch(NAME, text, start + 3)?.[0];
  if (!name) return null;
  const paramsAt = start + 3 + name.length;
  const directive = (end: number): Token => ({ kind: 'directive', start, end, name, params: splitParams(text.slice(paramsAt, end - 2)) });
  if (text.startsWith(']]', paramsAt)) return directive(paramsAt + 2);
  const space = stickyMatch(SPACE, text, paramsAt);
  if (!space) return null;
  const first = paramsAt + space[0].length;
  let at = first;
  let problem: string | null = null;
  for (;;) {
    const more = stickyMatch(SPACE, text, at);
    if (more) at += more[0].length;
    if (text.startsWith(']]', at)) return directive(at + 2);
    if (at >= text.length) { problem = 'no closing ]]'; break; }
    const key = stickyMatch(KEY, text, at);
    const value = readValue(text, key ? at + key[0].length : at);
    if (!value) { problem = `unexpected “${text[at]}”`; break; }
    if ('problem' in value) { problem = value.problem; break; }
    at = value.end;
  }
  const end = paramsEnd(text, first, memo);
  if (end !== null && end >= 0) return directive(end);
  return { kind: 'malformed', start, end: paramsAt, name, problem };
}

/** Every directive, link and escape of `text`, in order and not overlapping. */
export function scanWikiSyntax(text: string): Token[] {
  const tokens: Token[] = [];
  const memo = extentMemo(text);
  let at = text.indexOf('[[');
  while (at >= 0) {
    const token = tokenAt(text, at, memo);
    if (token) tokens.push(token);
    at = text.indexOf('[[', token ? token.end : at + 1);
  }
  return tokens;
}

function tokenAt(text: string, at: number, memo: ExtentMemo): Token | null {
  const escaped = at > 0 && text[at - 1] === '\\';
  const start = escaped ? at - 1 : at;
  if (text[at + 2] === '!') {
    const directive = readDirective(text, at, memo);
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
