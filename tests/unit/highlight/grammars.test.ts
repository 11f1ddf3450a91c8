/** Grammar fixtures: each case's tokens and scopes must equal the output.txt reviewed by hand. */
import { describe, expect, it } from 'vitest';
import { grammarCases } from '../../helpers/fixtures.ts';
import { getHighlighter, renderScopes } from '../../helpers/scopes.ts';
import { shikiConfig } from '../../../src/markdown/highlight-config.ts';

const cases = grammarCases();
const HOWTO_152 = [
  'include "arch/i386/conf/XEN3_DOMU"',
  'xpci* at xenbus ?',
  'uhci* at pci? dev ? function ? # Universal Host Controller (Intel)',
  'cd* at scsibus? target ? lun ? # SCSI CD-ROM drives',
];

describe('grammar fixtures', () => {
  it('has cases for every grammar we ship', () => {
    const langs = new Set(cases.map((c) => c.lang));
    for (const lang of shikiConfig.langs) expect(langs).toContain(lang.name);
  });

  it('covers the HowTo 1.52 kernel config example line by line', () => {
    const howto = cases.find((c) => c.lang === 'netbsd-kernel-config' && c.name === 'howto-1.52');
    for (const line of HOWTO_152) expect(howto?.input.split('\n')).toContain(line);
    expect(howto?.input.split('\n')).toHaveLength(28);
  });

  for (const c of cases) {
    it(`${c.lang}/${c.name}`, async () => {
      expect(c.expected, `run tests/fixtures/grammars/generate.ts, then review ${c.name}/output.txt`).toBeDefined();
      expect(await renderScopes(c.input, c.lang)).toBe(c.expected);
    });
  }

  it('names every scope after its language, so themes can tell our classes apart', async () => {
    const hl = await getHighlighter();
    for (const c of cases) {
      const { tokens } = hl.codeToTokens(c.input, { lang: c.lang, theme: 'netbsd-light', includeExplanation: 'scopeName' });
      for (const part of tokens.flat().flatMap((token) => token.explanation ?? [])) {
        for (const { scopeName } of part.scopes) expect(scopeName.endsWith(`.${c.lang}`), `${scopeName} in ${c.name}`).toBe(true);
      }
    }
  });

  it('resolves the aliases readers may tag blocks with', async () => {
    const hl = await getHighlighter();
    for (const alias of ['kernconf', 'netbsd-config', 'boot-params', 'boot.cfg', 'xl-config']) {
      expect(hl.getLanguage(alias).name).toMatch(/^(netbsd-kernel-config|netbsd-boot-params|xen-domu-config)$/);
    }
  });
});
