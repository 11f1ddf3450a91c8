/** `[[!img file.png alt="..." size=WxH]]`: the image from the upstream wiki, found by bestlink among the wiki's files as ikiwiki's img plugin finds it. */
import { escapeHtml } from '../../utils/ascii-html.ts';
import { bestlink, fileHref } from '../wiki-links.ts';
import { html, errorBox, param, type DirectiveHandler } from './context.ts';

export const img: DirectiveHandler = (params, context) => {
  const file = params.find((p) => p.key === null)?.value;
  if (!file) return errorBox('img', context.line, 'no image file');
  const found = context.index.site.files ? bestlink(context.page, file, context.index) : null;
  // Without the wiki's list of files, the image is taken to be the page's own (`page/file`), or from the root.
  const path = found ?? new URL(file.startsWith('/') ? file : `/${context.page}/${file}`, 'https://wiki.invalid/').pathname;
  const alt = param(params, 'alt') ?? '';
  const [width, height] = (param(params, 'size') ?? '').split('x');
  const size = `${width ? ` width="${escapeHtml(width)}"` : ''}${height ? ` height="${escapeHtml(height)}"` : ''}`;
  return html(`<img src="${escapeHtml(fileHref(path, context.index))}" alt="${escapeHtml(alt)}"${size}>`);
};
