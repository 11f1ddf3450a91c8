/** `[[!toc levels=N startlevel=M]]`: a placeholder where it stands; rehype-wiki-toc fills it once headings have ids. */
import { html, param, type DirectiveHandler } from './context.ts';

const number = (value: string | undefined, fallback: number): number => {
  const parsed = Number.parseInt(value ?? '', 10);
  return Number.isNaN(parsed) ? fallback : parsed;
};

export const toc: DirectiveHandler = (params, { findings }) => {
  // The first toc's parameters win, as ikiwiki records one toc per page.
  findings.toc ??= { levels: number(param(params, 'levels'), 1), startlevel: number(param(params, 'startlevel'), 0) };
  return html('<div class="toc"></div>');
};
