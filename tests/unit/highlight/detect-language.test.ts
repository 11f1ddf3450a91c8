/** Language detection for untagged code blocks: the HowTo's blocks, our fixtures, and look-alikes that must stay plain. */
import type { Code } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/markdown/detect-language.ts';
import { remarkDetectLanguage } from '../../../src/markdown/highlight-config.ts';
import { howtoRevision } from '../../helpers/content.ts';
import { grammarCases } from '../../helpers/fixtures.ts';

/** The code blocks of a revision after our remark plugin ran, in page order. */
function blocksOf(revision: string): Code[] {
  const tree = fromMarkdown(howtoRevision(revision).body);
  remarkDetectLanguage()(tree);
  return tree.children.filter((node): node is Code => node.type === 'code');
}

describe('the HowTo', () => {
  for (const revision of ['1.51', '1.52']) {
    it(`tags revision ${revision}'s three blocks boot params, domU config, kernel config`, () => {
      expect(blocksOf(revision).map((block) => block.lang)).toEqual([
        'netbsd-boot-params',
        'xen-domu-config',
        'netbsd-kernel-config',
      ]);
    });
  }
});

describe('our grammar fixtures', () => {
  for (const c of grammarCases()) {
    it(`${c.lang}/${c.name} is detected as ${c.lang}`, () => expect(detectLanguage(c.input)).toBe(c.lang));
  }
});

describe('domU configs', () => {
  it.each([
    'memory = 256',
    'name = "nbsd"\nvcpus = 2',
    "vif = [ 'bridge=bridge0' ]",
    "disk = [ 'file:/x,0x1,w' ]",
  ])('%j', (code) => expect(detectLanguage(code)).toBe('xen-domu-config'));
});

describe('boot parameters', () => {
  it.each([
    'dom0_mem=256M console=com1 com1=115200,8n1 sync_console',
    'multiboot /xen.gz dom0_mem=256M',
    'menu=Boot normally:boot netbsd',
    'timeout=5\ndefault=1',
  ])('%j', (code) => expect(detectLanguage(code)).toBe('netbsd-boot-params'));
});

describe('shell sessions', () => {
  it.each([
    '# xl create /usr/pkg/etc/xen/nbsd',
    '# xl create -c /usr/pkg/etc/xen/nbsd\nUsing config file "/usr/pkg/etc/xen/nbsd".',
    '$ ls -l /kern/xen/pci\ntotal 0',
    'dom0# xl list\nName   ID   Mem VCPUs      State   Time(s)\nDomain-0   0   256     1     r-----     12.3',
    '# cd /usr/src\n# ./build.sh -U -m i386 kernel=XEN3_DOMU',
    '# /usr/pkg/share/examples/rc.d/xencommons start',
  ])('%j', (code) => expect(detectLanguage(code)).toBe('shellsession'));
});

describe('look-alikes stay plain', () => {
  it.each([
    // dmesg: numbered parents, colons, no wildcards
    'pciback0 at pci0 dev 6 function 0: vendor 0x8086 product 0x100e (rev. 0x02)\npciback0: hiding device 00:06.0',
    'uhci0 at pci0 dev 29 function 0: vendor 8086 product 24c2 (rev. 0x02)',
    'uhci0 at pci0 dev 29 function 0: vendor 8086 product 24c2\nusb0 at uhci0: USB revision 1.0\nuhub0 at usb0: vendor 8086 UHCI root hub',
    'cpu0 at mainbus0 apid 0\nwd0 at atabus0 drive 0',
    'mainbus0 (root)\nxenbus0 at hypervisor0: Xen Virtual Bus Interface',
    // kernel-config comments alone, which also look like root prompts
    '# Add support for PCI busses to the XEN3_DOMU kernel\n# PCI USB controllers',
    '# make sure the kernel has xpci',
    // prose and other languages
    'Then the PCI drivers will attach to PCI busses as usual.',
    'cpu at home',
    '#include <stdio.h>\nint main(void) { return 0; }',
    'include /etc/nginx/mime.types;',
    'xend=YES\nxencommons=YES',
    'PKG_PATH=http://cdn.NetBSD.org/pub/pkgsrc/packages/NetBSD/amd64/7.0/All',
    'x = 5',
    'x = foo(1)',
    'CFLAGS="-O2"',
    '/dev/wd0a / ffs rw 1 1',
    'set the console=pc value',
    '',
  ])('%j', (code) => expect(detectLanguage(code)).toBeUndefined());
});

describe('the remark plugin', () => {
  it('leaves a block tagged by its author as written, even when the text says otherwise', () => {
    const tree = fromMarkdown('```sh\nxpci* at xenbus ?\n```\n\n```\nxpci* at xenbus ?\n```\n');
    remarkDetectLanguage()(tree);
    expect(tree.children.map((node) => (node as Code).lang)).toEqual(['sh', 'netbsd-kernel-config']);
  });

  it('leaves an undetectable block without a language', () => {
    const tree = fromMarkdown('    just some text\n');
    remarkDetectLanguage()(tree);
    expect((tree.children[0] as Code).lang).toBeNull();
  });

  it('reads a block indented as a whole, as in a list item', () => {
    expect(detectLanguage('    options XEN\n    xpci* at xenbus ?')).toBe('netbsd-kernel-config');
  });
});

describe('root prompts against comments that start with a command word', () => {
  it.each([
    ['# make sure the kernel has xpci', undefined],
    ['# cat the file to check', undefined],
    ['# make', 'shellsession'],
    ['# make -j2 install', 'shellsession'],
    ['# cat /kern/xen/pci', 'shellsession'],
    ['# config XEN3_DOM0', 'shellsession'],
    ['# xl list', 'shellsession'],
  ])('%j → %s', (code, lang) => expect(detectLanguage(code)).toBe(lang));
});
