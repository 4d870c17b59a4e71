import { describe, expect, it } from 'vitest';
import { ingestSnapshot, isOwnSeller, nextPricePoint, observePrices } from '../../../lib/db/ingest';
import { snapshotKey } from '../../../lib/hash';
import { defaultSettings } from '../../../lib/schemas/settings';
import { freshDb, inventorySnapshot, offersSnapshot, productSnapshot } from '../helpers';
import { parseDocument } from '../../../lib/markets/index';
import type { PageSnapshot } from '../../../lib/schemas/snapshot';
import { FIXTURE_URLS, fixtureHtml, linkedomDocument } from '../markets/amazon/fixtures';

const settings = { ...defaultSettings, ownSellers: ['My Shop'] };

async function ingest(
  db: ReturnType<typeof freshDb>,
  s: Parameters<typeof snapshotKey>[0] & Parameters<typeof ingestSnapshot>[1],
) {
  return ingestSnapshot(db, s, { key: snapshotKey(s), settings });
}

/** A 120-row inventory page; row i costs 10 + i + bump(i). */
const inventoryPage = (at: string, bump: (i: number) => number) =>
  inventorySnapshot(
    at,
    Array.from({ length: 120 }, (_, i): [string, string, number] => [
      `B${i}`,
      `SKU-${i}`,
      10 + i + bump(i),
    ]),
  );

/** A review page of the product in productSnapshot(): its header names it; the page shows no price. */
const reviewsPage = (at: string) => ({
  market: 'amazon' as const,
  pageType: 'reviews' as const,
  url: 'https://www.amazon.com/product-reviews/B0057OC5O8',
  capturedAt: at,
  parser: { id: 'amazon/reviews', version: 2 },
  listings: [
    {
      productKey: 'B0057OC5O8',
      title: 'Mr. Coffee 12-Cup Coffee Maker',
      url: 'https://www.amazon.com/dp/B0057OC5O8',
      rating: 4.4,
      ratingCount: 1301,
    },
  ],
  reviews: [],
});

