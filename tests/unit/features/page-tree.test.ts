import { describe, expect, it } from 'vitest';
import { directoryNodes, pageCount, pageTree } from '../../../src/tree/page-tree.ts';

const pages = ['ports/xen/howto', 'ports/xen', 'ports/amd64/faq', 'users/jdoe/notes', 'index', 'ports/xen/howto-solaris'];

describe('page tree', () => {
  const root = pageTree(pages);

  it('nests pages by directory, sorted, with folders that are pages too', () => {
    const ports = root.children.find((n) => n.name === 'ports')!;
    expect(root.children.map((n) => n.name)).toEqual(['index', 'ports', 'users']);
    expect(ports.isPage).toBe(false);
    const xen = ports.children.find((n) => n.name === 'xen')!;
    expect(xen).toMatchObject({ path: 'ports/xen', isPage: true });
    expect(xen.children.map((n) => n.path)).toEqual(['ports/xen/howto', 'ports/xen/howto-solaris']);
    expect(pageCount(root)).toBe(pages.length);
    expect(pageCount(ports)).toBe(4);
  });

  it('gives a listing page only to folders no wiki page stands at', () => {
    expect(directoryNodes(root).map((n) => n.path)).toEqual(['ports', 'ports/amd64', 'users', 'users/jdoe']);
  });
});
