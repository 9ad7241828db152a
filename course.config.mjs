// @ts-check
/**
 * Where the course is published and where its source lives: the one place these settings are
 * read, from the environment, with defaults for a local build at the root path.
 *
 *   COURSE_SITE=https://user.github.io COURSE_BASE=/nn-course/ scripts/course build
 *
 * COURSE_SITE  the public origin (scheme + host), used for canonical URLs, the sitemap and cards
 * COURSE_BASE  the path the site is served under ('/' or '/something/')
 * COURSE_REPO  the repository's web address, for "Edit this page" and "Report a problem"
 * COURSE_BRANCH the branch whose files "Edit this page" opens (default main)
 * COURSE_OUT_DIR the folder the build writes (default dist; the tests build a sub-path copy to
 *               dist-sub so that both builds can be checked side by side)
 */

/**
 * '/x', 'x/', '/x/' and 'x' all become '/x/'; '' and '/' become '/'.
 * @param {string | undefined} raw
 * @returns {string}
 */
export function normaliseBase(raw) {
  const trimmed = String(raw ?? '')
    .trim()
    .replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

const env = typeof process !== 'undefined' ? process.env : {};

export const course = {
  site: (env.COURSE_SITE || 'http://localhost:4321').replace(/\/+$/, ''),
  base: normaliseBase(env.COURSE_BASE),
  repo: (env.COURSE_REPO || 'https://github.com/nn-course/training-neural-networks').replace(/\/+$/, ''),
  branch: env.COURSE_BRANCH || 'main',
  outDir: env.COURSE_OUT_DIR || 'dist',
};
