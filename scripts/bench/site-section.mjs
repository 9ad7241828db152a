/**
 * BENCHMARKS.md has two writers: scripts/bench.mjs writes everything above this marker and keeps
 * what follows it; scripts/bench-site.mjs replaces what follows it.
 */
export const SITE_START = '<!-- The section below is written by scripts/course bench-site. -->';

/** The section, from its Markdown body (null: not measured yet). */
export function siteSection(body) {
  const text = body ?? 'Not measured yet: `scripts/course build`, then `scripts/course bench-site`.';
  return `${SITE_START}\n\n## The site in Chromium\n\n${text.trimEnd()}\n`;
}
