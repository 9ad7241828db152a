/**
 * One link-preview image per page kind, built with the site: /og/<chapter id>.png for each
 * chapter (its title and summary) and /og/home.png for the home and claims pages.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { orderedChapters } from '../../lib/chapters';
import { socialCard, type CardText } from '../../lib/social-card';
import { SITE_NAME, SITE_DESCRIPTION } from '../../lib/site';

export const getStaticPaths = (async () => {
  const chapters = await orderedChapters();
  return [
    {
      params: { card: 'home' },
      props: { eyebrow: 'An interactive course', title: SITE_NAME, summary: SITE_DESCRIPTION },
    },
    ...chapters.map((c) => ({
      params: { card: c.id },
      props: { eyebrow: `Chapter ${c.data.order}`, title: c.data.title, summary: c.data.summary },
    })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<CardText> = async ({ props }) =>
  new Response(await socialCard(props), { headers: { 'content-type': 'image/png' } });
