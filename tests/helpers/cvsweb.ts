/**
 * cvsweb's own side-by-side diff page of two seed revisions: Debian's cvsweb (FreeBSD-CVSweb 3.0.6, the script
 * cvsweb.netbsd.org's bsdweb.cgi descends from) run as a CGI on an RCS file holding them, for the page-weight oracle.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SCRIPT = '/usr/lib/cgi-bin/cvsweb';
const CONFIG = '/etc/cvsweb/cvsweb.conf';
/** The stylesheet every cvsweb page links (`$cssurl` in the config). */
export const CVSWEB_CSS = '/etc/cvsweb/cvsweb.css';

export interface SeedRevision {
  revision: string;
  /** `2014-12-26T23:36:34Z` */
  date: string;
  firstLine: number;
  body: string;
}

/** A content file of `content/ports/xen/howto/`: its front matter's revision, date and first line, and its body. */
export function seedRevision(revision: '1.51' | '1.52'): SeedRevision {
  const raw = readFileSync(new URL(`../../content/ports/xen/howto/${revision}.mdwn`, import.meta.url), 'utf8');
  const front = /^---\n([\s\S]*?)\n---\n/.exec(raw);
  if (!front) throw new Error(`content/ports/xen/howto/${revision}.mdwn: no front matter`);
  const field = (name: string) => new RegExp(`^${name}: "?([^"\\n]*)"?$`, 'm').exec(front[1]!)?.[1];
  return { revision, date: field('date')!, firstLine: Number(field('firstLine') ?? 1), body: raw.slice(front[0].length) };
}

/**
 * The HTML cvsweb prints for `howto.mdwn.diff?r1=…;r2=…;f=h` (its "Colored" side-by-side diff, the one linked from
 * the site's diff pages), without the CGI header. The excerpts stand after blank lines up to their first line, so
 * the hunks carry the page's line numbers as on cvsweb.netbsd.org.
 */
export function cvswebDiffHtml(from: SeedRevision, to: SeedRevision): string {
  const dir = mkdtempSync(join(tmpdir(), 'cvsweb-'));
  try {
    const module = join(dir, 'repo', 'wikisrc', 'ports', 'xen');
    mkdirSync(module, { recursive: true });
    const env = { PATH: '/usr/bin:/bin', TZ: 'UTC', LC_ALL: 'C', LOGNAME: 'wiki', USER: 'wiki' };
    const rcs = join(module, 'howto.mdwn,v');
    const work = join(dir, 'howto.mdwn');
    for (const [k, r] of [from, to].entries()) {
      writeFileSync(work, '\n'.repeat(r.firstLine - 1) + r.body);
      const date = r.date.replace('T', ' ').replace('Z', '');
      execFileSync('ci', ['-q', `-r${r.revision}`, `-d${date}`, `-m${r.revision}`, ...(k === 0 ? ['-t-howto', '-l'] : []), work, rcs], { env, cwd: dir, stdio: 'pipe' });
    }
    // cvsweb reads the cvsweb.conf beside it: Debian's, pointed at this repository.
    copyFileSync(SCRIPT, join(dir, 'cvsweb.cgi'));
    writeFileSync(join(dir, 'cvsweb.conf'), readFileSync(CONFIG, 'utf8').replace("'/var/lib/cvs'", JSON.stringify(join(dir, 'repo'))));
    const out = execFileSync('perl', ['-T', join(dir, 'cvsweb.cgi')], {
      env: {
        ...env,
        GATEWAY_INTERFACE: 'CGI/1.1',
        REQUEST_METHOD: 'GET',
        SERVER_NAME: 'cvsweb.netbsd.org',
        SERVER_PORT: '80',
        SERVER_SOFTWARE: 'test',
        SCRIPT_NAME: '/bsdweb.cgi',
        PATH_INFO: '/wikisrc/ports/xen/howto.mdwn.diff',
        QUERY_STRING: `r1=${from.revision};r2=${to.revision};f=h`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    }).toString('utf8');
    const header = /\r?\n\r?\n/.exec(out);
    if (!header || !out.startsWith('Content-Type: text/html')) throw new Error(`cvsweb printed no page: ${out.slice(0, 200)}`);
    return out.slice(header.index + header[0].length);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
