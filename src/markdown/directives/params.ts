/** A directive's parameter text split into parameters as ikiwiki's preprocess loop does (its `m{...}msgx` regex). */

/** A directive's parameter in written order: `key=value` has a key, a bare value has `key: null`. */
export interface Param {
  key: string | null;
  value: string;
}

// The same alternatives in the same order; a value must be followed by white space or a line end,
// and what matches nothing is skipped, as the global match does.
const PARAM = /(?:([-.\w]+)=)?(?:"""(.*?)"""|"([^"]*?)"|'''(.*?)'''|<<([a-zA-Z]+)\n(.*?)\n\5|(\S+))(?:\s+|$)/gms;

export function splitParams(source: string): Param[] {
  const params: Param[] = [];
  for (const m of source.matchAll(PARAM)) {
    const [, key, triple, quoted, single, , heredoc, bare] = m;
    const value = triple !== undefined
      ? triple.replace(/\r\n/g, '\n').replace(/^\n+/, '').replace(/\n+$/, '')
      : quoted ?? single ?? bare ?? heredoc ?? '';
    params.push({ key: key ?? null, value });
  }
  return params;
}
