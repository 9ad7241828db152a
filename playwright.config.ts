/**
 * End-to-end tests: the built site (dist/, made by `npm run build`; or $DIST_DIR) served by
 * scripts/serve-static.mjs and driven in the system's Chromium (see chromium.config.ts;
 * Playwright's own browser download is not used). Service workers are blocked here, so that
 * every test sees the network as the page asked for it; the offline behaviour has its own tests
 * against the sub-path build (playwright.subpath.config.ts).
 */
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.config.ts';

const port = Number(process.env.E2E_PORT ?? 4329);
/** The built site to test (several checkouts or people can build to different folders). */
const distDir = process.env.DIST_DIR ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.PW_JSON ? [['list'], ['json', { outputFile: process.env.PW_JSON }]] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromiumLaunchOptions,
    trace: 'off',
    screenshot: 'only-on-failure',
    serviceWorkers: 'block',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions } }],
  webServer: {
    command: `node scripts/serve-static.mjs ${distDir} ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
