#!/usr/bin/env node
/**
 * Checks every link of a built site with linkinator: each page is served under its base path by
 * scripts/serve-static.mjs (which answers 404 outside the base) and crawled from the home page,
 * the 404 page and the offline page; every internal link, `#anchor`, image, script, stylesheet
 * and the fonts its CSS names must resolve. Links to other hosts are not followed (the machines
 * that run the tests have no internet; the pages' own canonical and card addresses name the
 * public site, and tests/e2e-subpath/meta.spec.ts checks those against the files).
 *
 *   node scripts/check-links.mjs dist / [port]
 *   node scripts/check-links.mjs dist-sub /nn-course/ [port]
 *
 * The port defaults to $LINKS_PORT or 4327.
 */
import { LinkChecker, LinkState } from 'linkinator';
import { normaliseBase } from '../course.config.mjs';
import { startServer } from './start-server.mjs';

const dir = process.argv[2] ?? 'dist';
const base = normaliseBase(process.argv[3] ?? '/');
const port = Number(process.argv[4] ?? process.env.LINKS_PORT ?? 4327);
const origin = `http://127.0.0.1:${port}`;
const root = `${origin}${base}`;

let server;
try {
  server = await startServer(dir, port, base);
} catch (e) {
  console.error(`links: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}

let code = 0;
try {
  // One crawl per starting page: the home page reaches every page in the sidebar; the 404 and
  // offline pages are linked from nowhere.
  const links = [];
  for (const start of [root, `${root}404.html`, `${root}offline/`]) {
    const result = await new LinkChecker().check({
      path: start,
      recurse: true,
      checkCss: true,
      checkFragments: true,
      concurrency: 8,
      timeout: 20_000,
      linksToSkip: async (link) => !link.startsWith(origin),
    });
    links.push(...result.links);
  }
  if (process.env.LINKS_DEBUG) for (const l of links) console.log(l.state, l.status, l.url, '<-', l.parent);
  const checked = links.filter((l) => l.state !== LinkState.SKIPPED);
  const broken = links.filter((l) => l.state === LinkState.BROKEN);
  const pages = new Set(links.map((l) => l.parent).filter(Boolean));
  for (const l of broken) console.error(`BROKEN ${l.status ?? ''} ${l.url}\n       on ${l.parent ?? '(start)'}`);
  console.log(
    `links: ${dir} under ${base}: ${checked.length} links and anchors checked on ${pages.size} pages, ${broken.length} broken`,
  );
  if (broken.length || pages.size < 3) code = 1;
} catch (e) {
  console.error(`links: ${e instanceof Error ? e.message : e}`);
  code = 1;
} finally {
  server.stop();
}
process.exit(code);
