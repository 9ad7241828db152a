/**
 * robots.txt: everything may be crawled; the sitemap is named with its full address. (Crawlers
 * read robots.txt only at the root of a host: under a base path the pages' own
 * `<link rel="sitemap">` points them to the sitemap instead.)
 */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const sitemap = new URL(`${base}sitemap-index.xml`, site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
