/** The wiki's pages as a tree by directory, and the directories that get a listing page of their own. */

export interface TreeNode {
  /** Last path component (`howto`); empty for the root. */
  name: string;
  /** Wiki path (`ports/xen/howto`); empty for the root. */
  path: string;
  /** Whether a wiki page has this path (in ikiwiki a page can also have subpages). */
  isPage: boolean;
  /** Sorted by name. */
  children: TreeNode[];
}

/** Builds the tree of the given wiki paths; every ancestor folder is a node. */
export function pageTree(pages: readonly string[]): TreeNode {
  const root: TreeNode = { name: '', path: '', isPage: false, children: [] };
  const byPath = new Map<string, TreeNode>([['', root]]);
  const nodeAt = (path: string): TreeNode => {
    let node = byPath.get(path);
    if (!node) {
      const cut = path.lastIndexOf('/');
      const parent = nodeAt(cut < 0 ? '' : path.slice(0, cut));
      node = { name: path.slice(cut + 1), path, isPage: false, children: [] };
      parent.children.push(node);
      byPath.set(path, node);
    }
    return node;
  };
  for (const page of pages) nodeAt(page).isPage = true;
  const sort = (node: TreeNode) => {
    node.children.sort((a, b) => a.name.localeCompare(b.name));
    node.children.forEach(sort);
  };
  sort(root);
  return root;
}

/** Every node of the tree below the root, depth first. */
export function* treeNodes(node: TreeNode): Generator<TreeNode> {
  for (const child of node.children) {
    yield child;
    yield* treeNodes(child);
  }
}

/** The folders no wiki page stands at: they get a listing page at their path. */
export const directoryNodes = (root: TreeNode): TreeNode[] => [...treeNodes(root)].filter((n) => !n.isPage);

/** How many pages a node holds, itself included. */
export const pageCount = (node: TreeNode): number => (node.isPage ? 1 : 0) + node.children.reduce((n, c) => n + pageCount(c), 0);
