/** Shiki transformer: in kernel-config blocks, device and pseudo-device names link to their section 4 manual page. */
import type { Element } from 'hast';
import type { CodeOptionsSingleTheme, CodeToHastOptions, ShikiTransformer, ShikiTransformerContextSource, ThemedToken } from 'shiki';
import { netbsdKernelConfig } from '../grammars/netbsd-kernel-config.ts';

/** Names a block may be tagged with to get the kernel-config grammar. */
const KERNEL_CONFIG_NAMES = new Set([netbsdKernelConfig.name, ...(netbsdKernelConfig.aliases ?? [])]);
const DEVICE_SCOPE = /^entity\.name\.type\.device(?:\.[\w-]+)*\.netbsd-kernel-config$/;

/** A device name in the source, by character offsets, and the manual page it documents. */
export interface DeviceName {
  start: number;
  end: number;
  page: string;
}

/** `wd0` → `wd`, `xpci` → `xpci`: config(1) takes trailing digits as the unit number, so driver names never end in one. */
export function manPageName(instance: string): string | undefined {
  const base = instance.replace(/\*$/, '').replace(/[0-9]+$/, '');
  return /^[A-Za-z_][-A-Za-z_0-9]*$/.test(base) ? base : undefined;
}

export function manPageUrl(page: string): string {
  return `https://man.netbsd.org/${page}.4`;
}

/** One theme is enough to ask the grammar for scopes. */
function oneTheme(options: CodeToHastOptions): CodeOptionsSingleTheme {
  if ('themes' in options && options.themes) {
    const first = Object.values(options.themes).find((theme) => theme != null);
    if (first) return { theme: first };
  }
  if ('theme' in options && options.theme) return { theme: options.theme };
  throw new Error('man-links: the highlighter was given no theme');
}

/** Finds device names by grammar scope; token colours alone cannot tell a device from a parent of the same colour. */
export function deviceNames(context: ShikiTransformerContextSource): DeviceName[] {
  const { tokens } = context.codeToTokens(context.source, {
    lang: context.options.lang,
    ...oneTheme(context.options),
    includeExplanation: 'scopeName',
  });
  const names: DeviceName[] = [];
  for (const token of tokens.flat()) {
    let offset = token.offset;
    for (const part of token.explanation ?? []) {
      const isDevice = part.scopes.some((scope) => DEVICE_SCOPE.test(scope.scopeName));
      const page = isDevice ? manPageName(part.content) : undefined;
      if (page) names.push({ start: offset, end: offset + part.content.length, page });
      offset += part.content.length;
    }
  }
  return names;
}

/** Cuts a token at device-name boundaries so each name is a token of its own. */
function splitToken(token: ThemedToken, names: DeviceName[], pages: WeakMap<ThemedToken, string>): ThemedToken[] {
  const end = token.offset + token.content.length;
  const inside = names.filter((name) => name.start < end && name.end > token.offset);
  if (inside.length === 0) return [token];
  const pieces: ThemedToken[] = [];
  let at = token.offset;
  const piece = (from: number, to: number): ThemedToken => ({
    ...token,
    offset: from,
    content: token.content.slice(from - token.offset, to - token.offset),
  });
  for (const name of inside) {
    const from = Math.max(name.start, token.offset);
    const to = Math.min(name.end, end);
    if (from > at) pieces.push(piece(at, from));
    const device = piece(from, to);
    if (from === name.start && to === name.end) pages.set(device, name.page);
    pieces.push(device);
    at = to;
  }
  if (at < end) pieces.push(piece(at, end));
  return pieces;
}

/**
 * The device name's token turned into its link: the token's class (added later) colours it, code.css underlines it.
 * Its name is the device's, as written: in a kernel config block a device name leads to that device's manual page, as
 * names in the code samples of language references lead to theirs (the link's address says so too); a label
 * "xpci(4) manual page" on each cost the reading page 56 bytes gzipped of its weight limit (bench/RESULTS.md).
 */
export function manLink(page: string, token: Element): Element {
  return { ...token, tagName: 'a', properties: { ...token.properties, href: manPageUrl(page) } };
}

export function transformerManLinks(): ShikiTransformer {
  const pages = new WeakMap<ThemedToken, string>();
  return {
    name: 'netbsd:man-links',
    tokens(lines) {
      if (!KERNEL_CONFIG_NAMES.has(this.options.lang)) return;
      const names = deviceNames(this);
      if (names.length === 0) return;
      return lines.map((line) => line.flatMap((token) => splitToken(token, names, pages)));
    },
    span(node, _line, _col, _lineElement, token) {
      const page = pages.get(token);
      return page ? manLink(page, node) : node;
    },
  };
}
