import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium (Debian's /usr/bin/chromium via playwright-core) loading .output/chrome-mv3,
// and real Firefox (Debian's /usr/bin/firefox-esr via puppeteer-core, WebDriver BiDi) loading .output/firefox-mv3.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
