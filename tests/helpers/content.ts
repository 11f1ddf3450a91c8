/** The hand-written HowTo revisions, read as the site reads them. */
import { readContentDir } from '../../src/loaders/content-dir.ts';
import type { Revision } from '../../src/schemas/revision.ts';

export const howto = (): Revision[] => readContentDir('content').filter((r) => r.page === 'ports/xen/howto');

export function howtoRevision(revision: string): Revision {
  const found = howto().find((r) => r.revision === revision);
  if (!found) throw new Error(`no revision ${revision} in content/`);
  return found;
}
