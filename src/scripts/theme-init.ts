/**
 * The one inline script: applies the remembered theme before the first paint and remembers the switch's choice.
 * Constant text, so a CSP allows it by its hash (`themeInitHash`) without 'unsafe-inline'.
 */
import { createHash } from 'node:crypto';

// Plain ES2015 on purpose: it runs as written, before any bundle; `system` clears the override.
export const themeInit =
  "(function(d,k){try{var t=localStorage.getItem(k);if(t)d.documentElement.dataset.theme=t}catch(e){}" +
  "d.addEventListener('change',function(e){var i=e.target;if(i.name!==k)return;d.documentElement.dataset.theme=i.value;" +
  "try{localStorage.setItem(k,i.value)}catch(e){}});" +
  "d.addEventListener('DOMContentLoaded',function(){var i=d.getElementById(k+'-'+(d.documentElement.dataset.theme||'system'));" +
  "if(i)i.checked=true})})(document,'theme')";

/** The CSP source that allows `themeInit`: `'sha256-…'`. */
export const themeInitHash = `'sha256-${createHash('sha256').update(themeInit).digest('base64')}'`;
