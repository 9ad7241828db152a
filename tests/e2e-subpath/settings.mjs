// @ts-check
/**
 * The sub-path build the tests check besides the root one: built by `npm test` (step
 * build-subpath) with these settings into its own folder, served under its base by
 * scripts/serve-static.mjs, and driven by playwright.subpath.config.ts. Each can be changed
 * from the environment.
 */
import { normaliseBase } from '../../course.config.mjs';

const env = process.env;

export const subpath = {
  /** The folder the sub-path build is written to. */
  dir: env.SUB_DIST_DIR || 'dist-sub',
  /** Its base path, as a project page on a static host would have it. */
  base: normaliseBase(env.SUB_BASE || '/nn-course/'),
  /** Its public address (for canonical URLs and cards; never fetched by the tests). */
  site: (env.SUB_SITE || 'https://course.example.org').replace(/\/+$/, ''),
  /** The port of the local server that serves it under the base. */
  port: Number(env.E2E_SUB_PORT || 4330),
};

/** The environment that makes `npm run build` produce the sub-path build. */
export const subpathBuildEnv = {
  COURSE_SITE: subpath.site,
  COURSE_BASE: subpath.base,
  COURSE_OUT_DIR: subpath.dir,
};
