/** Token colours as role classes: what each token of the HowTo's blocks gets, and that no style attribute is left. */
import { createShikiHighlighter } from '@astrojs/internal-helpers/shiki';
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { shikiConfig } from '../../../src/markdown/highlight-config.ts';
import { grammarCases } from '../../helpers/fixtures.ts';

const HOWTO = grammarCases().find((c) => c.name === 'howto-1.52')!.input;

async function highlight(code: string, lang: string): Promise<Root> {
  const hl = await createShikiHighlighter(shikiConfig);
  return hl.codeToHast(code, lang, { transformers: shikiConfig.transformers, wrap: false });
}

/** Each token of the block as `[text, class]`: an element with its class, or bare text in a line as `-` (lines are bare too). */
function tokens(root: Root): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const text = (node: Element): string => node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? text(c) : '')).join('');
  const visit = (node: Root | Element, inCode: boolean) => {
    for (const child of node.children) {
      if (child.type === 'text' && inCode) for (const part of child.value.split('\n')) if (part !== '') out.push([part, '-']);
      if (child.type !== 'element') continue;
      const className = (child.properties.className as string[] | undefined) ?? [];
      if (child.tagName === 'span' || child.tagName === 'a') out.push([text(child), className.join(' ') || 'none']);
      else visit(child, child.tagName === 'code');
    }
  };
  visit(root, false);
  return out;
}

describe('token classes', () => {
  it('give each token of the HowTo kernel config the class of its role', async () => {
    const found = tokens(await highlight(HOWTO, 'netbsd-kernel-config'));
    expect(found.slice(0, 8)).toEqual([
      ['include', 'sk'],
      [' "arch/i386/conf/XEN3_DOMU"', 'ss'],
      ['# Add support for PCI busses to the XEN3_DOMU kernel', 'sc'],
      ['xpci', 'sd'],
      ['*', 'sw'],
      [' at', 'sk'],
      [' xenbus', 'sp'],
      [' ?', 'sw'],
    ]);
    expect(found).toContainEqual([' dev', 'sl']);
  });

  it('leave operators and punctuation in the text colour, as bare text', async () => {
    expect(tokens(await highlight("pci = [ '0000:00:06.0' ]", 'xen-domu-config'))).toEqual([
      ['pci', 'sl'],
      [' = [ ', '-'],
      ["'0000:00:06.0'", 'ss'],
      [' ]', '-'],
    ]);
  });

  it('leave no style attribute, on the block or a token, and give the block one class', async () => {
    for (const [code, lang] of [[HOWTO, 'netbsd-kernel-config'], ['$ ls /tmp', 'shellsession'], ['plain text', 'plaintext']] as const) {
      const root = await highlight(code, lang);
      expect(toHtml(root), lang).not.toContain('style=');
      expect(toHtml(root), lang).not.toContain('<span>');
      expect((root.children[0] as Element).properties, lang).toEqual({ className: ['shiki'], tabIndex: 0 });
    }
  });
});