describe('ingestSnapshot', () => {
  it('stores listing, a first price point and the capture', async () => {
    const db = freshDb();
    const r = await ingest(db, productSnapshot('2026-11-01T10:00:00.000Z', 24.99));
    expect(r).toMatchObject({
      status: 'stored',
      captureStatus: 'ok',
      listingIds: ['amazon:B0057OC5O8'],
      pricePointsAdded: 1,
    });
    const listing = await db.listings.get('amazon:B0057OC5O8');
    expect(listing).toMatchObject({
      title: 'Mr. Coffee 12-Cup Coffee Maker',
      price: { amount: 24.99, currency: 'USD' },
      featuredSeller: 'SmartHome Deals',
      own: false,
      rating: 4.3,
      ratingCount: 1234,
    });
    const points = await db.pricePoints.toArray();
    expect(points).toHaveLength(1);
    expect(points[0]).toMatchObject({
      featuredPrice: { amount: 24.99 },
      featuredSeller: 'SmartHome Deals',
      ownPrice: null,
    });
    expect(await db.captures.count()).toBe(1);
  });

  it('is idempotent: the same message twice stores once', async () => {
    const db = freshDb();
    const s = productSnapshot('2026-11-01T10:00:00.000Z', 24.99);
    await ingest(db, s);
    const again = await ingest(db, s);
    expect(again.status).toBe('duplicate');
    expect(await db.captures.count()).toBe(1);
    expect(await db.pricePoints.count()).toBe(1);
  });

  it('adds price points only when a value changed (change-only series)', async () => {
    const db = freshDb();
    await ingest(db, productSnapshot('2026-11-01T10:00:00.000Z', 24.99));
    await ingest(db, productSnapshot('2026-11-01T11:00:00.000Z', 24.99));
    await ingest(db, productSnapshot('2026-11-01T12:00:00.000Z', 23.49));
    await ingest(db, productSnapshot('2026-11-01T13:00:00.000Z', 23.49, 'Other Seller'));
    const points = await db.pricePoints.orderBy('at').toArray();
    expect(points.map((p) => [p.featuredPrice?.amount, p.featuredSeller])).toEqual([
      [24.99, 'SmartHome Deals'],
      [23.49, 'SmartHome Deals'],
      [23.49, 'Other Seller'],
    ]);
    expect((await db.listings.get('amazon:B0057OC5O8'))?.lastSeen).toBe('2026-11-01T13:00:00.000Z');
    expect(await db.captures.count()).toBe(4);
  });

  it('derives own price and lowest competitor from an offer list', async () => {
    const db = freshDb();
    await ingest(
      db,
      offersSnapshot('2026-11-01T10:00:00.000Z', [
        ['My Shop', 22.99],
        ['Cheap Co', 21.5, 1.99],
        ['Far Away', 20.0, 5],
      ]),
    );
    const [p] = await db.pricePoints.toArray();
    expect(p).toMatchObject({
      ownPrice: { amount: 22.99 },
      featuredSeller: 'My Shop',
      lowestCompetitorPrice: { amount: 23.49 },
      lowestCompetitorSeller: 'Cheap Co',
      offerCount: 3,
    });
    const offers = await db.offers.toArray();
    expect(offers.filter((o) => o.isOwn).map((o) => o.sellerName)).toEqual(['My Shop']);
  });

  it('keeps back-office rows as own listings with SKUs, and an unreadable price as null', async () => {
    const db = freshDb();
    await ingest(
      db,
      inventorySnapshot('2026-11-01T10:00:00.000Z', [
        ['B01', 'SKU-1', 19.99],
        ['B02', 'SKU-2', null],
      ]),
    );
    const rows = await db.listings.toArray();
    expect(rows.map((r) => [r.id, r.own, r.skus, r.price?.amount ?? null])).toEqual([
      ['amazon:B01', true, ['SKU-1'], 19.99],
      ['amazon:B02', true, ['SKU-2'], null],
    ]);
    expect((await db.listings.where('skus').equals('SKU-2').first())?.id).toBe('amazon:B02');
    expect((await db.listings.get('amazon:B02'))?.priceUnreadable).toBe(true);
    expect((await db.listings.get('amazon:B01'))?.priceUnreadable).toBeUndefined();
  });

  it('keeps a change-only series per row of a large inventory page, captured three times', async () => {
    const db = freshDb();
    await ingest(
      db,
      inventoryPage('2026-11-01T10:00:00.000Z', () => 0),
    );
    // Every third row changes price at 11:00; row 7 changes back at 12:00.
    await ingest(
      db,
      inventoryPage('2026-11-01T11:00:00.000Z', (i) => (i % 3 === 0 ? -1 : 0)),
    );
    const third = await ingest(
      db,
      inventoryPage('2026-11-01T12:00:00.000Z', (i) => (i % 3 === 0 ? -1 : i === 7 ? 0.5 : 0)),
    );
    expect(third.pricePointsAdded).toBe(1);
    expect(await db.listings.count()).toBe(120);
    const series = async (id: string) =>
      (
        await db.pricePoints.where('[listingId+at]').between([id, ''], [id, '\uffff']).toArray()
      ).map((p) => p.ownPrice?.amount);
    expect(await series('amazon:B0')).toEqual([10, 9]);
    expect(await series('amazon:B1')).toEqual([11]);
    expect(await series('amazon:B7')).toEqual([17, 17.5]);
    expect(await series('amazon:B119')).toEqual([129]);
    expect(await db.pricePoints.count()).toBe(120 + 40 + 1);
    expect((await db.listings.get('amazon:B3'))?.price?.amount).toBe(12);
  });

  it('keeps every SKU of a product listed on two rows, and the first row for its fields', async () => {
    const db = freshDb();
    await ingest(
      db,
      inventorySnapshot('2026-11-01T10:00:00.000Z', [
        ['B01', 'SKU-A', 19.99],
        ['B01', 'SKU-B', 18.99],
      ]),
    );
    const rows = await db.listings.toArray();
    expect(rows.map((r) => [r.id, r.skus, r.price?.amount])).toEqual([
      ['amazon:B01', ['SKU-A', 'SKU-B'], 19.99],
    ]);
    expect((await db.listings.where('skus').equals('SKU-B').first())?.id).toBe('amazon:B01');
  });

  it('stores reviews once, keeping the first-seen time', async () => {
    const db = freshDb();
    const review = {
      id: 'R1',
      productKey: 'B0057OC5O8',
      rating: 2,
      title: 'Meh',
      body: 'Slow shipping',
      date: '2026-10-30',
      dateText: 'October 30, 2026',
    };
    const s1 = productSnapshot('2026-11-01T10:00:00.000Z', 24.99, 'X', { reviews: [review] });
    const s2 = productSnapshot('2026-11-02T10:00:00.000Z', 24.99, 'X', {
      reviews: [review, { ...review, id: 'R2' }],
    });
    expect((await ingest(db, s1)).newReviewIds).toEqual(['amazon:R1']);
    expect((await ingest(db, s2)).newReviewIds).toEqual(['amazon:R2']);
    expect((await db.reviews.get('amazon:R1'))?.firstSeen).toBe('2026-11-01T10:00:00.000Z');
  });

  it('takes the name and rating from a review page without touching the price or its series', async () => {
    const db = freshDb();
    // Review page first: the product gets its name, no price and no price point, and its price is
    // not "unreadable" (the page shows none).
    const first = await ingest(db, reviewsPage('2026-11-01T09:00:00.000Z'));
    expect(first.pricePointsAdded).toBe(0);
    expect(await db.listings.get('amazon:B0057OC5O8')).toMatchObject({
      title: 'Mr. Coffee 12-Cup Coffee Maker',
      price: null,
      rating: 4.4,
      ratingCount: 1301,
      url: 'https://www.amazon.com/dp/B0057OC5O8',
    });
    expect((await db.listings.get('amazon:B0057OC5O8'))?.priceUnreadable).toBeUndefined();
    expect((await db.listings.get('amazon:B0057OC5O8'))?.priceSeenAt).toBeUndefined();
    // Then the product page gives the price; a later review page leaves it and the series alone.
    await ingest(db, productSnapshot('2026-11-01T10:00:00.000Z', 24.99));
    const later = await ingest(db, reviewsPage('2026-11-01T11:00:00.000Z'));
    expect(later.pricePointsAdded).toBe(0);
    expect(await db.listings.get('amazon:B0057OC5O8')).toMatchObject({
      price: { amount: 24.99, currency: 'USD' },
      rating: 4.4,
      ratingCount: 1301,
      // Seen at 11:00, its prices last at 10:00 (what the price engine counts as a capture).
      lastSeen: '2026-11-01T11:00:00.000Z',
      priceSeenAt: '2026-11-01T10:00:00.000Z',
    });
    expect(await db.pricePoints.count()).toBe(1);
  });

  it('marks a known page that yielded nothing as empty', async () => {
    const db = freshDb();
    const s = { ...productSnapshot('2026-11-01T10:00:00.000Z', 1), listings: [] };
    expect((await ingest(db, s)).captureStatus).toBe('empty');
  });

  it('writes nothing when the transaction dies half-way (service worker killed mid-write), and a retry succeeds', async () => {
    const db = freshDb();
    const s = offersSnapshot('2026-11-01T10:00:00.000Z', [
      ['A', 10],
      ['B', 11],
    ]);
    const original = db.captures.add.bind(db.captures);
    let fail = true;
    db.captures.add = ((...args: Parameters<typeof original>) => {
      if (fail) {
        fail = false;
        return Promise.reject(new Error('worker terminated'));
      }
      return original(...args);
    }) as typeof db.captures.add;
    await expect(ingest(db, s)).rejects.toThrow('worker terminated');
    expect(await db.listings.count()).toBe(0);
    expect(await db.offers.count()).toBe(0);
    expect(await db.pricePoints.count()).toBe(0);
    const retry = await ingest(db, s);
    expect(retry.status).toBe('stored');
    expect(await db.offers.count()).toBe(2);
  });
});

