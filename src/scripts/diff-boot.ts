/**
 * Diff page start-up: the only script a line diff loads at first. It links the line numbers, shows the "show more"
 * buttons and loads the rest (src/scripts/diff-lazy.ts, whose script tag waits in `<template id="diff-js">`) on
 * first use: a key, a shift-click, a button, a URL fragment. The event that asked for it is dispatched again once it has run.
 */
let loading: Promise<void> | null = null;
let ready = false;

function load(): Promise<void> {
  loading ??= new Promise((resolve, reject) => {
    const src = document.querySelector<HTMLTemplateElement>('#diff-js')?.content.querySelector('script')?.getAttribute('src');
    if (!src) return reject(new Error('no #diff-js'));
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    script.onload = () => {
      ready = true;
      resolve();
    };
    script.onerror = reject;
    document.head.append(script);
  });
  return loading;
}

const lineNumber = (target: EventTarget | null) => (target as Element | null)?.closest?.('.r > a[id]') ?? null;
const typing = (target: EventTarget | null) => target instanceof HTMLElement && target.matches('input:not([type="radio"]), textarea, select, [contenteditable]');
const MOVES = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End']);

/** Loads the rest, then gives the target (found again: the rest may redraw it) the same event for its listeners. */
function replay(target: () => EventTarget | null, again: () => Event): void {
  void load().then(() => target()?.dispatchEvent(again()));
}

document.addEventListener('keydown', (event) => {
  const target = event.target;
  if (ready || event.altKey || event.ctrlKey || event.metaKey || !target) return;
  const { key, shiftKey } = event;
  const again = () => new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true });
  if (MOVES.has(key) && lineNumber(event.target)) {
    // Held now, done once the script is there: the page must not scroll meanwhile.
    event.preventDefault();
    replay(() => target, again);
  } else if ((key === 'n' || key === 'p') && !typing(target)) replay(() => target, again);
});

document.addEventListener('click', (event) => {
  const target = event.target as Element | null;
  if (ready || !target) return;
  const again = () => new MouseEvent('click', { shiftKey: event.shiftKey, bubbles: true, cancelable: true });
  const more = target.closest?.<HTMLElement>('.more');
  if (more) replay(() => document.querySelector(`.more.${more.classList.contains('above') ? 'above' : 'below'}[data-k="${more.dataset.k}"]`), again);
  else if (event.shiftKey && lineNumber(target)) {
    // A shift-click would open the link in a new window: the range is made here instead.
    event.preventDefault();
    const line = lineNumber(target)!;
    replay(() => line, again);
  }
});

document.addEventListener('change', (event) => {
  const input = event.target as HTMLInputElement;
  if (ready || input.name !== 'diff-view') return;
  try {
    localStorage.setItem('diff-view', input.value);
  } catch {
    // Storage may be disabled: the view still switches.
  }
});

// Focus on a line number: arrow keys are likely next.
document.addEventListener('focusin', (event) => void (lineNumber(event.target) && load()));
addEventListener('hashchange', () => void load(), { once: true });
// The prebuilt line numbers carry only ids, their digits drawn by CSS counters (src/diff/render-rows.ts): each
// becomes a link to itself with its number as text, for its accessible name, and each hunk one tab stop.
for (const hunk of document.querySelectorAll('.hunk'))
  for (const [k, a] of [...hunk.querySelectorAll('.r > a[id]')].entries()) {
    a.setAttribute('href', `#${a.id}`);
    if (k) a.setAttribute('tabindex', '-1');
    a.textContent ||= a.id.slice(1);
  }
for (const b of document.querySelectorAll<HTMLButtonElement>('.more')) b.hidden = false;
if (location.hash) void load();
