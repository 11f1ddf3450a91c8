import { describe, expect, it } from 'vitest';
import { breadcrumbs } from '../../../src/utils/breadcrumbs.ts';

describe('breadcrumbs', () => {
  it('links the root and every directory above the page to its listing', () => {
    expect(breadcrumbs('ports/xen/howto')).toEqual([
      { label: 'pages', href: '/' },
      { label: 'ports', href: '/ports/' },
      { label: 'xen', href: '/ports/xen/' },
    ]);
  });
  it('has only the root for a top-level page', () => {
    expect(breadcrumbs('index')).toEqual([{ label: 'pages', href: '/' }]);
  });
});
