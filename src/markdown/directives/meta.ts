/** `[[!meta ...]]`: title, description, author and date go to the findings; the directive leaves nothing in the text. */
import { NOTHING, type DirectiveHandler } from './context.ts';

const KEYS = ['title', 'description', 'author', 'date'] as const;

export const meta: DirectiveHandler = (params, { findings }) => {
  for (const { key, value } of params) {
    if (key && (KEYS as readonly string[]).includes(key)) findings[key as (typeof KEYS)[number]] = value;
  }
  return NOTHING;
};
