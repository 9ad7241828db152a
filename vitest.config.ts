import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from './chromium.config.ts';

const alias = {
  '@core': fileURLToPath(new URL('./src/core', import.meta.url)),
  '@lib': fileURLToPath(new URL('./src/lib', import.meta.url)),
  '@components': fileURLToPath(new URL('./src/components', import.meta.url)),
  '@demos': fileURLToPath(new URL('./src/demos', import.meta.url)),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          environment: 'node',
          globalSetup: ['tests/setup/data.ts'],
          include: ['tests/core/**/*.test.ts', 'tests/lib/**/*.test.ts', 'tests/content/**/*.test.ts'],
          testTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          // A contributor's path in a temporary copy of the repository (minutes: its own step).
          name: 'scaffold',
          environment: 'node',
          include: ['tests/scaffold/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        plugins: [svelte()],
        resolve: { alias },
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: chromiumLaunchOptions }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
