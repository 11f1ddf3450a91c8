/** `[[!img file.png alt="..." size=WxH]]`: the image from the upstream wiki, where the file lives (first as the page's own file). */
import { escapeHtml, html, errorBox, param, type DirectiveHandler } from './context.ts';

export const img: DirectiveHandler = (params, context) => {
  const file = params.find((p) => p.key === null)?.value;
  if (!file) return errorBox('img', context.line, 'no image file');
  const path = new URL(file.startsWith('/') ? file : `/${context.page}/${file}`, 'https://wiki.invalid/').pathname;
  const alt = param(params, 'alt') ?? '';
  const [width, height] = (param(params, 'size') ?? '').split('x');
  const size = `${width ? ` width="${escapeHtml(width)}"` : ''}${height ? ` height="${escapeHtml(height)}"` : ''}`;
  const upstream = context.index.site.upstream.replace(/\/+$/, '');
  return html(`<img src="${escapeHtml(upstream + path)}" alt="${escapeHtml(alt)}"${size}>`);
};
