import { defineConfig } from '@playwright/test';

/** Browser tests run Debian's Chromium against the built site served by `astro preview`. */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: 'http://127.0.0.1:4321',
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'npx astro preview --host 127.0.0.1 --port 4321 --outDir dist-test',
    url: 'http://127.0.0.1:4321/',
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
