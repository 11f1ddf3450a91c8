import { describe, expect, it } from 'vitest';
import { olderViewOf } from '../../../src/source/landing.ts';

describe('olderViewOf', () => {
  it('recognises an older revision’s annotate and source addresses', () => {
    expect(olderViewOf('/ports/xen/howto/annotate/1.51/')).toEqual({ kind: 'annotate', page: 'ports/xen/howto', revision: '1.51' });
    expect(olderViewOf('/ports/xen/howto/annotate/1.51')).toEqual({ kind: 'annotate', page: 'ports/xen/howto', revision: '1.51' });
    expect(olderViewOf('/ports/xen/howto/r/1.51/source/index.html')).toEqual({ kind: 'source', page: 'ports/xen/howto', revision: '1.51' });
    expect(olderViewOf('/a%20b/r/abc123/source/')).toEqual({ kind: 'source', page: 'a b', revision: 'abc123' });
  });

  it('leaves every other address alone', () => {
    for (const path of ['/ports/xen/howto/annotate/', '/ports/xen/howto/r/1.51/', '/ports/xen/howto/diff/1.52..1.51/', '/annotate/1.1/', '/x/r/1.1/source/more/', '/%E0%A4%A/annotate/1.1/']) {
      expect(olderViewOf(path), path).toBeNull();
    }
  });
});
