/** Tells NetBSD kernel config (config(5)) from look-alikes such as dmesg output, statement by statement. */
import { decide, stripComment, type Verdict } from './lines.ts';

const WORD = '[A-Za-z_][-A-Za-z_0-9]*';
const NUM = '-?(?:0[xX][0-9A-Fa-f]+|[0-9]+)';
const QSTR = '"(?:\\\\"|[^"])*"';
const VALUE = `(?:${QSTR}|${NUM}(?![-\\w])|${WORD})`;
const VALUES = `${VALUE}(?:\\s*,\\s*${VALUE})*`;
const PATH = '[A-Za-z_0-9]*[./][-A-Za-z_0-9./]*';
const LIST = (item: string) => `${item}(?:\\s*,\\s*${item})*`;
const LOCATOR = `(?!(?:at|flags)(?![-\\w]))${WORD}\\s+(?:\\?|${VALUES})`;
const DEV_SPEC = `(?:\\?|${WORD}|major\\s+${NUM}\\s+minor\\s+${NUM})`;

/** Each statement of the selection grammar (gram.y), whole-line, and whether it alone proves the language. */
const STATEMENTS: [RegExp, Verdict][] = [
  [new RegExp(`^c?include\\s+(?:${QSTR}|${PATH})$`), 'strong'],
  [new RegExp(`^(?:ifdef|ifndef|elifdef|elifndef)\\s+${WORD}$|^(?:else|endif)$`), 'weak'],
  [new RegExp(`^(?:no\\s+)?options\\s+${LIST(`${WORD}(?:\\s*=\\s*${VALUE})?`)}$`), 'strong'],
  [new RegExp(`^makeoptions\\s+${LIST(`(?:${WORD}|${QSTR})\\s*\\+?=\\s*${VALUE}`)}$`), 'strong'],
  [new RegExp(`^no\\s+makeoptions\\s+${LIST(WORD)}$`), 'strong'],
  [new RegExp(`^maxusers\\s+${NUM}$`), 'strong'],
  [new RegExp(`^ident\\s+(?:${QSTR}|${WORD})$|^no\\s+ident$`), 'strong'],
  [new RegExp(`^(?:no\\s+)?select\\s+${WORD}$`), 'weak'],
  [new RegExp(`^(?:no\\s+)?file-system\\s+${LIST(WORD)}$`), 'strong'],
  [new RegExp(`^pseudo-device\\s+${WORD}(?:\\s+${NUM})?$|^no\\s+pseudo-device\\s+${WORD}$`), 'strong'],
  [new RegExp(`^pseudo-root\\s+${WORD}\\*?$`), 'strong'],
  [new RegExp(`^config\\s+${WORD}\\s+root(?:\\s+on)?\\s+${DEV_SPEC}(?:\\s+type\\s+(?:\\?|${WORD}))?(?:\\s+dumps(?:\\s+on)?\\s+${DEV_SPEC})?$`), 'strong'],
  [new RegExp(`^no\\s+config\\s+${WORD}$`), 'strong'],
];

const DEVICE = new RegExp(
  `^(?:no\\s+device|(?:no\\s+)?${WORD}\\*?)\\s+at\\s+(?:root|${WORD}(?:\\s*\\?)?)(?:\\s+${LOCATOR})*(?:\\s+flags\\s+${NUM})?$`,
);
const NO_INSTANCE = new RegExp(`^no\\s+${WORD}\\*?$`);
/** What dmesg never prints: `xpci*`, `pci?`, `dev ?`, `at root`. */
const DEVICE_WILDCARD = /^(?:no )?\S+\* |\?| at root$/;

/** How one logical line (comment stripped, continuation joined) speaks for kernel config. */
export function kernelConfigVerdict(statement: string): Verdict {
  for (const [pattern, verdict] of STATEMENTS) if (pattern.test(statement)) return verdict;
  if (DEVICE.test(statement)) return DEVICE_WILDCARD.test(statement) ? 'strong' : 'weak';
  if (NO_INSTANCE.test(statement)) return 'weak';
  return 'invalid';
}

/** Joins lines that begin with a blank to the statement before them, as config's scanner does. */
export function logicalStatements(lines: string[]): string[] {
  const statements: string[] = [];
  let open = false;
  for (const raw of lines) {
    const line = stripComment(raw);
    if (line.trim() === '') {
      // An empty line or a comment in column 0 ends the statement; an indented comment does not.
      open = open && /^[ \t]/.test(raw);
      continue;
    }
    if (/^[ \t]/.test(line) && open) statements[statements.length - 1] += ` ${line.trim()}`;
    else statements.push(line.trim());
    open = true;
  }
  return statements.map((statement) => statement.replace(/\s+/g, ' '));
}

export function isKernelConfig(lines: string[]): boolean {
  return decide(logicalStatements(lines).map(kernelConfigVerdict));
}
