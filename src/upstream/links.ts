/** Links to the page on the upstream wiki and to its revisions, diffs and annotate in the wiki's cvsweb. */

/** Where the upstream hosts live; both come from `src/site-config.ts`. */
export interface UpstreamHosts {
  /** The wiki, e.g. `https://wiki.netbsd.org`. */
  wiki: string;
  /** cvsweb of the `wikisrc` module, e.g. `https://cvsweb.netbsd.org/bsdweb.cgi/wikisrc`. */
  cvsweb: string;
}

/** What an upstream link points at. */
export type UpstreamTarget =
  | { kind: 'page' }
  | { kind: 'revision'; revision: string }
  | { kind: 'diff'; from: string; to: string }
  | { kind: 'annotate'; revision: string }
  | { kind: 'log' };

export interface UpstreamLink {
  label: string;
  href: string;
}

const trim = (host: string) => host.replace(/\/+$/, '');

/** cvsweb only knows CVS revision numbers; git hashes have no cvsweb page. */
export const isCvsRevision = (revision: string): boolean => /^\d+(\.\d+)+$/.test(revision);

/** `https://wiki.netbsd.org/ports/xen/howto/`: the page as the wiki serves it. */
export const wikiPageUrl = (hosts: UpstreamHosts, page: string): string => `${trim(hosts.wiki)}/${page}/`;

/** The page's `,v` file in cvsweb: `.../wikisrc/ports/xen/howto.mdwn`. */
const cvsFile = (hosts: UpstreamHosts, page: string) => `${trim(hosts.cvsweb)}/${page}.mdwn`;

/** cvsweb's URL for a target, in the forms cvsweb.netbsd.org uses; null where cvsweb has nothing (git revisions). */
export function cvswebUrl(hosts: UpstreamHosts, page: string, target: UpstreamTarget): string | null {
  const file = cvsFile(hosts, page);
  switch (target.kind) {
    case 'page':
    case 'log':
      return file;
    case 'revision':
      return isCvsRevision(target.revision) ? `${file}?rev=${target.revision}` : null;
    case 'annotate':
      return isCvsRevision(target.revision) ? `${file}?annotate=${target.revision}` : null;
    case 'diff':
      return isCvsRevision(target.from) && isCvsRevision(target.to) ? `${file}.diff?r1=${target.from};r2=${target.to}` : null;
  }
}

/** The links a view shows: the page on the wiki, then what cvsweb has of the same thing. */
export function upstreamLinks(hosts: UpstreamHosts, page: string, target: UpstreamTarget): UpstreamLink[] {
  const host = new URL(hosts.wiki).host;
  const links: UpstreamLink[] = [{ label: `This page on ${host}`, href: wikiPageUrl(hosts, page) }];
  const cvs = cvswebUrl(hosts, page, target);
  const what: Record<UpstreamTarget['kind'], string> = {
    page: 'History in cvsweb',
    log: 'History in cvsweb',
    revision: `Revision ${'revision' in target ? target.revision : ''} in cvsweb`,
    annotate: `Annotate ${'revision' in target ? target.revision : ''} in cvsweb`,
    diff: target.kind === 'diff' ? `Diff ${target.from} to ${target.to} in cvsweb` : '',
  };
  if (cvs) links.push({ label: what[target.kind], href: cvs });
  return links;
}