describe('price observation', () => {
  it('takes the lowest competitor in the main currency, never comparing USD with EUR amounts', () => {
    const s = offersSnapshot('2026-11-01T10:00:00.000Z', [
      ['A', 20],
      ['B', 19],
      ['C', 21],
    ]);
    s.offers!.unshift({
      ...s.offers![0]!,
      sellerName: 'Euro Shop',
      price: { amount: 5, currency: 'EUR' },
      landedPrice: { amount: 5, currency: 'EUR' },
      isFeatured: false,
    });
    const seen = observePrices(undefined, s.offers!, { ownSellers: [] });
    expect(seen.lowestCompetitorPrice).toEqual({ amount: 19, currency: 'USD' });
    expect(seen.lowestCompetitorSeller).toBe('B');
  });

  it('treats the featured offer as own when the seller is in ownSellers', () => {
    const s = productSnapshot('2026-11-01T10:00:00.000Z', 20, 'my shop');
    expect(observePrices(s.listings![0], [], { ownSellers: ['My Shop'] }).ownPrice).toEqual({
      amount: 20,
      currency: 'USD',
    });
  });
  it('does not create a point from a capture that observed no price field', () => {
    expect(
      nextPricePoint(undefined, {}, { listingId: 'x', at: 't', source: 'reviews', captureId: 'c' }),
    ).toBeNull();
  });
});

