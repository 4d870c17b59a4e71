/**
 * The bench in Chromium (DESIGN.md §10: benchmarks run in Node and in Chromium). Bundles
 * tests/bench/browser/entry.ts (the extension's own parsers, classifier, linter and Dexie ingest) with
 * esbuild, opens it in Debian's Chromium through playwright-core and reports its figures, each as a
 * ratio to a baseline measured in the same page: the browser's own HTML parse, AFINN, one regex per
 * term, and a bare IndexedDB put.
 *
 * Inputs are the repo's fixtures only (the real saved Amazon pages, the held-out review samples, the
 * real-text listing corpus of the compliance bench). The page is served by request interception:
 * nothing listens on a port and nothing leaves the machine.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { BrowserBenchInput } from './browser/entry';
import { FIXTURE_URLS, REAL_SAVED_PAGES } from '../unit/markets/amazon/fixture-urls';
import { buildCorpus } from './compliance.bench';
import type { BenchRow, BenchSuite } from './harness';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ORIGIN = 'http://bench.seller-radar.test';
const fixture = (path: string) => new URL(`../fixtures/${path}`, import.meta.url);

const texts = (name: string): string[] =>
  readFileSync(fixture(`sentiment/${name}`), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { text: string }).text);

export const suite: BenchSuite = {
  name: 'chromium',
  description:
    'in Debian Chromium: page parsing, classify(), lint, Dexie ingest into real IndexedDB, vs same-page baselines',
  async run() {
    if (!existsSync(CHROMIUM)) {
      return {
        suite: 'chromium',
        rows: [],
        notes: [
          `skipped: no Chromium at ${CHROMIUM} (node scripts/ensure-browsers.mjs installs it)`,
        ],
      };
    }
    const bundle = await build({
      entryPoints: [fileURLToPath(new URL('browser/entry.ts', import.meta.url))],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'chrome120',
      write: false,
      logLevel: 'silent',
    });
    const script = bundle.outputFiles[0]!.text;
    const input: BrowserBenchInput = {
      // The real saved pages, served at the URLs they were saved from.
      pages: REAL_SAVED_PAGES.map((name) => ({
        url: FIXTURE_URLS[name],
        html: readFileSync(fixture(`amazon/${name}`), 'utf8'),
      })),
      inventory: {
        url: FIXTURE_URLS['inventory/manage-all-inventory_sellercentral-com.html'],
        html: readFileSync(
          fixture('amazon/inventory/manage-all-inventory_sellercentral-com.html'),
          'utf8',
        ),
      },
      reviewsEn: texts('en-product.test.jsonl'),
      reviewsZh: texts('zh-online-shopping.test.jsonl'),
      listings: buildCorpus(),
    };

    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    try {
      const page = await browser.newPage();
      await page.route(`${ORIGIN}/**`, (route) => {
        const path = new URL(route.request().url()).pathname;
        if (path === '/bench.js') {
          return route.fulfill({ contentType: 'text/javascript', body: script });
        }
        if (path === '/') {
          return route.fulfill({
            contentType: 'text/html',
            body: '<!doctype html><meta charset="utf-8"><script src="/bench.js"></script>',
          });
        }
        return route.fulfill({ status: 404, body: '' });
      });
      await page.goto(`${ORIGIN}/`);
      const result = await page.evaluate(
        (inp) =>
          (
            globalThis as unknown as {
              srBench: (i: BrowserBenchInput) => Promise<{ rows: BenchRow[]; notes: string[] }>;
            }
          ).srBench(inp),
        input,
      );
      return {
        suite: 'chromium',
        rows: result.rows,
        notes: [
          ...result.notes,
          'one page, one thread; pages/s parse the 6 real saved Amazon pages in turn; snapshots/s are sequential awaited transactions',
        ],
      };
    } finally {
      await browser.close();
    }
  },
};
