/**
 * The same product in two back offices, end to end in real Chromium: the seller opens Amazon Seller
 * Central's Manage All Inventory (sellercentral.amazon.com) and eBay Seller Hub's Active listings
 * (www.ebay.com/sh/lst/active), both hand-made fixtures served at their real hostnames. One product is
 * listed under the same SKU on both (the Amazon fixture's first row is renamed TW-PM12-BLK, the SKU of
 * the eBay fixture's first row) at US$12.99 on Amazon and US$24.99 on eBay. With no channel group in
 * the settings, the shared SKU makes them one channel: a channel-mismatch alert opens, the badge counts
 * it and the side panel shows both prices; the seller raises the Amazon price to US$24.99 and the
 * alert resolves. Fails without the eBay module (no eBay row) and without SKU grouping (no alert).
 * Then the listing's public item page (www.ebay.com/itm/<id>) joins the Seller Hub row: one product,
 * still the seller's own, with its rating and the shop the buyer sees, shown in the side panel.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, ROOT, waitFor, type Harness } from './harness';
import type { ListingRecord } from '../../lib/db/types';
import type { Alert } from '../../lib/schemas/alert';

const SKU = 'TW-PM12-BLK';
const AMAZON_FIXTURE = readFileSync(
  join(ROOT, 'tests/fixtures/amazon/inventory/manage-all-inventory_sellercentral-com.html'),
  'utf8',
);

/** The Amazon inventory with its first row (VK-RELAY-4CH, $12.99) under the eBay SKU, at `price`. */
function amazonInventory(price: string): string {
  return AMAZON_FIXTURE.replaceAll('VK-RELAY-4CH', SKU).replace(
    'value="12.99" aria-label="Price"',
    `value="${price}" aria-label="Price"`,
  );
}

let amazonPrice = '12.99';
let h: Harness;
beforeAll(async () => {
  h = await launch([
    {
      host: 'sellercentral.amazon.com',
      path: '/myinventory/inventory',
      body: () => amazonInventory(amazonPrice),
    },
    {
      host: 'www.ebay.com',
      path: '/sh/lst/active',
      body: 'tests/fixtures/ebay/inventory/active-listings_www-ebay-com.html',
    },
    {
      host: 'www.ebay.com',
      path: '/itm/285917364021',
      body: 'tests/fixtures/ebay/product/itm-new-free-shipping_www-ebay-com.html',
    },
  ]);
});
afterAll(async () => h?.close());

const mismatch = async (): Promise<Alert | undefined> =>
  (await h.dbRows<Alert>('alerts')).find((a) => a.kind === 'channel-mismatch');

describe('one SKU in two back offices (real Chromium)', () => {
  it('opens a channel-mismatch alert from Seller Central and Seller Hub, and resolves it', async () => {
    const tab = await h.context.newPage();
    const withSku = async (market: string) =>
      (await h.dbRows<ListingRecord>('listings')).find(
        (l) => l.market === market && l.own && l.skus.includes(SKU),
      ) ?? null;
    // Each page is left only once its rows are stored: the content script runs at document_idle.
    await tab.goto('https://sellercentral.amazon.com/myinventory/inventory', {
      waitUntil: 'domcontentloaded',
    });
    await waitFor(() => withSku('amazon'), 30_000, 'the Seller Central row');
    await tab.goto('https://www.ebay.com/sh/lst/active', { waitUntil: 'domcontentloaded' });
    const own = await waitFor(
      async () => {
        const rows = (await h.dbRows<ListingRecord>('listings')).filter(
          (l) => l.own && l.skus.includes(SKU),
        );
        return rows.length === 2 ? rows : null;
      },
      30_000,
      'the SKU in both back offices',
    );
    expect(own.map((l) => [l.id, l.price]).toSorted()).toEqual([
      ['amazon:B0D4KX7TQ2', { amount: 12.99, currency: 'USD' }],
      ['ebay:285917364021', { amount: 24.99, currency: 'USD' }],
    ]);

    const alert = await waitFor(
      async () => {
        const a = await mismatch();
        return a?.state === 'open' ? a : null;
      },
      20_000,
      'an open channel-mismatch alert',
    );
    expect(alert.subject).toBe(`sku:${SKU}`);
    expect(alert.message.en).toBe(
      `SKU ${SKU}: your prices differ by 92% across channels: Amazon.com B0D4KX7TQ2 US$12.99, eBay 285917364021 US$24.99.`,
    );

    // The badge counts it with the other open warnings, as they are when it is read.
    await expect
      .poll(
        async () => {
          const open = (await h.dbRows<Alert>('alerts')).filter(
            (a) => a.state === 'open' && a.severity !== 'info',
          );
          return open.some((a) => a.kind === 'channel-mismatch') &&
            (await h.badgeText()) === String(open.length)
            ? 'counted'
            : 'not yet';
        },
        { timeout: 10_000 },
      )
      .toBe('counted');

    const panel = await h.openExtensionPage('sidepanel.html');
    await panel.getByRole('tab', { name: 'Alerts' }).click();
    const card = panel.locator('[data-testid="alert-card"][data-kind="channel-mismatch"]');
    await card.waitFor({ timeout: 10_000 });
    const text = await card.textContent();
    expect(text).toContain('Amazon.com B0D4KX7TQ2 US$12.99');
    expect(text).toContain('eBay 285917364021 US$24.99');

    // The seller aligns the Amazon price: the next Seller Central visit resolves the alert.
    amazonPrice = '24.99';
    await tab.goto('https://sellercentral.amazon.com/myinventory/inventory', {
      waitUntil: 'domcontentloaded',
    });
    await waitFor(
      async () => ((await mismatch())?.state === 'resolved' ? true : null),
      20_000,
      'the channel-mismatch alert resolved',
    );
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(0);
    await tab.close();
    await panel.close();
  });

  it('joins the public item page to the Seller Hub row and shows it in the side panel', async () => {
    const tab = await h.context.newPage();
    await tab.goto('https://www.ebay.com/itm/285917364021', { waitUntil: 'domcontentloaded' });
    const listing = await waitFor(
      async () => {
        const l = (await h.dbRows<ListingRecord>('listings')).find(
          (x) => x.id === 'ebay:285917364021',
        );
        return l?.rating !== undefined ? l : null;
      },
      20_000,
      'the item page joined to the Seller Hub row',
    );
    expect(listing).toMatchObject({
      own: true,
      skus: [SKU],
      title: 'Tidewave Pulse Mini Portable Bluetooth Speaker 12W IPX7 Waterproof 24H Black',
      rating: 4.7,
      ratingCount: 1286,
      featuredSeller: 'tidewave_audio',
    });
    expect(
      (await h.dbRows<ListingRecord>('listings')).filter((l) => l.market === 'ebay'),
    ).toHaveLength(6);
    const panel = await h.openExtensionPage('sidepanel.html');
    await panel.getByRole('tab', { name: 'Products' }).click();
    const row = panel.getByTestId('product-row').filter({ hasText: 'Tidewave Pulse Mini' }).first();
    await row.waitFor({ timeout: 10_000 });
    expect(await row.getByTestId('product-price').textContent()).toContain('24.99');
    await tab.close();
    await panel.close();
  });
});