describe('listing identity across storefronts', () => {
  it('keys the same ASIN per Amazon storefront so USD and EUR series never mix', async () => {
    const { listingId } = await import('../../../lib/db/ingest');
    expect(listingId('amazon', 'B01', 'https://www.amazon.com/dp/B01')).toBe('amazon:B01');
    expect(
      listingId('amazon', 'B01', 'https://sellercentral.amazon.com/myinventory/inventory'),
    ).toBe('amazon:B01');
    expect(listingId('amazon', 'B01', 'https://www.amazon.de/dp/B01')).toBe('amazon:B01@amazon.de');
    expect(listingId('amazon', 'B01', 'https://www.amazon.co.uk/dp/B01')).toBe(
      'amazon:B01@amazon.co.uk',
    );
    expect(listingId('amazon', 'B01', 'https://sellercentral.amazon.de/inventory')).toBe(
      'amazon:B01@amazon.de',
    );
    expect(listingId('ebay', '1234', 'https://www.ebay.de/itm/1234')).toBe('ebay:1234');
  });
});

/** Pricing Health's row: $18.49 + $4.99 shipping, stored landed with the shipping remembered. */
const pricingHealth = (at: string) => ({
  market: 'amazon' as const,
  pageType: 'pricing' as const,
  url: 'https://sellercentral.amazon.com/pricing/health',
  capturedAt: at,
  parser: { id: 'amazon/pricing', version: 2 },
  listings: [
    {
      productKey: 'B0D4KX8M1R',
      sku: 'VK-RELAY-8CH',
      own: true,
      price: { amount: 23.48, currency: 'USD' },
      ownShipping: { amount: 4.99, currency: 'USD' },
    },
  ],
});

