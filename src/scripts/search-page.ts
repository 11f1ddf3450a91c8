/** The search page's script: loads Pagefind's UI (written into the site after the build) and runs the `?q=` query. */

interface PagefindUIInstance {
  triggerSearch(term: string): void;
}
type PagefindUIConstructor = new (options: Record<string, unknown>) => PagefindUIInstance;

function start(): void {
  const UI = (window as unknown as { PagefindUI?: PagefindUIConstructor }).PagefindUI;
  const target = document.getElementById('search');
  if (!UI || !target) return;
  // Sub-results are the sections (headings with ids) that match, so a hit opens its section.
  const ui = new UI({ element: '#search', showSubResults: true, showImages: false, resetStyles: false, autofocus: true });
  const query = new URLSearchParams(location.search).get('q');
  if (query) ui.triggerSearch(query);
}

const script = document.createElement('script');
script.src = '/pagefind/pagefind-ui.js';
script.addEventListener('load', start);
script.addEventListener('error', () => {
  const target = document.getElementById('search');
  if (target) target.textContent = 'The search index could not be loaded.';
});
document.head.append(script);
