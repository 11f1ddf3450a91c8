/** The admin section: head, branch, access, symbols, locks, strict, comment, expand, newphrases. */
import { atKeyword, isNum, keyword, optionalNum, optionalString, pairList, semi, skipNewphrase, wordList } from './grammar.ts';
import type { Lexer } from './lexer.ts';
import { stringBytes } from './strings.ts';
import type { AdminSection } from './types.ts';

const REQUIRED = ['access', 'symbols', 'locks'] as const;
const KNOWN = new Set(['branch', 'access', 'symbols', 'locks', 'strict', 'comment', 'expand']);

/** True when the admin section is over: a delta's number or `desc` follows. */
function adminEnds(lx: Lexer): boolean {
  const t = lx.peek();
  return t.kind !== 'word' || isNum(t.value) || t.value === 'desc';
}

export function parseAdmin(lx: Lexer): AdminSection {
  keyword(lx, 'head');
  const admin: AdminSection = {
    head: optionalNum(lx, 'head').value,
    branch: null, access: [], symbols: new Map(), locks: new Map(), strict: false, comment: null, expand: null,
  };
  const seen = new Set<string>();
  while (!adminEnds(lx)) {
    const t = lx.peek();
    const kw = t.kind === 'word' ? t.value : '';
    if (seen.has(kw)) throw lx.error(t.at, `"${kw}" given twice in the admin section`);
    seen.add(kw);
    if (KNOWN.has(kw)) lx.next(); // newphrases are consumed whole by skipNewphrase
    switch (kw) {
      case 'branch': admin.branch = optionalNum(lx, 'branch').value; break;
      case 'access': admin.access = wordList(lx, 'a login name', () => true); break;
      case 'symbols': admin.symbols = pairList(lx, 'symbols'); break;
      case 'locks': admin.locks = pairList(lx, 'locks'); break;
      case 'strict': semi(lx, 'strict'); admin.strict = true; break;
      case 'comment': admin.comment = stringText(lx, optionalString(lx, 'comment')); break;
      case 'expand':
        admin.expand = stringText(lx, optionalString(lx, 'expand'));
        if (admin.expand === 'b') throw lx.error(t.at, 'binary file (expand @b@, checked in with -kb): expected a text file');
        break;
      default: skipNewphrase(lx);
    }
  }
  for (const kw of REQUIRED) {
    if (!seen.has(kw)) throw lx.unexpected(lx.peek(), `the keyword "${kw}" in the admin section`);
  }
  if (atKeyword(lx, 'desc') && admin.head !== null) throw lx.unexpected(lx.peek(), `the delta of head revision ${admin.head}`);
  return admin;
}

function stringText(lx: Lexer, ref: ReturnType<typeof optionalString>): string | null {
  return ref === null ? null : stringBytes(lx.bytes, ref).toString('latin1');
}
