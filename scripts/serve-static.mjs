/**
 * A small static file server for the built site, used by the end-to-end tests, the link check,
 * Lighthouse and the screenshot script. (`astro preview` allows one instance per machine; tests,
 * screenshots and a reader's own preview must be able to run side by side.) Serves the folder
 * under a base path, as a static host does for a site built with COURSE_BASE; `index.html` for
 * folders; `404.html` with status 404 for anything missing, including any path outside the base
 * (so a link that escapes the base shows up as a failed request); and nothing outside the folder.
 * Text (HTML, CSS, JavaScript, JSON, SVG, XML) is gzipped for clients that accept it, as static
 * hosts such as GitHub Pages do, so that transfer sizes (and Lighthouse's timings) are realistic.
 * (Why not sirv, which Vite brings: it serves only files compressed beforehand — gzip on the fly
 * would mean writing .gz copies into dist/, which would then be deployed — and it has no notion of
 * a base path or of a 404 page with status 404 for paths outside it, which the sub-path tests use
 * to catch links that escape the base. Those three are most of this file.)
 *
 *   node scripts/serve-static.mjs dist 4329                       # at http://127.0.0.1:4329/
 *   node scripts/serve-static.mjs dist-sub 4334 127.0.0.1 /nn-course/   # at …:4334/nn-course/
 */
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 4329);
const host = process.argv[4] ?? '127.0.0.1';
const base = `/${(process.argv[5] ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
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
  // Pagefind's index files
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** The file a request path names; or `{ redirect }` for a folder asked without its final slash (as static hosts do). */
function fileFor(urlPath) {
  let p;
  try {
    p = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  if (`${p}/` === base) return { redirect: base };
  if (!p.startsWith(base)) return null;
  const full = normalize(join(root, p.slice(base.length - 1)));
  if (full !== root && !full.startsWith(root + sep)) return null;
  try {
    if (statSync(full).isDirectory() && !p.endsWith('/')) return { redirect: `${p}/` };
  } catch {
    // not a folder: look for a file below
  }
  for (const candidate of [full, join(full, 'index.html'), `${full}.html`]) {
    try {
      if (statSync(candidate).isFile()) return { file: candidate };
    } catch {
      // no such file: try the next candidate
    }
  }
  return null;
}

createServer((req, res) => {
  const found = fileFor(req.url ?? '/');
  if (found?.redirect) {
    const query = (req.url ?? '').includes('?') ? (req.url ?? '').slice((req.url ?? '').indexOf('?')) : '';
    res.writeHead(301, { location: found.redirect + query }).end();
    return;
  }
  const file = found?.file;
  const status = file ? 200 : 404;
  const path = file ?? join(root, '404.html');
  let size;
  try {
    size = statSync(path).size;
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  const type = TYPES[extname(path)] ?? 'application/octet-stream';
  const gzip =
    /^(text\/|application\/(json|xml|manifest\+json)|image\/svg)/.test(type) &&
    /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  res.writeHead(status, {
    'content-type': type,
    ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : { 'content-length': size }),
    'cache-control': 'no-cache',
  });
  if (req.method === 'HEAD') return res.end();
  const body = createReadStream(path);
  (gzip ? body.pipe(createGzip()) : body).pipe(res);
})
  .on('error', (e) => {
    console.error(
      `serve-static: cannot serve on ${host}:${port}: ${e.code === 'EADDRINUSE' ? 'the port is in use' : e.message}`,
    );
    process.exit(1);
  })
  .listen(port, host, () => console.log(`serving ${root} at http://${host}:${port}${base}`));
