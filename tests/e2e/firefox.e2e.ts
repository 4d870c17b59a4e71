/**
 * The Firefox build, end to end in real Firefox (Debian's firefox-esr): the same real saved Amazon pages
 * as the Chromium tests, served at their real hostnames -> content scripts -> background (an event page
 * in Firefox, not a service worker) -> IndexedDB -> the side-panel page (Firefox's sidebar) in a tab.
 * Covers capture, sentiment in the background, the parser-health alert and the Chinese UI.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { waitFor } from './harness';
import { clickByText, launchFirefox, type FirefoxHarness } from './firefox-harness';
import type { CaptureRecord, ListingRecord, ReviewRecord } from '../../lib/db/types';
import type { Alert } from '../../lib/schemas/alert';

const PRODUCT = 'tests/fixtures/amazon/product/amazon-com_ansi-url.html';
const REVIEWS = 'tests/fixtures/amazon/reviews/Amazon.com_Customer_reviews.html';
const BROKEN = 'tests/fixtures/amazon/product/broken-layout_amazon-com.html';
const TAOBAO_PATH = '/sell/v2/publish.htm?catId=50016348&itemId=730018455612';
const TAOBAO = 'tests/fixtures/taobao/listing-edit/publish-v2_item-upload-taobao-com.html';

let h: FirefoxHarness;
beforeAll(async () => {
  h = await launchFirefox([
    { host: 'www.amazon.com', path: '/dp/B0057OC5O8', body: PRODUCT },
    { host: 'www.amazon.com', path: '/product-reviews/B0BBPNPZTC', body: REVIEWS },
    { host: 'www.amazon.com', path: '/dp/B0BROKEN01', body: BROKEN },
    { host: 'item.upload.taobao.com', path: TAOBAO_PATH, body: TAOBAO },
  ]);
});
afterAll(async () => h?.close());

/** Clicks the side panel's tab whose visible name starts with `name`. */
const openTab = (panel: Page, name: string) => clickByText(panel, '[role="tab"]', name);

const count = (panel: Page, selector: string) =>
  panel.evaluate((s) => document.querySelectorAll(s).length, selector);

const visit = (path: string): Promise<Page> => h.visit(`https://www.amazon.com${path}`);

/** Count and severity of the inline mark next to a field of the listing editor (null: no mark). */
const mark = (page: Page, field: string) =>
  page.evaluate((f) => {
    const host = document.querySelector<HTMLElement>(`seller-radar-mark[data-field="${f}"]`);
    return host
      ? { count: host.dataset.count ?? null, severity: host.dataset.severity ?? null }
      : null;
  }, field);

