/** Tells Xen xl/xm domain configs (`key = value`, lists over several lines) from shell assignments and prose. */
import { decide, stripComment, type Verdict } from './lines.ts';

const SCALAR = String.raw`(?:'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|-?(?:0[xX][0-9A-Fa-f]+|[0-9]+(?:\.[0-9]+)?)|True|False|None)`;
const LIST = String.raw`\[\s*(?:${SCALAR}(?:\s*,\s*${SCALAR})*\s*,?\s*)?\]`;
const ASSIGNMENT = new RegExp(String.raw`^([A-Za-z_]\w*)(\s*)=(\s*)(${SCALAR}|${LIST})$`);

/** Keys xl.cfg(5) documents that show up in guides; enough to believe `memory = 256` on its own. */
const KNOWN_KEYS = new Set([
  'bootloader', 'builder', 'cmdline', 'disk', 'extra', 'kernel', 'maxmem', 'memory', 'name', 'on_crash', 'on_poweroff',
  'on_reboot', 'pci', 'ramdisk', 'root', 'type', 'uuid', 'vcpus', 'vif',
]);

/** How one assignment (a list already joined onto one line) speaks for a domain config. */
export function domuVerdict(statement: string): Verdict {
  const match = ASSIGNMENT.exec(statement);
  if (!match) return 'invalid';
  const [, key = '', before, , value = ''] = match;
  if (value.startsWith('[')) return 'strong';
  // xl.cfg style puts blanks around `=`; `FOO="x"` could be sh, and `x = 5` could be anything.
  const spaced = before !== '';
  return spaced && (KNOWN_KEYS.has(key) || /^['"]/.test(value)) ? 'strong' : 'weak';
}

/** Joins the lines of a list that spans several lines into one statement. */
export function domuStatements(lines: string[]): string[] {
  const statements: string[] = [];
  let depth = 0;
  for (const raw of lines) {
    const line = stripComment(raw).trim();
    if (line === '') continue;
    if (depth > 0) statements[statements.length - 1] += ` ${line}`;
    else statements.push(line);
    const unquoted = line.replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"/g, '');
    depth += (unquoted.match(/\[/g)?.length ?? 0) - (unquoted.match(/\]/g)?.length ?? 0);
  }
  return statements;
}

export function isDomuConfig(lines: string[]): boolean {
  return decide(domuStatements(lines).map(domuVerdict));
}
