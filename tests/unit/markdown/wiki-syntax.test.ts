import { describe, expect, it } from 'vitest';
import { scanWikiSyntax } from '../../../src/markdown/directives/syntax.ts';
import { splitCsvLine } from '../../../src/markdown/directives/csv.ts';
import { fillTemplate } from '../../../src/markdown/directives/html-template.ts';
import { expandTabs } from '../../../src/markdown/preprocess.ts';

describe('directive syntax as ikiwiki parses it', () => {
  it('reads bare, quoted, triple-quoted, single-triple-quoted and heredoc values, keyed or not, over several lines', () => {
    const [token] = scanWikiSyntax('x [[!foo  bare key=v q="a b" t="""\n\nline "1"\n\n""" s=\'\'\'it\'s\'\'\'\n  h=<<EOT\nhere\ndoc\nEOT]] y');
    expect(token).toMatchObject({ kind: 'directive', name: 'foo', start: 2 });
    expect(token?.kind === 'directive' && token.params).toEqual([
      { key: null, value: 'bare' }, { key: 'key', value: 'v' }, { key: 'q', value: 'a b' },
      { key: 't', value: 'line "1"' }, { key: 's', value: "it's" }, { key: 'h', value: 'here\ndoc' },
    ]);
  });

  it('finds links with text, anchors and escapes, and leaves `[[` that is neither alone', () => {
    const tokens = scanWikiSyntax('[[a b|c/d#e]] [[plain]] \\[[esc]] \\[[!toc]] [[ no ]] [[!x"]] [[\n]]');
    // `[[!x"` is no directive to ikiwiki either: a name must be followed by white space or `]]`.
    expect(tokens.map((t) => t.kind)).toEqual(['link', 'link', 'escaped', 'escaped', 'link']);
    expect(tokens[0]).toMatchObject({ text: 'a b', target: 'c/d', anchor: 'e' });
    expect(tokens[3]).toMatchObject({ text: '[[!toc ]]' });
  });

  it('calls an unclosed quote malformed, ending at the directive name so the rest still renders', () => {
    const text = '[[!meta title="open]]\n\nNext paragraph.';
    const [token] = scanWikiSyntax(text);
    expect(token).toMatchObject({ kind: 'malformed', name: 'meta', problem: 'unclosed "' });
    expect(text.slice(token!.end)).toBe(' title="open]]\n\nNext paragraph.');
  });
});

describe('ikiwiki\'s backtracking directive regex', () => {
  it('runs a triple-quoted value with """ inside on to the next """ and the next ]], as ikiwiki does', () => {
    const text = '[[!x a="""one """ two"""]] mid [[!y b="""z"""]] end';
    const [token, ...rest] = scanWikiSyntax(text);
    expect(token).toMatchObject({ kind: 'directive', name: 'x', end: text.indexOf(' end') });
    expect(rest).toEqual([]);
    // Split again by ikiwiki's parameter loop: each value must be followed by white space.
    expect(token?.kind === 'directive' && token.params).toEqual([
      { key: 'a', value: 'one ' }, { key: null, value: 'two"""]]' }, { key: null, value: 'mid' }, { key: null, value: '[[!y' }, { key: 'b', value: 'z' },
    ]);
  });

  it('reads a key whose value cannot be read as a bare value, and skips what no parameter matches', () => {
    const [token] = scanWikiSyntax('[[!x k= <<EOT\nEOT]]');
    expect(token?.kind === 'directive' && token.params).toEqual([{ key: null, value: 'k=' }, { key: null, value: '<<EOT' }, { key: null, value: 'EOT' }]);
  });

  it('gives up on a page-long unclosed directive in bounded time and reports it unclosed', () => {
    const text = `[[!x a="""${' w'.repeat(20_000)}"""\n${'"""'.repeat(200)}`;
    const started = process.hrtime.bigint();
    const [token] = scanWikiSyntax(text);
    expect(token).toMatchObject({ kind: 'malformed', name: 'x' });
    expect(Number(process.hrtime.bigint() - started) / 1e9).toBeLessThan(5);
  });
});

describe('table data', () => {
  it('splits CSV as Text::CSV does with loose quotes', () => {
    expect(splitCsvLine('a,"b, c","say ""hi""",,x"y', ',')).toEqual(['a', 'b, c', 'say "hi"', '', 'x"y']);
    expect(splitCsvLine('k;"v"', ';')).toEqual(['k', 'v']);
    expect(splitCsvLine('a,', ',')).toEqual(['a', '']);
  });

  it('fails where Text::CSV fails: an unterminated quoted field, text after a closing quote', () => {
    for (const line of ['netbsd,"says ""hello', '"abc"def,g', 'a,"b" ', '"a""']) expect(splitCsvLine(line, ',')).toBeNull();
  });
});

describe('HTML::Template', () => {
  const values = new Map([['text', '<em>hi</em>'], ['raw_text', '*hi*'], ['flag', '1']]);
  it('fills TMPL_VAR (any case, NAME= or bare, ESCAPE=HTML) and branches on TMPL_IF / TMPL_UNLESS / TMPL_ELSE', () => {
    expect(fillTemplate('<TMPL_VAR text>|<tmpl_var name="RAW_TEXT">|<TMPL_VAR text ESCAPE=HTML>', values)).toBe('<em>hi</em>|*hi*|&lt;em&gt;hi&lt;/em&gt;');
    expect(fillTemplate('<TMPL_IF flag>yes<TMPL_IF missing>no<TMPL_ELSE>inner</TMPL_IF><TMPL_ELSE>no</TMPL_IF>', values)).toBe('yesinner');
    expect(fillTemplate('<TMPL_UNLESS flag>no<TMPL_ELSE>else</TMPL_UNLESS>.<TMPL_UNLESS missing>shown</TMPL_UNLESS>', values)).toBe('else.shown');
  });
});

describe('tabs', () => {
  it('expand to stops every 4 columns, as Discount reads its input', () => {
    expect(expandTabs('\tcode\tx\nab\tc\n  \t|')).toBe('    code    x\nab  c\n    |');
  });
});
