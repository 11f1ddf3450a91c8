/** Everything astro.config needs for code highlighting: `shikiConfig` for `markdown.shikiConfig`, `remarkDetectLanguage` for the processor. */
import type { ShikiConfig } from '@astrojs/markdown-remark';
import type { LanguageRegistration, ShikiTransformer, ThemeRegistration } from 'shiki';
import { netbsdBootParams } from '../grammars/netbsd-boot-params.ts';
import { netbsdKernelConfig } from '../grammars/netbsd-kernel-config.ts';
import { xenDomuConfig } from '../grammars/xen-domu-config.ts';
import { lightTheme } from './code-themes.ts';
import { transformerHastProperties } from './hast-properties.ts';
import { transformerManLinks } from './man-links.ts';
import { transformerTokenClasses } from './token-classes.ts';

export { remarkDetectLanguage } from './remark-detect-language.ts';
export { detectLanguage } from './detect-language.ts';

/** Astro 7's `markdown.shikiConfig`, narrowed to what we fill in; extending it makes tsc check the fit. */
export interface HighlightConfig extends ShikiConfig {
  langs: LanguageRegistration[];
  theme: ThemeRegistration;
  wrap: false;
  transformers: ShikiTransformer[];
}

export const shikiConfig: HighlightConfig = {
  langs: [netbsdKernelConfig, netbsdBootParams, xenDomuConfig],
  // One theme: its colours only tell the token roles apart; token-classes.ts turns them into classes that code.css
  // paints with light-dark(), so both schemes and the theme switch need no inline style.
  theme: lightTheme,
  // Long lines scroll inside the block (code.css), so copied text and alignment stay exact.
  wrap: false,
  // Man links first (they split tokens); the property rewrite must see every other transformer's output.
  transformers: [transformerManLinks(), transformerTokenClasses(), transformerHastProperties()],
};
