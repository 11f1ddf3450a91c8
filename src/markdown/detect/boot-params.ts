/** Tells boot parameters (Xen/NetBSD kernel command lines) and boot.cfg(5) lines from shell and prose. */
import { decide, type Verdict } from './lines.ts';

const SETTING = /^(?:banner|clear|consdev|default|dev|format|fs|load|menu|modules|rndseed|splash|timeout|userconf)=\S/;
const COMMAND = /^(?:multiboot|load|kernel|module)\s+(?:\(\w+(?:,\w+)*\))?\/\S*(?:\s+\S+)*$/;
/** A parameter is lower-case `key` or `key=value`; upper-case keys are shell environment assignments. */
const PARAMETER = /^(?:[a-z][\w.-]*(?:=\S+)?|-[A-Za-z]+)$/;
/** Keys Xen and NetBSD document for their boot command lines. */
const KNOWN_KEYS = new Set(['console', 'com1', 'com2', 'dom0_mem', 'dom0_max_vcpus', 'dom0_vcpus_pin', 'loglvl', 'guest_loglvl', 'root', 'bootdev']);

/** How one line speaks for boot parameters. */
export function bootParamsVerdict(line: string): Verdict {
  if (SETTING.test(line) || COMMAND.test(line)) return 'strong';
  const words = line.split(/\s+/);
  if (!words.every((word) => PARAMETER.test(word))) return 'invalid';
  const pairs = words.filter((word) => word.includes('='));
  // Prose may hold one `key=value`; a command line is mostly pairs, and its bare words are flags like sync_console.
  const plainWords = words.filter((word) => /^[a-z]+$/.test(word));
  if (pairs.length === 0 || plainWords.length > pairs.length) return 'invalid';
  const telling = pairs.some((pair) => {
    const [key = '', value = ''] = pair.split('=', 2);
    return key.includes('.') || value.startsWith('(') || KNOWN_KEYS.has(key);
  });
  return telling ? 'strong' : 'weak';
}

export function isBootParams(lines: string[]): boolean {
  const meaningful = lines.map((line) => (/^\s*#/.test(line) ? '' : line.trim())).filter((line) => line !== '');
  return decide(meaningful.map(bootParamsVerdict));
}
