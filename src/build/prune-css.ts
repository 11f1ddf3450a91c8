/**
 * Takes out of a built page's inline `<style>` the selectors that can match nothing on it: those that need a class
 * no element of the page has. Stylesheets are shared by every page of a kind (Astro bundles them per view), so a
 * reading page carries rules for parts only some revisions have (an author and log, a token role its code lacks);
 * a page without scripts has all the classes it will ever have in its markup, so those rules are dead weight.
 * Conservative: a class inside `:is()`, `:not()`, `:has()` or an attribute selector counts as not required, and
 * pages that run a script keep their styles whole. Reads the page's bytes one character each (finish-html.ts), so
 * white space is HTML's, ASCII only.
 */

/**
 * Every class name of the page's elements, from their `class` attributes, quoted or not. Read from anywhere in the
 * text: "class=x" written in a paragraph only adds a name, which keeps a rule, never drops one.
 */
export function pageClasses(html: string): Set<string> {
  const names = new Set<string>();
  for (const m of html.matchAll(/[\t\n\f\r ]class=(?:"([^"]*)"|'([^']*)'|([^\t\n\f\r >"'=<`]+))/gi)) {
    for (const name of (m[1] ?? m[2] ?? m[3] ?? '').split(/[\t\n\f\r ]+/)) if (name) names.add(name);
  }
  return names;
}

/** Splits `text` at `separator` where no bracket, parenthesis, brace or string is open. */
function splitTop(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === '\\') i++;
    else if (c === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** The classes a selector needs: those outside any parentheses or attribute brackets. */
function requiredClasses(selector: string): string[] {
  let outside = '';
  let depth = 0;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i]!;
    if (c === '\\') {
      if (depth === 0) outside += selector.slice(i, i + 2);
      i++;
    } else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0) outside += c;
  }
  return [...outside.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]!);
}

/** The top-level blocks of a stylesheet: `prelude{body}` each, or an at-rule ending in `;`. */
function blocks(css: string): Array<{ prelude: string; body: string | null }> {
  const out: Array<{ prelude: string; body: string | null }> = [];
  let i = 0;
  while (i < css.length) {
    let depth = 0;
    let quote = '';
    let open = -1;
    let j = i;
    for (; j < css.length; j++) {
      const c = css[j]!;
      if (quote) {
        if (c === '\\') j++;
        else if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '\\') j++;
      else if (c === '{') {
        if (depth++ === 0) open = j;
      } else if (c === '}') {
        if (--depth === 0) break;
      } else if (c === ';' && depth === 0) break;
    }
    if (open < 0) out.push({ prelude: css.slice(i, j + 1), body: null });
    else out.push({ prelude: css.slice(i, open), body: css.slice(open + 1, j) });
    i = j + 1;
  }
  return out;
}

/** The stylesheet without the selectors (and then rules, and then `@media` blocks) that need a class not in `classes`. */
export function pruneCss(css: string, classes: ReadonlySet<string>): string {
  return blocks(css).map(({ prelude, body }) => {
    if (body === null) return prelude;
    const head = prelude.trim();
    if (/^@(media|supports|layer)\b/i.test(head)) {
      const inner = pruneCss(body, classes);
      return inner.trim() === '' ? '' : `${prelude}{${inner}}`;
    }
    if (head.startsWith('@')) return `${prelude}{${body}}`;
    const alive = splitTop(prelude, ',').filter((s) => requiredClasses(s).every((name) => classes.has(name)));
    return alive.length === 0 ? '' : `${alive.join(',')}{${body}}`;
  }).join('');
}

/** The page with its inline styles pruned to its own classes; a page that runs a script is returned as it is. */
export function pruneInlineStyles(html: string): string {
  if (/<script\b/i.test(html)) return html;
  const classes = pageClasses(html);
  return html.replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi, (_, open: string, css: string, close: string) => open + pruneCss(css, classes) + close);
}
