/** Diff page behaviour: remember the chosen view, n / p between hunks, open a folded paragraph holding the target. */

const KEY = 'diff-view';

/** Saves the view whenever a view radio changes. */
export function rememberView(): void {
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name="diff-view"]'))
    input.addEventListener('change', () => {
      try {
        localStorage.setItem(KEY, input.value);
      } catch {
        // Storage may be disabled; the view still switches, it just isn't remembered.
      }
    });
}

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || target.matches('textarea, select, input:not([type="radio"]):not([type="checkbox"])'));

/** The hunk being read: the one holding the visible target, else the last whose top has reached the top of the window. */
function currentHunk(hunks: HTMLElement[]): number {
  const target = document.querySelector(':target')?.closest<HTMLElement>('.hunk');
  if (target) {
    const box = target.getBoundingClientRect();
    if (box.bottom > 0 && box.top < innerHeight) return hunks.indexOf(target);
  }
  let current = -1;
  hunks.forEach((h, k) => {
    if (h.getBoundingClientRect().top <= 64) current = k;
  });
  return current;
}

/** n: next hunk; p: previous hunk (or the start of the one half read). */
export function moveBetweenHunks(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
  if (event.key !== 'n' && event.key !== 'p') return;
  const hunks = [...document.querySelectorAll<HTMLElement>('.hunk')];
  const current = currentHunk(hunks);
  const inside = current >= 0 && hunks[current]!.getBoundingClientRect().top < -64;
  const target = hunks[event.key === 'n' ? current + 1 : inside ? current : current - 1];
  if (!target) return;
  event.preventDefault();
  location.replace(`#${target.id}`);
  target.querySelector<HTMLElement>('.hn')?.focus({ preventScroll: true });
}

/** Opens the folded (rewrapped-only) paragraph holding the URL's target, and scrolls to it. */
export function revealTarget(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const element = id ? document.getElementById(id) : null;
  const folded = element?.closest('details');
  if (element && folded && !folded.open) {
    folded.open = true;
    element.scrollIntoView();
  }
}

/** Listens for view changes, n / p and URL changes (src/scripts/diff-boot.ts calls it on first use). */
export function install(): void {
  rememberView();
  document.addEventListener('keydown', moveBetweenHunks);
  addEventListener('hashchange', revealTarget);
  revealTarget();
}
