/**
 * Serves a built site: `node scripts/serve.ts [--port N] [--host H] [DIR]` (default: dist/, port 4321,
 * 127.0.0.1). Raw sources go out as text with nosniff, pages with the site's CSP.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { siteServer } from '../src/build/serve.ts';

const { values, positionals } = parseArgs({
  options: { port: { type: 'string', default: '4321' }, host: { type: 'string', default: '127.0.0.1' } },
  allowPositionals: true,
});
const root = resolve(positionals[0] ?? process.env.WIKI_OUT_DIR ?? 'dist');
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`error: --port ${values.port}: expected a port number`);
  process.exit(1);
}
if (!existsSync(root)) {
  console.error(`error: ${root}: no built site here; run npm run build first`);
  process.exit(1);
}
const server = siteServer(root);
server.on('error', (error) => {
  console.error(`error: cannot serve on ${values.host}:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, values.host, () => console.error(`serving ${root} at http://${values.host}:${port}/`));
