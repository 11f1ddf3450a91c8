/**
 * What a page weighs on a first visit, gzipped: its HTML plus every stylesheet and script file it references (inline
 * ones are in the HTML). Shared by bench/site.ts and the browser tests, so both measure alike.
 */
import { gzipSync } from 'node:zlib';

export interface Weight {
  /** HTML plus referenced CSS and JS files, each gzipped on its own, as a server sends them. */
  total: number;
  /** The part that is CSS: referenced files, plus inline `<style>` text gzipped alone. */
  css: number;
  /** The part that is JavaScript: referenced files, plus inline scripts (not JSON data) gzipped alone. */
  js: number;
}

/** Fetches a file the page references, by its resolved URL; null when there is none. */
export type Loader = (url: URL) => Promise<Uint8Array | string | null>;

const gzip = (bytes: Uint8Array | string): number => gzipSync(bytes, { level: 9 }).length;

/** The page at `url` with HTML `html`, and the files it references through `load`. */
export async function pageWeight(url: URL, html: string, load: Loader): Promise<Weight> {
  const refs = async (pattern: RegExp) => {
    let sum = 0;
    for (const match of html.matchAll(pattern)) {
      const body = await load(new URL(match[1]!.replaceAll('&amp;', '&'), url));
      if (body !== null) sum += gzip(body);
    }
    return sum;
  };
  const inline = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!).join('');
  const cssFiles = await refs(/<link\b[^>]*\brel="?stylesheet"?[^>]*\bhref="?([^"\s>]+)/g);
  const jsFiles = await refs(/<script\b[^>]*\bsrc="?([^"\s>]+)/g);
  const styles = inline(/<style\b[^>]*>([\s\S]*?)<\/style>/g);
  const scripts = inline(/<script(?![^>]*\bsrc=)(?![^>]*type="?application\/(?:ld\+)?json)[^>]*>([\s\S]*?)<\/script>/g);
  return {
    total: gzip(html) + cssFiles + jsFiles,
    css: cssFiles + (styles ? gzip(styles) : 0),
    js: jsFiles + (scripts ? gzip(scripts) : 0),
  };
}
