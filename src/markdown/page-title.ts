/** How ikiwiki names a page that has no `[[!meta title]]`: `pagetitle(basename(page))`. */

/** `ports/xen/howto` → `howto`; `Kernel_Configuration` → `Kernel Configuration`; `__40__` escapes → their character. */
export function ikiwikiPageTitle(pageId: string): string {
  const base = pageId.replace(/\/+$/, '').split('/').at(-1) ?? '';
  return unescapePageName(base);
}

/** ikiwiki's `pagetitle($name, 1)`: `_` reads as a space, `__NN__` as the character with code NN. */
export function unescapePageName(name: string): string {
  return name.replace(/__(\d+)__|_/g, (all, code: string | undefined) => (code === undefined ? ' ' : String.fromCodePoint(Number(code))));
}

/** ikiwiki's `linkpage`: spaces become `_`, characters outside its file name set become `__NN__`. */
export function linkPageName(link: string): string {
  return link.replace(/[^-\p{L}\p{N}+/.:_]/gu, (char) => (char === ' ' ? '_' : `__${char.codePointAt(0)}__`));
}
