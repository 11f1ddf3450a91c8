/** `[[!tag a b]]` and `[[!taglink a]]`: tags are findings (ikiwiki lists them under the page); taglink links in place. */
import { escapeHtml } from '../../utils/ascii-html.ts';
import { html, NOTHING, type DirectiveHandler } from './context.ts';
import { pageHref } from '../wiki-links.ts';

const tagsOf = (params: Parameters<DirectiveHandler>[0]) => params.filter((p) => p.key === null).map((p) => p.value);

export const tag: DirectiveHandler = (params, { findings }) => {
  for (const name of tagsOf(params)) if (!findings.tags.includes(name)) findings.tags.push(name);
  return NOTHING;
};

export const taglink: DirectiveHandler = (params, { findings, index }) => {
  const links = params.map(({ key, value }) => {
    const name = key === null ? value : value; // `[[!taglink text|tag]]` is written with the bar inside the value
    const [text, target] = name.includes('|') ? (name.split('|', 2) as [string, string]) : [name, name];
    if (!findings.tags.includes(target)) findings.tags.push(target);
    return `<a href="${escapeHtml(pageHref(`tags/${target}`, index))}" rel="tag">${escapeHtml(text)}</a>`;
  });
  return links.length ? html(links.join(' ')) : NOTHING;
};
