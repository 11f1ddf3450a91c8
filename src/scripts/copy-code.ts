/** Progressive enhancement: a "Copy code" button above each code block; copies the text exactly and announces "Copied". */

const ANNOUNCE_MS = 2000;

/** execCommand fallback for browsers or contexts without the async clipboard (plain http, old engines). */
function copyWithTextarea(text: string): void {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  if (!copied) throw new Error('copy refused');
}

export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    copyWithTextarea(text);
  }
}

/** Wraps one `<pre>` with a toolbar holding the button and a polite live region; safe to call twice. */
export function enhance(pre: HTMLPreElement): void {
  if (pre.dataset.copyEnhanced !== undefined || pre.dataset.noCopy !== undefined) return;
  pre.dataset.copyEnhanced = '';
  const wrapper = document.createElement('div');
  wrapper.className = 'code-block';
  const toolbar = document.createElement('div');
  toolbar.className = 'code-toolbar';
  const status = document.createElement('span');
  status.className = 'copy-status';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-code';
  button.textContent = 'Copy code';
  toolbar.append(status, button);
  pre.before(wrapper);
  wrapper.append(toolbar, pre);

  let timer: ReturnType<typeof setTimeout> | undefined;
  button.addEventListener('click', async () => {
    // textContent, not innerText: the exact characters, tabs and trailing blanks included, whatever the CSS.
    const text = (pre.querySelector('code') ?? pre).textContent ?? '';
    try {
      await copyText(text);
      status.textContent = 'Copied';
      pre.dispatchEvent(new CustomEvent('code-copied', { bubbles: true, detail: { text } }));
    } catch {
      status.textContent = 'Copy failed: select the text and copy it by hand';
    }
    clearTimeout(timer);
    timer = setTimeout(() => (status.textContent = ''), ANNOUNCE_MS);
  });
}

export function enhanceAll(root: ParentNode = document): void {
  for (const code of root.querySelectorAll('pre > code')) enhance(code.parentElement as HTMLPreElement);
  // Raw <pre> blocks from wiki pages (no <code> inside) are code blocks to the reader too.
  for (const pre of root.querySelectorAll<HTMLPreElement>('.wiki pre')) enhance(pre);
}

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => enhanceAll());
  else enhanceAll();
}
