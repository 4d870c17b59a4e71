/**
 * Privacy, checked on the built extension: no request leaves the extension's own contexts (service
 * worker, side panel, popup, options) except for its own packaged files; no remote code; no way for a
 * web page to message it; permissions limited to what the features use.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { CaptureRecord } from '../../lib/db/types';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Request } from 'playwright-core';
import { EXTENSION_DIR, launch, waitFor, type Harness } from './harness';
import { FIREFOX_EXTENSION_DIR } from './firefox-harness';
import type { ReviewRecord } from '../../lib/db/types';

function builtScripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? builtScripts(join(dir, e.name))
      : e.name.endsWith('.js')
        ? [join(dir, e.name)]
        : [],
  );
}

describe.each([
  { build: 'chrome-mv3', dir: EXTENSION_DIR, sidePanel: ['sidePanel'] },
  // Firefox has no sidePanel permission: its sidebar is declared by `sidebar_action`.
  { build: 'firefox-mv3', dir: FIREFOX_EXTENSION_DIR, sidePanel: [] },
])('privacy of the built extension ($build)', ({ dir, sidePanel }) => {
  it('declares no remote access beyond the marketplace pages it reads', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.externally_connectable).toBeUndefined(); // web pages cannot message the extension
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_security_policy).toBeUndefined(); // MV3 default: no remote or eval'd code
    expect(manifest.permissions.toSorted()).toEqual(
      ['alarms', 'notifications', ...sidePanel, 'storage', 'unlimitedStorage'].toSorted(),
    );
    const hosts = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
    for (const h of hosts) {
      expect(h).toMatch(
        /amazon\.|ebay\.|etsy\.com|shopee|taobao\.com|tmall\.(?:com|hk)\/|item\.jd\.(?:com|hk)\/|(?:shop|wares-jdm)\.jd\.com\/|(?:www|seller)\.walmart\.com\/|mercadoli[bv]re\.|mms\.pinduoduo\.com\//,
      );
      // Never a page over plain HTTP: anyone on the network could write it (fake own prices, stock).
      expect(h).toMatch(/^https:\/\//);
    }
  });

  it('ships no network calls other than loading its own packaged files', () => {
    const calls: string[] = [];
    for (const file of builtScripts(dir)) {
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(
        /XMLHttpRequest|sendBeacon|new WebSocket|EventSource|importScripts|fetch\(([^)]{0,40})/g,
      )) {
        calls.push(`${file.slice(dir.length)}: ${m[0]}`);
      }
      expect(code).not.toMatch(
        /https?:\/\/[^"'`\s]*(google-analytics|googletagmanager|sentry|segment|mixpanel)/,
      );
    }
    // Vite's module preload (same-origin chunks) and the packaged sentiment model, nothing else.
    expect(calls.every((c) => /fetch\((e\.href|[a-zA-Z_$][\w$]*)(,[\w$]+)?$/.test(c))).toBe(true);
    expect(calls.length).toBeLessThanOrEqual(3);
  });
});

describe('no traffic from the extension while it works (real Chromium)', () => {
  let h: Harness;
  const fromExtension: string[] = [];
  beforeAll(async () => {
    h = await launch([
      {
        host: 'www.amazon.com',
        path: '/product-reviews/B0BBPNPZTC',
        body: 'tests/fixtures/amazon/reviews/Amazon.com_Customer_reviews.html',
      },
    ]);
    h.context.on('request', (r: Request) => {
      const origin = r.serviceWorker()?.url() ?? r.frame()?.url() ?? '';
      if (origin.startsWith('chrome-extension://')) fromExtension.push(r.url());
    });
  });
  afterAll(async () => h?.close());

  it('only loads its own files while capturing and classifying reviews and showing the panel', async () => {
    const page = await h.context.newPage();
    await page.goto('https://www.amazon.com/product-reviews/B0BBPNPZTC', {
      waitUntil: 'domcontentloaded',
    });
    await waitFor(
      async () => (await h.dbRows<ReviewRecord>('reviews')).filter((r) => r.label).length === 10,
      30_000,
      '10 classified reviews',
    );
    const panel = await h.openExtensionPage('sidepanel.html');
    await panel.getByRole('tab', { name: 'Reviews' }).click();
    await panel.getByTestId('aspect-chart').waitFor({ timeout: 10_000 });
    expect(fromExtension.length).toBeGreaterThan(0);
    expect(
      fromExtension.filter((u) => !u.startsWith(`chrome-extension://${h.extensionId}/`)),
    ).toEqual([]);
  });
});

describe('a marketplace page cannot see or stop the content script (real Chromium)', () => {
  const FIXTURE = readFileSync('tests/fixtures/amazon/product/amazon-com_ansi-url.html', 'utf8');
  // The page's own script: records every window message it receives.
  const SPY = `<script>window.seenBySpy=[];addEventListener('message',e=>{try{seenBySpy.push(JSON.stringify(e.data))}catch{}});</script>`;
  const page = FIXTURE.replace(/<head[^>]*>/i, (m) => m + SPY);
  let h: Harness;
  beforeAll(async () => {
    h = await launch([{ host: 'www.amazon.com', path: '/dp/B0057OC5O8', body: () => page }]);
  });
  afterAll(async () => h?.close());

  it('announces nothing to the page, and a faked "newer copy started" event does not stop capture', async () => {
    const tab = await h.context.newPage();
    await tab.goto('https://www.amazon.com/dp/B0057OC5O8', { waitUntil: 'load' });
    await waitFor(async () => (await h.dbRows('captures')).length >= 1, 20_000, 'first capture');
    // WXT's start announcement (window.postMessage with the extension's id) is switched off.
    expect(
      await tab.evaluate(() => (window as unknown as { seenBySpy: string[] }).seenBySpy),
    ).toEqual([]);
    // A store extension's id is public: the page names WXT's event and fakes a newer copy starting.
    await tab.evaluate(
      (type) =>
        document.dispatchEvent(
          new CustomEvent(type, {
            detail: { contentScriptName: 'marketplace', messageId: 'evil' },
          }),
        ),
      `${h.extensionId}:marketplace:wxt:content-script-started`,
    );
    // The price changes on the page: the content script must still read it.
    await tab.evaluate(() => {
      for (const el of document.querySelectorAll(
        '#corePrice_feature_div .a-offscreen, #apex_desktop .a-offscreen',
      ))
        el.textContent = '$5.55';
      document.body.append(document.createElement('div'));
    });
    await waitFor(
      async () =>
        (
          await h.dbRows<{ ownPrice?: unknown; featuredPrice?: { amount: number } | null }>(
            'pricePoints',
          )
        ).some((p) => p.featuredPrice?.amount === 5.55),
      30_000,
      'the new price captured after the fake event',
    );
    const captures = await h.dbRows<CaptureRecord>('captures');
    expect(captures.length).toBeGreaterThanOrEqual(2);
  });
});
