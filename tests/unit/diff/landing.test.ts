import { describe, expect, it } from 'vitest';
import { comparisonUrl } from '../../../src/diff/landing.ts';

describe('a diff URL that is not prebuilt', () => {
  it('leads to the comparison computed in the browser, hash kept by the caller', () => {
    expect(comparisonUrl('/ports/xen/howto/diff/1.52..1.51/')).toBe('/ports/xen/howto/diff/?from=1.52&to=1.51');
    expect(comparisonUrl('/ports/xen/howto/diff/1.49..1.52')).toBe('/ports/xen/howto/diff/?from=1.49&to=1.52');
    expect(comparisonUrl('/ports/xen/howto/diff/1.49..1.52.diff')).toBe('/ports/xen/howto/diff/?from=1.49&to=1.52');
    expect(comparisonUrl('/sandbox/diff-demo/diff/1.1..1.4/index.html')).toBe('/sandbox/diff-demo/diff/?from=1.1&to=1.4');
  });

  it('keeps an unknown revision for the compare page to name', () => {
    expect(comparisonUrl('/ports/xen/howto/diff/1.50..nope/')).toBe('/ports/xen/howto/diff/?from=1.50&to=nope');
  });

  it('leaves every other missing URL alone', () => {
    for (const path of ['/ports/xen/howto/r/1.50/', '/ports/xen/howto/diff/', '/nothing', '/ports/xen/howto/diff/1.51/', '/diff/1.1..1.2/'])
      expect(comparisonUrl(path)).toBeNull();
  });
});