describe("the seller's own price is landed on every back-office page", () => {
  it('Manage Inventory shows the item price: the shipping Pricing Health showed is added to it', async () => {
    const db = freshDb();
    await ingest(
      db,
      inventorySnapshot('2026-11-01T08:00:00.000Z', [['B0D4KX8M1R', 'VK-RELAY-8CH', 18.49]]),
    );
    await ingest(db, pricingHealth('2026-11-01T09:00:00.000Z'));
    await ingest(
      db,
      inventorySnapshot('2026-11-01T10:00:00.000Z', [['B0D4KX8M1R', 'VK-RELAY-8CH', 18.49]]),
    );
    await ingest(db, pricingHealth('2026-11-01T11:00:00.000Z'));
    // Before Pricing Health showed the shipping the item price is all that is known; after it, the
    // own price stays $23.48 whichever page was read (it alternated with $18.49, a "cut" each time).
    expect((await db.pricePoints.orderBy('at').toArray()).map((p) => p.ownPrice?.amount)).toEqual([
      18.49, 23.48,
    ]);
    expect((await db.listings.get('amazon:B0D4KX8M1R'))?.ownShipping).toEqual({
      amount: 4.99,
      currency: 'USD',
    });
    // A price change on the inventory page is still seen, landed.
    await ingest(
      db,
      inventorySnapshot('2026-11-01T12:00:00.000Z', [['B0D4KX8M1R', 'VK-RELAY-8CH', 17.99]]),
    );
    expect((await db.pricePoints.orderBy('at').last())?.ownPrice).toEqual({
      amount: 22.98,
      currency: 'USD',
    });
  });
});

/** The hand-made Manage All Inventory fixture, its 8-channel row's shipping line set to `shipping`. */
function manageAllInventory(at: string, shipping?: string): PageSnapshot {
  const html = fixtureHtml('inventory/manage-all-inventory_sellercentral-com.html');
  const changed = shipping ? html.replace('+ $4.99 shipping', shipping) : html;
  if (shipping) expect(changed).not.toBe(html);
  const out = parseDocument(
    linkedomDocument(changed),
    FIXTURE_URLS['inventory/manage-all-inventory_sellercentral-com.html'],
    at,
  );
  if (out.kind !== 'snapshot') throw new Error(out.kind);
  return out.snapshot;
}

const ownPrices = async (db: ReturnType<typeof freshDb>) =>
  (await db.pricePoints.orderBy('at').toArray())
    .filter((p) => p.listingId === 'amazon:B0D4KX8M1R')
    .map((p) => p.ownPrice?.amount);

describe('Manage All Inventory shows the shipping under the price box', () => {
  it('a seller who drops their shipping to $0.00 is at $18.49, not the $23.48 Pricing Health last showed', async () => {
    const db = freshDb();
    await ingest(db, pricingHealth('2026-11-01T09:00:00.000Z'));
    await ingest(db, manageAllInventory('2026-11-01T10:00:00.000Z', '+ $0.00 shipping'));
    expect(await ownPrices(db)).toEqual([23.48, 18.49]);
    expect((await db.listings.get('amazon:B0D4KX8M1R'))?.ownShipping).toEqual({
      amount: 0,
      currency: 'USD',
    });
  });

  it('an inventory page read before Pricing Health is landed already: no jump from $18.49 to $23.48', async () => {
    const db = freshDb();
    await ingest(db, manageAllInventory('2026-11-01T08:00:00.000Z'));
    await ingest(db, pricingHealth('2026-11-01T09:00:00.000Z'));
    expect(await ownPrices(db)).toEqual([23.48]);
  });
});

