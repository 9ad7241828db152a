#!/usr/bin/env node
/**
 * The production build, the one way the site is built (`npm run build`, `scripts/course build`,
 * the tests and the deploy workflow all run this):
 *
 *   1. the MNIST asset (scripts/prepare-data.mjs; a no-op when it is up to date);
 *   2. `astro build` into course.outDir (dist/ unless COURSE_OUT_DIR says otherwise), for the
 *      address and base path in COURSE_SITE and COURSE_BASE (see course.config.mjs);
 *   3. Pagefind's search index of the built pages;
 *   4. the service worker (Workbox), which makes the course readable offline.
 *
 *   COURSE_SITE=https://user.github.io COURSE_BASE=/nn-course/ node scripts/build.mjs
 *
 * What the service worker keeps, and why:
 *   - precached on the first visit: the hashed JavaScript, CSS and KaTeX fonts (WOFF2) of the
 *     whole site, the icons, the manifest and the offline page. That is every demo's code, so a
 *     page opened once runs all its demos offline. (A few hundred KB; the pages themselves are
 *     much larger, so they are not all downloaded up front.)
 *   - each page as it is visited (network first, so an online reader always gets the current
 *     deploy; the cached copy when the network is off or too slow). A page never opened shows
 *     the offline page.
 *   - the MNIST asset (1.6 MB) the first time a demo fetches it, then from the cache;
 *   - the search index as it is used.
 * The page open when the worker first activates is kept too (sw-pages.js below). A new deploy
 * changes sw.js; the page then shows an "updated — reload" notice
 * (src/components/site/OfflineSupport.astro), and activating the new worker refreshes the kept pages.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { course } from '../course.config.mjs';

const outDir = course.outDir;

function step(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`build: ${cmd} ${args.join(' ')} failed`);
    process.exit(r.status ?? 1);
  }
}

step(process.execPath, ['scripts/prepare-data.mjs']);
console.log(`build: site ${course.site}, base ${course.base}, into ${outDir}/`);
step('npx', ['astro', 'build']);
step('npx', ['pagefind', '--site', outDir]);

/** Cache names, shared with the code that refreshes kept pages when a new worker activates. */
const caches = { pages: 'course-pages', data: 'course-data', search: 'course-search', assets: 'course-assets' };

// Runs inside the service worker (imported by sw.js, before Workbox's own listeners).
writeFileSync(
  join(outDir, 'sw-pages.js'),
  `// Pages kept for offline reading, as the worker activates:
// - the pages open right now: the first page a reader opens loads before any worker controls it,
//   so the worker would never see it go by; it is fetched and kept here;
// - after a new deploy, the pages kept so far: fetched again, so that none of them keeps pointing
//   at the previous deploy's assets.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(${JSON.stringify(caches.pages)});
      const kept = (await cache.keys()).map((request) => request.url);
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const open = windows.map((w) => w.url.split('#')[0]).filter((url) => url.startsWith(self.registration.scope));
      for (const url of new Set([...kept, ...open])) {
        try {
          const response = await fetch(url, { cache: 'no-cache', signal: AbortSignal.timeout(10000) });
          if (response.ok) await cache.put(url, response);
        } catch {}
      }
    })(),
  );
});
`,
);

const { count, size, warnings } = await generateSW({
  globDirectory: outDir,
  swDest: join(outDir, 'sw.js'),
  globPatterns: [
    '_astro/**/*.{js,css,woff2}',
    'offline/index.html',
    'favicon.svg',
    'icons/*.png',
    'manifest.webmanifest',
  ],
  // Hashed file names change with their content: no revision needed.
  dontCacheBustURLsMatching: /\/_astro\//,
  maximumFileSizeToCacheInBytes: 1024 * 1024,
  importScripts: ['sw-pages.js'],
  clientsClaim: true,
  skipWaiting: false,
  cleanupOutdatedCaches: true,
  inlineWorkboxRuntime: true,
  sourcemap: false,
  runtimeCaching: [
    {
      urlPattern: ({ request }) => request.mode === 'navigate',
      handler: 'NetworkFirst',
      options: {
        cacheName: caches.pages,
        networkTimeoutSeconds: 4,
        expiration: { maxEntries: 60 },
        // A page opened with demo settings in its address is the same page without them.
        matchOptions: { ignoreSearch: true },
        precacheFallback: { fallbackURL: 'offline/index.html' },
      },
    },
    {
      urlPattern: /\/data\/[^/]+\.bin\.gz$/,
      handler: 'CacheFirst',
      options: { cacheName: caches.data, cacheableResponse: { statuses: [200] }, expiration: { maxEntries: 2 } },
    },
    {
      urlPattern: /\/pagefind\//,
      handler: 'StaleWhileRevalidate',
      options: { cacheName: caches.search, cacheableResponse: { statuses: [200] }, expiration: { maxEntries: 200 } },
    },
    {
      urlPattern: /\/_astro\//,
      handler: 'CacheFirst',
      options: { cacheName: caches.assets, cacheableResponse: { statuses: [200] }, expiration: { maxEntries: 300 } },
    },
  ],
});
for (const w of warnings) console.warn(`build: service worker: ${w}`);

function du(dir) {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    total += s.isDirectory() ? du(p) : s.size;
  }
  return total;
}
const kb = (n) => `${Math.round(n / 1024).toLocaleString('en')} KB`;
console.log(
  `build: service worker precaches ${count} files (${kb(size)}); the site is ${kb(du(outDir))} in ${outDir}/`,
);
