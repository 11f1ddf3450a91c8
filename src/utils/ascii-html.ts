/**
 * HTML written in ASCII, every other character as a numeric character reference: the same page to a browser, but a
 * string V8 keeps at one byte a character. One “ or → made a whole page a two-byte string, which Astro, the content
 * cache and the finish step read, copy and encode several times slower (bench/RESULTS.md, round 11). Not for the
 * text of script and style elements, where references are not read.
 */
const NON_ASCII = /[^\0-\x7F]/gu;

const reference = (character: string): string => `&#x${character.codePointAt(0)!.toString(16).toUpperCase()};`;

/** `html` with each character outside ASCII as a character reference. */
export const asciiHtml = (html: string): string => html.replace(NON_ASCII, reference);

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text as HTML content or a double-quoted attribute's value, in ASCII. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"]|[^\0-\x7F]/gu, (c) => ESCAPES[c] ?? reference(c));
