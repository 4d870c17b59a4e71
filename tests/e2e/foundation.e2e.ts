/**
 * Foundation, end to end in real Chromium: real saved Amazon page served at its real hostname -> content
 * script -> background -> IndexedDB -> side panel; Seller Central inventory; foreign and malformed
 * messages; a broken layout raising parser-health and the badge.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, waitFor, type Harness } from './harness';
import type { CaptureRecord, ListingRecord } from '../../lib/db/types';
import type { Alert } from '../../lib/schemas/alert';

const PRODUCT = 'tests/fixtures/amazon/product/amazon-com_ansi-url.html';
const INVENTORY = 'tests/fixtures/amazon/inventory/manage-all-inventory_sellercentral-com.html';
const BROKEN = 'tests/fixtures/amazon/product/broken-layout_amazon-com.html';
const UK_BOOK = 'tests/fixtures/amazon/product/amazon-co-uk_product-url.html';

let h: Harness;
beforeAll(async () => {
  h = await launch([
    { host: 'www.amazon.com', path: '/dp/B0057OC5O8', body: PRODUCT },
    { host: 'sellercentral.amazon.com', path: '/myinventory/inventory', body: INVENTORY },
    { host: 'www.amazon.com', path: '/dp/B0BROKEN01', body: BROKEN },
    { host: 'www.amazon.co.uk', path: '/dp/1849757097', body: UK_BOOK },
  ]);
});
afterAll(async () => h?.close());

describe('foundation (real Chromium)', () => {
  it('captures the real saved Amazon product page into IndexedDB and shows it in the side panel', async () => {
    const page = await h.context.newPage();
    await page.goto('https://www.amazon.com/dp/B0057OC5O8', { waitUntil: 'domcontentloaded' });
    const listing = await waitFor(
      async () =>
        (await h.dbRows<ListingRecord>('listings')).find((l) => l.id === 'amazon:B0057OC5O8'),
      20_000,
      'the product in IndexedDB',
    );
    expect(listing.title).toMatch(/\S/);
    expect(listing.price?.currency).toBe('USD');
    expect(listing.price?.amount).toBeGreaterThan(0);
    const captures = await h.dbRows<CaptureRecord>('captures');
    expect(captures.find((c) => c.url.includes('/dp/B0057OC5O8'))?.status).toBe('ok');

    const panel = await h.openExtensionPage('sidepanel.html');
    await panel.getByRole('tab', { name: 'Products' }).click();
    const row = panel.getByTestId('product-row').filter({ hasText: listing.title!.slice(0, 30) });
    await row.waitFor({ timeout: 10_000 });
    // Every marketplace host is granted (Chromium grants the content scripts' hosts at install), so
    // the site-access warning is absent; its permission check has settled by the time rows render.
    expect(await panel.getByTestId('site-access').count()).toBe(0);
    const priceText = await row.getByTestId('product-price').textContent();
    expect(priceText).toContain(listing.price!.amount.toFixed(2));
    await row.click();
    await expect.poll(() => panel.getByTestId('detail-title').textContent()).toBe(listing.title);
    // The same panel in Chinese.
    await panel.getByRole('button', { name: '中文' }).click();
    await panel.getByRole('button', { name: /返回/ }).waitFor();
    await page.close();
    await panel.close();
  });

  it('reads the Seller Central inventory page at sellercentral.amazon.com into own listings', async () => {
    const page = await h.context.newPage();
    await page.goto('https://sellercentral.amazon.com/myinventory/inventory', {
      waitUntil: 'domcontentloaded',
    });
    const own = await waitFor(
      async () => {
        const rows = (await h.dbRows<ListingRecord>('listings')).filter(
          (l) => l.own && l.skus.length > 0,
        );
        return rows.length >= 5 ? rows : null;
      },
      20_000,
      'inventory rows in IndexedDB',
    );
    expect(own.every((l) => l.market === 'amazon')).toBe(true);
    // The row with an unreadable price: null (and flagged), never 0.
    expect(own.some((l) => l.price === null && l.priceUnreadable === true)).toBe(true);
    expect(own.filter((l) => l.price !== null).every((l) => l.price!.amount > 0)).toBe(true);
    await page.close();
  });

  it('rejects foreign and malformed messages and stores nothing from them', async () => {
    const before = (await h.dbRows('captures')).length;
    const panel = await h.openExtensionPage('popup.html');
    const responses = await panel.evaluate(async () => {
      // oxlint-disable-next-line unicorn/consistent-function-scoping -- runs in the page, not here
      const send = (m: unknown) => chrome.runtime.sendMessage(m);
      const snapshot = {
        market: 'amazon',
        pageType: 'product',
        url: 'https://www.amazon.com/dp/B000FORGED',
        capturedAt: new Date().toISOString(),
        parser: { id: 'amazon/product', version: 1 },
        listings: [
          { productKey: 'B000FORGED', title: 'Forged', price: { amount: 0.01, currency: 'USD' } },
        ],
      };
      return [
        await send({ type: 'saveSnapshot', key: '0123456789abcdef', snapshot }),
        await send({
          type: 'saveSnapshot',
          key: 'nope',
          snapshot: { ...snapshot, market: 'evil' },
        }),
        await send({ type: 'dropEverything' }),
        await send('<script>alert(1)</script>'),
      ];
    });
    expect(responses.map((r: { ok: boolean; error?: { code: string } }) => r.error?.code)).toEqual([
      'foreign-sender',
      'invalid-message',
      'invalid-message',
      'invalid-message',
    ]);
    // A web page cannot reach the extension at all: no runtime messaging is exposed to it, and
    // window.postMessage is not listened to.
    const page = await h.context.newPage();
    await page.goto('https://www.amazon.com/dp/B0057OC5O8', { waitUntil: 'domcontentloaded' });
    const pageSide = await page.evaluate(() => {
      const w = window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } };
      window.postMessage({ type: 'saveSnapshot', key: '0123456789abcdef', snapshot: {} }, '*');
      return typeof w.chrome?.runtime?.sendMessage;
    });
    expect(pageSide).toBe('undefined');
    await new Promise((r) => setTimeout(r, 1_500));
    const listings = await h.dbRows<ListingRecord>('listings');
    expect(listings.find((l) => l.productKey === 'B000FORGED')).toBeUndefined();
    // Only the real page reload may have added a capture; nothing forged did.
    const captures = await h.dbRows<CaptureRecord>('captures');
    expect(captures.filter((c) => c.url.includes('FORGED'))).toHaveLength(0);
    expect(captures.length).toBeLessThanOrEqual(before + 1);
    await page.close();
    await panel.close();
  });

  it('raises a parser-health alert for a page whose layout broke, and the badge shows it', async () => {
    const page = await h.context.newPage();
    await page.goto('https://www.amazon.com/dp/B0BROKEN01', { waitUntil: 'domcontentloaded' });
    const alert = await waitFor(
      async () =>
        (await h.dbRows<Alert>('alerts')).find(
          (a) => a.kind === 'parser-health' && a.state === 'open',
        ),
      20_000,
      'a parser-health alert',
    );
    expect(alert.message.en).toMatch(/layout may have changed/);
    await expect.poll(() => h.badgeText(), { timeout: 10_000 }).toBe('1');
    expect(await h.badgeColor()).toEqual([180, 83, 9, 255]); // warning amber
    const panel = await h.openExtensionPage('sidepanel.html');
    await panel
      .getByTestId('alert-card')
      .filter({ hasText: 'layout may have changed' })
      .waitFor({ timeout: 10_000 });
    await page.close();
    await panel.close();
  });
});

describe('service worker lifecycle (real Chromium)', () => {
  it('a stopped service worker is woken by the next page, loses nothing and keeps its badge', async () => {
    const cdp = await h.context.browser()!.newBrowserCDPSession();
    const swTargets = async () =>
      (
        (await cdp.send('Target.getTargets')).targetInfos as Array<{
          type: string;
          targetId: string;
          url: string;
        }>
      ).filter((t) => t.type === 'service_worker' && t.url.includes(h.extensionId));
    for (const t of await swTargets())
      await cdp.send('Target.closeTarget', { targetId: t.targetId });
    await expect.poll(async () => (await swTargets()).length, { timeout: 10_000 }).toBe(0);

    // The next page the seller opens wakes a new worker, which stores the capture.
    const inventoryCaptures = async () =>
      (await h.dbRows<CaptureRecord>('captures')).filter((c) => c.pageType === 'inventory').length;
    const before = await inventoryCaptures();
    const page = await h.context.newPage();
    await page.goto('https://sellercentral.amazon.com/myinventory/inventory', {
      waitUntil: 'domcontentloaded',
    });
    await waitFor(
      async () => (await inventoryCaptures()) > before,
      30_000,
      'a capture stored by a restarted worker',
    );
    expect((await swTargets()).length).toBe(1);
    // State lives in IndexedDB, not in worker globals: the new worker's badge still counts the open
    // parser-health alert raised before the restart.
    const openWarnings = (await h.dbRows<Alert>('alerts')).filter(
      (a) => a.state === 'open' && a.severity !== 'info',
    );
    expect(openWarnings.map((a) => a.kind)).toContain('parser-health');
    await expect.poll(() => h.badgeText(), { timeout: 10_000 }).toBe(String(openWarnings.length));

    // Same ASIN on another storefront is another listing, in its own currency.
    await page.goto('https://www.amazon.co.uk/dp/1849757097', { waitUntil: 'domcontentloaded' });
    const listing = await waitFor(
      async () =>
        (await h.dbRows<ListingRecord>('listings')).find((l) => l.productKey === '1849757097'),
      30_000,
      'the amazon.co.uk product',
    );
    expect(listing.id).toBe('amazon:1849757097@amazon.co.uk');
    expect(listing.price?.currency).toBe('GBP');
    await page.close();
    await cdp.detach();
  });
});

declare const chrome: {
  runtime: { sendMessage: (m: unknown) => Promise<{ ok: boolean; error?: { code: string } }> };
};