describe('retention', () => {
  it('drops old history but keeps the last point before the cut-off for every listing', async () => {
    const { applyRetention } = await import('../../../lib/background/retention');
    const db = freshDb();
    for (const [at, price] of [
      ['2025-01-01T00:00:00.000Z', 10],
      ['2025-02-01T00:00:00.000Z', 11],
      ['2026-11-01T00:00:00.000Z', 12],
    ] as const) {
      await ingest(db, productSnapshot(at, price));
    }
    await ingest(db, {
      ...productSnapshot('2025-01-01T00:00:00.000Z', 5),
      url: 'https://www.amazon.com/dp/B0OTHER',
      listings: [{ ...productSnapshot('x', 5).listings![0]!, productKey: 'B0OTHER' }],
    });
    const removed = await applyRetention(
      db,
      { ...defaultSettings, retentionDays: 365 },
      '2026-11-22T00:00:00.000Z',
    );
    const left = await db.pricePoints.orderBy('at').toArray();
    expect(left.map((p) => [p.listingId, p.at])).toEqual([
      ['amazon:B0OTHER', '2025-01-01T00:00:00.000Z'],
      ['amazon:B0057OC5O8', '2025-02-01T00:00:00.000Z'],
      ['amazon:B0057OC5O8', '2026-11-01T00:00:00.000Z'],
    ]);
    expect(removed).toBeGreaterThanOrEqual(1);
  });

  it('drops alerts resolved before the cut-off, never open, snoozed or dismissed ones', async () => {
    const { applyRetention } = await import('../../../lib/background/retention');
    const db = freshDb();
    const base = {
      kind: 'undercut' as const,
      severity: 'warning' as const,
      subject: 'amazon:B01',
      at: '2025-01-01T00:00:00.000Z',
      message: { en: 'x', zh: 'x' },
      nextStep: { en: 'x', zh: 'x' },
      evidence: {},
      createdAt: '2025-01-01T00:00:00.000Z',
    };
    await db.alerts.bulkAdd([
      {
        ...base,
        dedupeKey: 'old-resolved',
        state: 'resolved',
        updatedAt: '2025-01-02T00:00:00.000Z',
      },
      {
        ...base,
        dedupeKey: 'old-dismissed',
        state: 'dismissed',
        updatedAt: '2025-01-02T00:00:00.000Z',
      },
      { ...base, dedupeKey: 'old-open', state: 'open', updatedAt: '2025-01-02T00:00:00.000Z' },
      {
        ...base,
        dedupeKey: 'new-resolved',
        state: 'resolved',
        updatedAt: '2026-11-20T00:00:00.000Z',
      },
    ]);
    await applyRetention(
      db,
      { ...defaultSettings, retentionDays: 365 },
      '2026-11-22T00:00:00.000Z',
    );
    expect((await db.alerts.toArray()).map((a) => a.dedupeKey).toSorted()).toEqual([
      'new-resolved',
      'old-dismissed',
      'old-open',
    ]);
  });

  it('keeps the first of two reviews with the same id in one snapshot', async () => {
    const db = freshDb();
    const review = {
      id: 'R9',
      productKey: 'B0057OC5O8',
      rating: 1,
      title: 'first',
      body: 'a',
      date: null,
      dateText: '',
    };
    const s = productSnapshot('2026-11-01T10:00:00.000Z', 1, 'X', {
      reviews: [review, { ...review, title: 'second' }],
    });
    expect((await ingest(db, s)).newReviewIds).toEqual(['amazon:R9']);
    expect((await db.reviews.get('amazon:R9'))?.title).toBe('first');
  });
});

describe('isOwnSeller', () => {
  // A page cuts the sentence's period from "Sold by Acme Supply Co." on one layout and keeps it on
  // another (the parsers keep it after an abbreviation); the seller typed it either way in Settings.
  it.each([
    ['Acme Supply Co.', 'Acme Supply Co'],
    ['Acme Supply Co', 'Acme Supply Co.'],
    ['acme  supply co.', 'ACME SUPPLY CO'],
  ])('own seller %j matches the page name %j', (own, name) => {
    expect(isOwnSeller({ ownSellers: [own] }, name)).toBe(true);
  });
  it('is still not a match for another name', () => {
    expect(isOwnSeller({ ownSellers: ['Acme Supply Co.'] }, 'Acme Supply Corp')).toBe(false);
  });
});
