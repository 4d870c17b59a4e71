/**
 * Seller Central Europe (`sellercentral-europe.amazon.com`) serves every EU storefront of a unified
 * account on one host. Its inventory rows must reach the amazon.de (…) product: the seller's SKU (and
 * the floor set on it) and the stock state, whichever page was captured first.
 */
import { describe, expect, it } from 'vitest';
import { replay } from '../../../lib/cli/alerts';
import { storefrontSuffix } from '../../../lib/db/ingest';
import { parseSettings } from '../../../lib/schemas/settings';
import { pageSnapshotSchema, type PageSnapshot } from '../../../lib/schemas/snapshot';

const EUR = (amount: number) => ({ amount, currency: 'EUR' });
const settings = parseSettings({
  ownSellers: ['Voltkern Direkt'],
  floors: { 'VK-4CH-DE': EUR(11) },
});

function inventory(url: string, at: string, currency = 'EUR'): PageSnapshot {
  return pageSnapshotSchema.parse({
    market: 'amazon',
    pageType: 'inventory',
    url,
    capturedAt: at,
    parser: { id: 'amazon/inventory', version: 1 },
    listings: [
      {
        productKey: 'B0D4KX7TQ2',
        sku: 'VK-4CH-DE',
        own: true,
        price: { amount: 12.99, currency },
        quantity: 0,
        status: 'Out of Stock',
      },
    ],
  });
}

/** amazon.de: a competitor holds the buy box at €10.49; the seller's own offer is listed at €12.99. */
function productDe(at: string): PageSnapshot {
  return pageSnapshotSchema.parse({
    market: 'amazon',
    pageType: 'product',
    url: 'https://www.amazon.de/dp/B0D4KX7TQ2',
    capturedAt: at,
    parser: { id: 'amazon/product', version: 2 },
    listings: [
      {
        productKey: 'B0D4KX7TQ2',
        price: EUR(10.49),
        featuredOffer: { price: EUR(10.49), sellerName: 'Elektro-Handel Maier' },
      },
    ],
    offers: [
      ['Elektro-Handel Maier', 10.49, true],
      ['Voltkern Direkt', 12.99, false],
    ].map(([sellerName, p, isFeatured]) => ({
      productKey: 'B0D4KX7TQ2',
      sellerName,
      price: EUR(p as number),
      shipping: EUR(0),
      landedPrice: EUR(p as number),
      isFeatured,
    })),
  });
}

const EU = 'https://sellercentral-europe.amazon.com/inventory';

async function alertsOf(snaps: PageSnapshot[]) {
  const out = await replay(snaps, settings);
  return out.map((r) => ({
    kind: r.alert.kind,
    subject: r.alert.subject,
    severity: r.alert.severity,
    floorKey: (r.alert.evidence as { floorSource?: { key: string } }).floorSource?.key,
  }));
}

describe('storefrontSuffix', () => {
  it('reads the marketplace the Seller Central URL names', () => {
    expect(storefrontSuffix('amazon', `${EU}?mons_sel_mkid=A1PA6795UKMFR9`)).toBe('@amazon.de');
    expect(storefrontSuffix('amazon', `${EU}?mons_sel_mkid=A1F83G8C2ARO7P`)).toBe('@amazon.co.uk');
    expect(
      storefrontSuffix(
        'amazon',
        'https://sellercentral.amazon.com/inventory?mons_sel_mkid=A2EUQ1WTGCTBG2',
      ),
    ).toBe('@amazon.ca');
    expect(storefrontSuffix('amazon', EU)).toBe('@amazon.eu');
    expect(storefrontSuffix('amazon', 'https://sellercentral.amazon.de/inventory')).toBe(
      '@amazon.de',
    );
    expect(storefrontSuffix('amazon', 'https://www.amazon.de/dp/B0D4KX7TQ2')).toBe('@amazon.de');
  });
});

describe('Seller Central Europe inventory joins the amazon.de product', () => {
  // What sellercentral.amazon.de raises: the stock state (info, restock first) and the SKU floor.
  const expected = [
    { kind: 'buy-box-lost', subject: 'amazon:B0D4KX7TQ2@amazon.de', severity: 'info' },
    { kind: 'undercut', subject: 'amazon:B0D4KX7TQ2@amazon.de', severity: 'info' },
    { kind: 'below-floor', subject: 'amazon:B0D4KX7TQ2@amazon.de', severity: 'warning' },
  ];

  it('is what the amazon.de back office gives (the baseline)', async () => {
    const out = await alertsOf([
      inventory('https://sellercentral.amazon.de/inventory', '2025-03-05T08:00:00Z'),
      productDe('2025-03-05T09:00:00Z'),
    ]);
    expect(out).toMatchObject(expected);
    expect(out[2]!.floorKey).toBe('VK-4CH-DE');
  });

  it('inventory first, on the unified EU host without a marketplace in the URL', async () => {
    const out = await alertsOf([
      inventory(EU, '2025-03-05T08:00:00Z'),
      productDe('2025-03-05T09:00:00Z'),
    ]);
    expect(out).toMatchObject(expected);
    expect(out[2]!.floorKey).toBe('VK-4CH-DE');
  });

  it('product page first: the inventory capture updates the amazon.de listing it joins', async () => {
    const out = await alertsOf([
      productDe('2025-03-05T08:00:00Z'),
      inventory(EU, '2025-03-05T09:00:00Z'),
    ]);
    // Before the inventory: a warning undercut and lost buy box; after it, out of stock (info) and
    // the SKU floor.
    expect(out.filter((a) => a.kind === 'below-floor')).toMatchObject([
      { subject: 'amazon:B0D4KX7TQ2@amazon.de', floorKey: 'VK-4CH-DE' },
    ]);
  });

  it('with the marketplace in the URL, the row is that storefront’s', async () => {
    const out = await alertsOf([
      inventory(`${EU}?mons_sel_mkid=A1PA6795UKMFR9`, '2025-03-05T08:00:00Z'),
      productDe('2025-03-05T09:00:00Z'),
    ]);
    expect(out).toMatchObject(expected);
  });

  it('a GBP row of the unified host is amazon.co.uk stock, never amazon.de', async () => {
    const out = await alertsOf([
      inventory(EU, '2025-03-05T08:00:00Z', 'GBP'),
      productDe('2025-03-05T09:00:00Z'),
    ]);
    expect(out.map((a) => [a.kind, a.severity])).toEqual([
      ['buy-box-lost', 'warning'],
      ['undercut', 'info'],
    ]);
    expect(out.every((a) => a.floorKey === undefined)).toBe(true);
  });
});
