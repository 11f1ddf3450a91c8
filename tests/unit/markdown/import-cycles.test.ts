import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve('src/markdown');
const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]/gm;

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? modules(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** Every module's relative imports inside src/markdown, type-only ones included. */
function graph(): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const file of modules(ROOT)) {
    const targets = [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => resolve(dirname(file), m[1]!)).filter((t) => t.startsWith(ROOT));
    edges.set(file, targets);
  }
  return edges;
}

/** One import circle, as the list of modules on it, or null. */
function findCycle(edges: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return stack.slice(stack.indexOf(node)).concat(node);
    state.set(node, 'open');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      const found = visit(next);
      if (found) return found;
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of edges.keys()) {
    const found = visit(node);
    if (found) return found;
  }
  return null;
}

describe('src/markdown imports', () => {
  it('finds a circle when there is one', () => {
    expect(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual(['a', 'b', 'c', 'a']);
  });

  it('has no import circle, type-only imports included', () => {
    const edges = graph();
    expect(edges.size).toBeGreaterThan(20);
    expect(findCycle(edges)?.map((f) => f.slice(ROOT.length + 1)) ?? null).toBeNull();
  });
});
