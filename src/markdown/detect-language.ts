/** Guesses the language of an untagged code block from its text: kernel config, boot parameters, domU config or a shell session. */
import { isBootParams } from './detect/boot-params.ts';
import { isDomuConfig } from './detect/domu-config.ts';
import { isKernelConfig } from './detect/kernel-config.ts';
import { dedent } from './detect/lines.ts';
import { isShellSession } from './detect/shell-session.ts';

export type DetectedLanguage = 'netbsd-kernel-config' | 'netbsd-boot-params' | 'xen-domu-config' | 'shellsession';

/**
 * The most specific language whose every line fits and one line proves it; undefined for anything else.
 * Kernel config comes first because its comments look like root prompts; shell last, since it accepts any output.
 */
export function detectLanguage(code: string): DetectedLanguage | undefined {
  const lines = dedent(code);
  if (isKernelConfig(lines)) return 'netbsd-kernel-config';
  if (isBootParams(lines)) return 'netbsd-boot-params';
  if (isDomuConfig(lines)) return 'xen-domu-config';
  if (isShellSession(lines)) return 'shellsession';
  return undefined;
}
