/** The site's icons for the web app manifest and home screens, drawn from public/favicon.svg. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { logoPng } from '../../lib/social-card';

export const ICONS = {
  'icon-192': { size: 192, padding: 0 },
  'icon-512': { size: 512, padding: 0 },
  'maskable-512': { size: 512, padding: 6 },
  'apple-touch-icon': { size: 180, padding: 3 },
} as const;

export const getStaticPaths = (() => Object.keys(ICONS).map((icon) => ({ params: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const { size, padding } = ICONS[params.icon as keyof typeof ICONS];
  return new Response(logoPng(size, padding), { headers: { 'content-type': 'image/png' } });
};
