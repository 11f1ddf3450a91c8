import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineBlocks, pagePolicy, withPolicy } from '../../../src/build/csp.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineBlocks', () => {
  it('finds inline scripts and styles as raw text, skipping external scripts, comments and quoted ">"', () => {
    const html = [
      '<html><head><style>a>b{color:red}</style>',
      '<script type="module" src="/a.js"></script>',
      '<script>if (a < b && c > d) go("</p>")</script>',
      '</head><body title="x > <script>not one</script>">',
      '<!-- <script>commented()</script> -->',
      "<p data-x='<style>'>text</p><SCRIPT type=\"application/json\">{\"a\":1}</SCRIPT>",
      '</body></html>',
    ].join('');
    expect(inlineBlocks(html)).toEqual({
      scripts: ['if (a < b && c > d) go("</p>")', '{"a":1}'],
      styles: ['a>b{color:red}'],
    });
  });
});

describe('pagePolicy', () => {
  it('allows exactly the inline blocks by hash, with no unsafe-inline script and no unsafe-eval', () => {
    const policy = pagePolicy('<head><script>one()</script><script>one()</script><style>p{}</style></head>');
    expect(policy).toContain(`script-src 'self' ${sha('one()')};`);
    expect(policy).toContain(`style-src 'self' ${sha('p{}')};`);
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    expect(policy).not.toContain('unsafe-eval');
  });

  it('allows stylesheet files only on a page that links one or runs a script', () => {
    const styleSrc = (html: string) => /style-src ([^;]*)/.exec(pagePolicy(html))![1];
    expect(styleSrc('<head><style>p{}</style></head><body><p>rel="stylesheet"</p></body>')).toBe(sha('p{}'));
    expect(styleSrc('<head><link rel="stylesheet" href="/_astro/diff.css"><style>p{}</style></head>')).toBe(`'self' ${sha('p{}')}`);
    expect(styleSrc('<head><script type="module" src="/a.js"></script></head>')).toBe("'self'");
    expect(styleSrc('<head></head><body>plain</body>')).toBe("'none'");
  });

  it('allows style attributes only on a page that has one or runs a script', () => {
    const allows = (html: string) => pagePolicy(html).includes("style-src-attr 'unsafe-inline'");
    expect(allows('<head><style>p{}</style></head><body><pre class="shiki"><span class="sk">at</span></pre><p>style="x"</p></body>')).toBe(false);
    expect(allows('<body><span style="color:red">a</span></body>')).toBe(true);
    expect(allows('<body><p\ttitle="a" STYLE = "color:red">a</p></body>')).toBe(true);
    expect(allows('<head><script type="module" src="/a.js"></script></head>')).toBe(true);
  });
});

describe('withPolicy', () => {
  it('puts the meta first in head, before the scripts it governs', () => {
    const html = withPolicy('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><script>x()</script></head><body></body></html>');
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-[^']+'; /);
  });
});

describe('img-src', () => {
  it('allows upstream and data: images only where the page shows an image or runs a script', () => {
    const img = (html: string) => /img-src ([^;]*)/.exec(pagePolicy(html))?.[1];
    expect(img('<head><style>p{}</style></head><body><p>no picture</p></body>')).toBeUndefined();
    expect(img('<body><img src="https://wiki.netbsd.org/a.png" alt=""></body>')).toBe("'self' data: https:");
    expect(img('<head><script type="module" src="/a.js"></script></head>')).toBe("'self' data: https:");
  });
});
