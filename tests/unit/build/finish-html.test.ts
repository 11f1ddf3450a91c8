/** finishPage reads a page's UTF-8 bytes one character per byte: text beyond ASCII passes through, hashes are of the bytes served, white space is HTML's. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { finishPage } from '../../../src/build/finish-html.ts';

const bytes = (html: string) => new TextEncoder().encode(html);
const text = (html: Uint8Array) => new TextDecoder().decode(html);
const sha = (block: string) => `'sha256-${createHash('sha256').update(block, 'utf8').digest('base64')}'`;

const style = '.arrow::before{content:"→"}.unused{color:red}';
const script = 'console.log("café “quoted” 𝔵")';
const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Crème · “ü” 𝔵</title><style>${style}</style>` +
  `<script>${script}</script></head><body>${body}</body></html>`;

describe('finishPage', () => {
  it('leaves text beyond ASCII as it was, in titles, text, attribute values and inline blocks', () => {
    const finished = text(finishPage(bytes(page('<p class="arrow" title="voilà">Ünïcödé → “ok” 𝔵</p>'))));
    expect(finished).toContain('<title>Crème · “ü” 𝔵</title>');
    expect(finished).toContain('<p class=arrow title=voilà>Ünïcödé → “ok” 𝔵</p>');
    expect(finished).toContain(`<script>${script}</script>`);
  });

  it('hashes the inline style and script as the browser does, over their UTF-8 bytes', () => {
    const finished = text(finishPage(bytes(page('<p class="arrow">a</p>'))));
    // The page runs a script, so its style is kept whole.
    expect(finished).toContain(`style-src 'self' ${sha(style)};`);
    expect(finished).toContain(`script-src 'self' ${sha(script)};`);
  });

  it('splits class lists and ends bare values at HTML white space only, not at a no-break space', () => {
    const plain = (body: string) =>
      `<!DOCTYPE html><html lang="en"><head><style>.a{color:red}.b{color:blue}</style></head><body>${body}</body></html>`;
    const finished = text(finishPage(bytes(plain('<p class="a\u00a0b" title="x\u00a0y">one class, named “a b”</p>'))));
    expect(finished).toContain('<style></style>');
    expect(finished).toContain('<p class=a\u00a0b title=x\u00a0y>');
    expect(text(finishPage(bytes(plain('<p class="a\tb">two</p>'))))).toContain('<style>.a{color:red}.b{color:blue}</style>');
  });

  it('gives a buffer of its own, which the worker can hand over without taking Node’s shared pool with it', () => {
    const finished = finishPage(bytes(page('<p>short</p>')));
    expect(finished.byteOffset).toBe(0);
    expect(finished.buffer.byteLength).toBe(finished.byteLength);
  });
});
