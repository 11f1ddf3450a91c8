/**
 * The memory settings of the build's child processes (prepare, Astro). V8 sizes an isolate's young generation by
 * the machine's memory (128 MiB of new space here, in each of prepare's three isolates) and keeps it committed after
 * a collection; Rolldown's allocator (mimalloc) commits whole arenas up front. Both held memory nothing was using
 * (bench/RESULTS.md, round 5).
 */

/** The prepare process's semi-space: 32 MiB took prepare at a quarter of the wiki from 1,053 to 693 MiB in the same time; 16 MiB cost 18%. */
export const PREPARE_SEMI_SPACE_MIB = 32;

/** Astro's V8 old generation: its live heap is small, and an uncapped V8 grows it with the work before collecting. */
export const ASTRO_HEAP_MIB = 512;

/** Astro's semi-space: with the arenas below, 16 MiB took Astro at a quarter of the wiki from 873-891 to 556-582 MiB, within its time's spread. */
export const ASTRO_SEMI_SPACE_MIB = 16;

/**
 * mimalloc (Rolldown's allocator) commits an arena's memory as it is used, not all of it up front (873-891 to 679-683
 * MiB alone), and gives back what it freed at once rather than after a delay: Astro alone at a quarter of the wiki
 * went from 619-629 to 545-555 MiB, in the same time (bench/RESULTS.md, rounds 5 and 6).
 */
export const ROLLDOWN_ALLOCATOR_ENV: Readonly<Record<string, string>> = { MIMALLOC_ARENA_EAGER_COMMIT: '0', MIMALLOC_PURGE_DELAY: '0' };

/** `flags` added to `NODE_OPTIONS` as `--name=value`, each unless the options already set it (a user's choice wins). */
export function withNodeFlags(nodeOptions: string | undefined, flags: Readonly<Record<string, number>>): string {
  const given = nodeOptions ?? '';
  const added = Object.entries(flags)
    .filter(([name]) => !new RegExp(`--${name}(?=[= ]|$)`).test(given))
    .map(([name, value]) => `--${name}=${value}`);
  return [given, ...added].filter(Boolean).join(' ');
}
