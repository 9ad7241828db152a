/**
 * A small static file server for the built site, used by the end-to-end tests and the
 * screenshot script. (`astro preview` allows one instance per machine; tests, screenshots and
 * a reader's own preview must be able to run side by side.) Serves `index.html` for folders,
 * `404.html` with status 404 for anything missing, and nothing outside the folder.
 *
 *   node scripts/serve-static.mjs dist 4329
 */
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 4329);
const host = process.argv[4] ?? '127.0.0.1';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.gz': 'application/gzip',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

function fileFor(urlPath) {
  let p;
  try {
    p = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  const full = normalize(join(root, p));
  if (full !== root && !full.startsWith(root + sep)) return null;
  for (const candidate of [full, join(full, 'index.html'), `${full}.html`]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // no such file: try the next candidate
    }
  }
  return null;
}

createServer((req, res) => {
  const file = fileFor(req.url ?? '/');
  const status = file ? 200 : 404;
  const path = file ?? join(root, '404.html');
  let size;
  try {
    size = statSync(path).size;
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  res.writeHead(status, {
    'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
    'content-length': size,
    'cache-control': 'no-cache',
  });
  if (req.method === 'HEAD') return res.end();
  createReadStream(path).pipe(res);
}).listen(port, host, () => console.log(`serving ${root} at http://${host}:${port}/`));