describe('Firefox build (real Firefox ESR)', () => {
  it('captures the real saved product page into IndexedDB and lists it in the sidebar page, in English and Chinese', async () => {
    const page = await visit('/dp/B0057OC5O8');
    const listing = await waitFor(
      async () =>
        (await h.dbRows<ListingRecord>('listings')).find((l) => l.id === 'amazon:B0057OC5O8'),
      30_000,
      'the product in IndexedDB',
    );
    expect(listing.title).toMatch(/^SainSmart 4-Channel Relay Module/);
    expect(listing.price).toEqual({ amount: 8.99, currency: 'USD' });

    const panel = await h.openExtensionPage('sidepanel.html');
    await openTab(panel, 'Products');
    const row = await panel.waitForSelector('[data-testid="product-row"]', { timeout: 10_000 });
    expect(await row!.evaluate((el) => el.textContent)).toContain('8.99');
    // Every marketplace page is granted at install: no site-access warning.
    expect(await count(panel, '[data-testid="site-access"]')).toBe(0);
    await clickByText(panel, 'button', '中文');
    await panel.waitForFunction(
      () =>
        [...document.querySelectorAll('[role="tab"]')].some((b) =>
          b.textContent?.startsWith('评论'),
        ),
      { timeout: 10_000 },
    );
    await page.close();
    await panel.close();
  });

  it('labels the 10 real reviews in the background and shows them with the aspect chart', async () => {
    const page = await visit('/product-reviews/B0BBPNPZTC');
    // The product page of the first test carried reviews of its own: count this product's only.
    const rows = await waitFor(
      async () => {
        const all = (await h.dbRows<ReviewRecord>('reviews')).filter(
          (r) => r.listingId === 'amazon:B0BBPNPZTC',
        );
        return all.length >= 10 && all.every((r) => r.label !== undefined && r.modelVersion)
          ? all
          : null;
      },
      40_000,
      '10 classified reviews in IndexedDB',
    );
    expect(rows).toHaveLength(10);
    expect(rows.every((r) => r.lang === 'en')).toBe(true);
    expect(rows.filter((r) => r.label === 'positive').length).toBeGreaterThanOrEqual(5);
    expect(rows.map((r) => r.label)).toContain('negative');

    const panel = await h.openExtensionPage('sidepanel.html');
    // The language chosen in the previous test is remembered: the tab is 评论 now.
    await openTab(panel, '评论');
    await panel.waitForSelector('[data-testid="review-product"]', { timeout: 10_000 });
    await panel.select('[data-testid="review-product"]', 'amazon:B0BBPNPZTC');
    await panel.waitForFunction(
      () => document.querySelectorAll('[data-testid="review-item"]').length === 10,
      { timeout: 15_000 },
    );
    const chart = await panel.waitForSelector('[data-testid="aspect-chart"]', { timeout: 10_000 });
    expect(Number(await chart!.evaluate((c) => c.getAttribute('data-total')))).toBeGreaterThan(0);
    expect(await count(panel, '[data-testid="review-item"] mark')).toBeGreaterThan(0);
    await page.close();
    await panel.close();
  });

  it('raises a parser-health alert for a page whose layout broke', async () => {
    const page = await visit('/dp/B0BROKEN01');
    const alert = await waitFor(
      async () =>
        (await h.dbRows<Alert>('alerts')).find(
          (a) => a.kind === 'parser-health' && a.state === 'open',
        ),
      30_000,
      'the parser-health alert',
    );
    expect(alert.message.en).toMatch(/layout may have changed/);
    // The toolbar badge counts it (read through the extension's own API, from its popup page).
    const popup = await h.openExtensionPage('popup.html');
    const badge = await waitFor(
      () =>
        popup
          .evaluate(() => browser.action.getBadgeText({}))
          .then((text) => (text === '1' ? text : null)),
      10_000,
      'badge text 1',
    );
    expect(badge).toBe('1');
    const panel = await h.openExtensionPage('sidepanel.html');
    const card = await panel.waitForSelector(
      '[data-testid="alert-card"][data-kind="parser-health"]',
      {
        timeout: 10_000,
      },
    );
    expect(await card!.evaluate((el) => el.textContent)).toMatch(/layout may have changed/);
    // Only the fixture hosts were ever tunnelled; anything else the pages asked for was refused.
    expect(h.served.every((s) => s.startsWith('www.amazon.com/'))).toBe(true);
    await page.close();
    await panel.close();
    await popup.close();
  });

  it('Taobao 发布宝贝: typed 极限词 are marked inline on the page and listed in the listing check (文案合规检查)', async () => {
    const page = await h.visit(`https://item.upload.taobao.com${TAOBAO_PATH}`);
    // The fixture's pre-filled title has three findings.
    await waitFor(async () => (await mark(page, 'title'))?.count === '3', 15_000, 'the first mark');
    await page.$eval('#struct-title input', (el) => {
      const input = el as HTMLInputElement;
      input.select();
    });
    await page.keyboard.press('Backspace');
    await waitFor(async () => (await mark(page, 'title')) === null, 10_000, 'the mark to clear');
    await page.type('#struct-title input', '全网最低价 国家级 保温杯', { delay: 15 });
    const inline = await waitFor(
      async () => {
        const m = await mark(page, 'title');
        return m?.count === '2' ? m : null;
      },
      10_000,
      'the mark on the typed title',
    );
    expect(inline.severity).toBe('error');

    const panel = await h.openExtensionPage('sidepanel.html');
    await openTab(panel, '文案合规检查');
    await panel.waitForFunction(
      () =>
        [
          ...document.querySelectorAll(
            '[data-testid="listing-draft"][data-market="taobao"] [data-field="title"] mark',
          ),
        ]
          .map((m) => m.textContent)
          .join('|') === '全网最低价|国家级',
      { timeout: 10_000 },
    );
    await page.close();
    await panel.close();
  });

  it('when the user withholds amazon.com it captures nothing there, says so, and "Allow access" restores it', async () => {
    const popup = await h.openExtensionPage('popup.html');
    const origins = ['https://www.amazon.com/*', 'https://amazon.com/*'];
    expect(await popup.evaluate((o) => browser.permissions.remove({ origins: o }), origins)).toBe(
      true,
    );
    const banner = await popup.waitForSelector('[data-testid="site-access"]', { timeout: 10_000 });
    // The UI is in Chinese since the first test.
    expect(await banner!.evaluate((el) => el.textContent)).toMatch(/亚马逊 \(2 个站点\)/);

    const captures = async () =>
      (await h.dbRows<CaptureRecord>('captures')).filter((c) => c.url.endsWith('/dp/B0057OC5O8'))
        .length;
    const before = await captures();
    const withheld = await visit('/dp/B0057OC5O8');
    await new Promise((r) => setTimeout(r, 3_000));
    expect(await captures()).toBe(before);
    await withheld.close();

    await popup.bringToFront();
    await popup.click('[data-testid="site-access-allow"]');
    await popup.waitForSelector('[data-testid="site-access"]', { hidden: true, timeout: 10_000 });
    expect(await popup.evaluate((o) => browser.permissions.contains({ origins: o }), origins)).toBe(
      true,
    );
    const granted = await visit('/dp/B0057OC5O8');
    await waitFor(async () => (await captures()) > before, 20_000, 'a capture once allowed');
    await granted.close();
    await popup.close();
  });

  it('Alt+Shift+S opens the sidebar: Firefox registers the shortcut on the sidebar command', async () => {
    const page = await h.openExtensionPage('popup.html');
    const commands = await page.evaluate(async () =>
      (await browser.commands.getAll()).map((c) => ({ name: c.name, shortcut: c.shortcut })),
    );
    expect(commands).toContainEqual({ name: '_execute_sidebar_action', shortcut: 'Alt+Shift+S' });
    await page.close();
  });
});

/** The WebExtension global of Firefox's extension pages (only the call the test makes). */
declare const browser: {
  action: { getBadgeText: (details: object) => Promise<string> };
  commands: { getAll: () => Promise<Array<{ name?: string; shortcut?: string }>> };
  permissions: {
    remove: (p: { origins: string[] }) => Promise<boolean>;
    contains: (p: { origins: string[] }) => Promise<boolean>;
  };
};
