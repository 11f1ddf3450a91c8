/** Everything astro.config needs for code highlighting: `shikiConfig` for `markdown.shikiConfig`, `remarkDetectLanguage` for the processor. */
import type { ShikiConfig } from '@astrojs/markdown-remark';
import type { LanguageRegistration, ShikiTransformer, ThemeRegistration } from 'shiki';
import { netbsdBootParams } from '../grammars/netbsd-boot-params.ts';
import { netbsdKernelConfig } from '../grammars/netbsd-kernel-config.ts';
import { xenDomuConfig } from '../grammars/xen-domu-config.ts';
import { darkTheme, lightTheme } from './code-themes.ts';
import { transformerHastProperties } from './hast-properties.ts';
import { transformerManLinks } from './man-links.ts';

export { remarkDetectLanguage } from './remark-detect-language.ts';
export { detectLanguage } from './detect-language.ts';

/** Astro 7's `markdown.shikiConfig`, narrowed to what we fill in; extending it makes tsc check the fit. */
export interface HighlightConfig extends ShikiConfig {
  langs: LanguageRegistration[];
  themes: { light: ThemeRegistration; dark: ThemeRegistration };
  defaultColor: 'light';
  wrap: false;
  transformers: ShikiTransformer[];
}

export const shikiConfig: HighlightConfig = {
  langs: [netbsdKernelConfig, netbsdBootParams, xenDomuConfig],
  // Light colours inline; dark ones as --shiki-dark variables that code.css switches to under prefers-color-scheme.
  themes: { light: lightTheme, dark: darkTheme },
  defaultColor: 'light',
  // Long lines scroll inside the block (code.css), so copied text and alignment stay exact.
  wrap: false,
  // Man links first; the property rewrite must see their output too.
  transformers: [transformerManLinks(), transformerHastProperties()],
};
