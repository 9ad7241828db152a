/**
 * End-to-end tests of the site built for a base path (tests/e2e-subpath/settings.mjs: dist-sub/
 * for /nn-course/), served under that base by scripts/serve-static.mjs, which answers 404 to any
 * path outside it. Service workers are allowed here (the offline tests need them, and a reader
 * has one); the root build's tests (playwright.config.ts) block them.
 *
 *   npm run build with the settings' environment, then: npx playwright test -c playwright.subpath.config.ts
 */
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.config.ts';
import { subpath } from './tests/e2e-subpath/settings.mjs';

export default defineConfig({
  testDir: 'tests/e2e-subpath',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: process.env.PW_JSON ? [['list'], ['json', { outputFile: process.env.PW_JSON }]] : [['list']],
  use: {
    // Relative paths in page.goto() resolve under the base.
    baseURL: `http://127.0.0.1:${subpath.port}${subpath.base}`,
    trace: 'off',
    screenshot: 'only-on-failure',
    serviceWorkers: 'allow',
  },
  projects: [{ name: 'subpath', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions } }],
  webServer: {
    command: `node scripts/serve-static.mjs ${subpath.dir} ${subpath.port} 127.0.0.1 ${subpath.base}`,
    url: `http://127.0.0.1:${subpath.port}${subpath.base}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
