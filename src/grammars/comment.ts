/** The `# ...` comment rule the three grammars share, scoped to each language. */
export function hashComment(language: string, match = '(#).*$') {
  return {
    match,
    name: `comment.line.number-sign.${language}`,
    captures: { 1: { name: `punctuation.definition.comment.${language}` } },
  };
}
