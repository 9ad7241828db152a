/**
 * What crawlers and link previews read, in the built files of both builds (the root build in
 * dist/ for the address in course.config.mjs, the sub-path build for settings.mjs): every page
 * has a canonical URL under the configured site and base, its own title and description, Open
 * Graph and Twitter card tags whose image exists in the build and is a 1200 × 630 PNG; the
 * sitemap lists every chapter and nothing that is not a page; robots.txt and the web app
 * manifest name addresses under the base.
 */
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from '../e2e/util';
import { course } from '../../course.config.mjs';
import { subpath } from './settings.mjs';

const builds = [
  { name: 'root build', dir: process.env.DIST_DIR ?? 'dist', site: course.site, base: '/' },
  { name: 'sub-path build', dir: subpath.dir, site: subpath.site, base: subpath.base },
];

type Tag = Record<string, string>;
/** The <meta> and <link> tags of an HTML page, with their attributes. */
function headTags(html: string): Tag[] {
  const decode = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  return [...html.matchAll(/<(meta|link)\b([^>]*)>/g)].map((m) => {
    const tag: Tag = { tag: m[1] };
    for (const a of m[2].matchAll(/([\w:-]+)="([^"]*)"/g)) tag[a[1]] = decode(a[2]);
    return tag;
  });
}
const meta = (tags: Tag[], key: string) =>
  tags.find((t) => t.tag === 'meta' && (t.name === key || t.property === key))?.content;
const link = (tags: Tag[], rel: string) => tags.find((t) => t.tag === 'link' && t.rel === rel)?.href;

/** The file in the build that an absolute address under site + base names. */
function fileOf(build: (typeof builds)[number], url: string): string {
  const prefix = `${build.site}${build.base}`;
  expect(url.startsWith(prefix), `${url} is under ${prefix}`).toBe(true);
  const rel = decodeURIComponent(url.slice(prefix.length).split(/[?#]/)[0]);
  return join(build.dir, rel.endsWith('/') || rel === '' ? `${rel}index.html` : rel);
}

for (const build of builds) {
  test.describe(build.name, () => {
    const pages = builtPages(build.dir);
    const read = (rel: string) => readFileSync(join(build.dir, rel), 'utf8');

    test('every page: canonical URL, its own title and description, card tags with an image that exists', () => {
      expect(pages.length).toBeGreaterThan(3);
      const titles = new Set<string>();
      const descriptions = new Set<string>();
      for (const path of pages) {
        const html = read(`${path.slice(1)}index.html`);
        const tags = headTags(html);
        const where = `${build.dir}${path}`;
        const description = meta(tags, 'description') ?? '';
        expect(description.length, `${where}: description`).toBeGreaterThan(50);
        const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
        expect(title, `${where}: title`).not.toBe('');
        if (path === '/404/' || path === '/offline/') {
          expect(meta(tags, 'robots'), `${where}: not indexed`).toBe('noindex');
          expect(link(tags, 'canonical'), `${where}: no canonical`).toBeUndefined();
          continue;
        }
        titles.add(title);
        descriptions.add(description);
        const canonical = `${build.site}${build.base}${path.slice(1)}`;
        expect(link(tags, 'canonical'), `${where}: canonical`).toBe(canonical);
        expect(meta(tags, 'og:url'), `${where}: og:url`).toBe(canonical);
        expect(meta(tags, 'og:title'), `${where}: og:title`).toBeTruthy();
        expect(meta(tags, 'og:description'), `${where}: og:description`).toBe(description);
        expect(meta(tags, 'twitter:card'), `${where}: twitter:card`).toBe('summary_large_image');
        const image = meta(tags, 'og:image') ?? '';
        expect(meta(tags, 'twitter:image'), `${where}: twitter:image`).toBe(image);
        expect(meta(tags, 'og:image:alt'), `${where}: og:image:alt`).toBeTruthy();
        const file = fileOf(build, image);
        expect(existsSync(file), `${where}: og:image ${image} exists as ${file}`).toBe(true);
        const png = readFileSync(file);
        expect(png.subarray(1, 4).toString(), `${file} is a PNG`).toBe('PNG');
        expect([png.readUInt32BE(16), png.readUInt32BE(20)], `${file} is 1200 × 630`).toEqual([1200, 630]);
        if (path.startsWith('/chapters/')) {
          // A chapter's card is its own, and its description is its summary (shown as the lede).
          expect(image, `${where}: the chapter's own card`).toMatch(new RegExp(`/og/${path.split('/')[2]}\\.png$`));
          const lede = /<p class="lede"[^>]*>([^<]*)<\/p>/.exec(html)?.[1];
          expect(headTags(`<meta content="${lede}">`)[0].content, `${where}: description = summary`).toBe(description);
        }
      }
      const indexed = pages.filter((p) => p !== '/404/' && p !== '/offline/');
      expect(titles.size, 'every page has its own title').toBe(indexed.length);
      expect(descriptions.size, 'every page has its own description').toBe(indexed.length);
    });

    test('the sitemap lists every chapter (and only pages); robots.txt names it', () => {
      const index = read('sitemap-index.xml');
      const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
      expect(sitemaps.length).toBeGreaterThan(0);
      const urls: string[] = [];
      for (const s of sitemaps) {
        const xml = readFileSync(fileOf(build, s), 'utf8');
        urls.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
      }
      for (const path of pages.filter((p) => p.startsWith('/chapters/'))) {
        expect(urls, `sitemap lists ${path}`).toContain(`${build.site}${build.base}${path.slice(1)}`);
      }
      expect(urls).toContain(`${build.site}${build.base}`);
      for (const u of urls) expect(existsSync(fileOf(build, u)), `${u} is a built page`).toBe(true);
      expect(
        urls.some((u) => /\/(404|offline)\//.test(u)),
        '404 and offline pages are not listed',
      ).toBe(false);
      expect(read('robots.txt')).toContain(`Sitemap: ${build.site}${build.base}sitemap-index.xml`);
    });

    test('the web app manifest starts and is scoped at the base; its icons exist', () => {
      const manifest = JSON.parse(read('manifest.webmanifest'));
      expect(manifest.start_url).toBe(build.base);
      expect(manifest.scope).toBe(build.base);
      expect(manifest.icons.length).toBeGreaterThan(1);
      for (const icon of manifest.icons) {
        expect(icon.src.startsWith(build.base), `${icon.src} under the base`).toBe(true);
        expect(existsSync(join(build.dir, icon.src.slice(build.base.length))), `${icon.src} exists`).toBe(true);
      }
    });
  });
}
