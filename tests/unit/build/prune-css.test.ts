import { describe, expect, it } from 'vitest';
import { pageClasses, pruneCss, pruneInlineStyles } from '../../../src/build/prune-css.ts';

describe('pruneCss', () => {
  const has = (...names: string[]) => new Set(names);

  it('drops rules whose every selector needs a class the page lacks, and those selectors from lists', () => {
    expect(pruneCss('.meta dt{font-weight:600}.note,.meta{margin:0}a{color:red}', has('note'))).toBe('.note{margin:0}a{color:red}');
  });

  it('keeps selectors whose classes are only inside :is(), :not(), :has() or attribute selectors', () => {
    const css = ':is(.crumbs,.tabs) a{x:1}p:not(.x){y:2}:root:has(.t :checked){z:3}a[href^=\\#],a[title=".q"]{w:4}';
    expect(pruneCss(css, has())).toBe(css);
  });

  it('prunes inside @media and drops a block left empty; keeps other at-rules and strings with braces', () => {
    expect(pruneCss('@media print{.toc{display:none}.gone{x:1}}@media (width<=40rem){.gone{x:1}}', has('toc'))).toBe('@media print{.toc{display:none}}');
    expect(pruneCss('@font-face{font-family:x}.a:before{content:"{.b}"}', has('a'))).toBe('@font-face{font-family:x}.a:before{content:"{.b}"}');
  });
});

describe('pruneInlineStyles', () => {
  it('reads classes quoted or not, and leaves pages with scripts whole', () => {
    expect(pageClasses('<p class="note excerpt-note"><a class=heading-history>')).toEqual(new Set(['note', 'excerpt-note', 'heading-history']));
    const page = '<style>.note{a:1}.meta{b:2}</style><p class=note>';
    expect(pruneInlineStyles(page)).toBe('<style>.note{a:1}</style><p class=note>');
    expect(pruneInlineStyles(`${page}<script src="/a.js"></script>`)).toBe(`${page}<script src="/a.js"></script>`);
  });
});
