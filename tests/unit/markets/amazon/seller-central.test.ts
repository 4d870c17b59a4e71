/** Seller Central pages, on the hand-made fixtures that mirror DESIGN.md §9 (each says so in its header). */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../lib/markets/index';
import { fixtureHtml, linkedomDocument, snapshotOf } from './fixtures';
import { ingestSnapshot } from '../../../../lib/db/ingest';
import { snapshotKey } from '../../../../lib/hash';
import { defaultSettings } from '../../../../lib/schemas/settings';
import { freshDb } from '../../helpers';

const usd = (amount: number) => ({ amount, currency: 'USD' });
const gbp = (amount: number) => ({ amount, currency: 'GBP' });

describe('Manage All Inventory (Janus layout)', () => {
  const s = snapshotOf('inventory/manage-all-inventory_sellercentral-com.html');

  it('reads every row as an own listing, its price landed with the shipping shown under it', () => {
    expect(s.pageType).toBe('inventory');
    expect(s.parser.id).toBe('amazon/inventory');
    expect(
      s.listings!.map((l) => [
        l.productKey,
        l.sku,
        l.price,
        l.ownShipping,
        l.status,
        l.quantity,
        l.fulfillment,
        l.own,
      ]),
    ).toEqual([
      ['B0D4KX7TQ2', 'VK-RELAY-4CH', usd(12.99), usd(0), 'Active', 142, 'amazon', true],
      // $18.49 in the price box, "+ $4.99 shipping" under it: $23.48 landed, as Pricing Health shows it.
      ['B0D4KX8M1R', 'VK-RELAY-8CH', usd(23.48), usd(4.99), 'Active', 37, 'merchant', true],
      ['B0D4KXB2ZC', 'VK-RELAY-1CH-3PK', usd(9.99), undefined, 'Out of Stock', 0, 'amazon', true],
      ['B0D4KXC7HN', 'VK-SSR-2CH', null, undefined, 'Inactive', 5, 'merchant', true],
      [
        'B0D4KXD3WQ',
        'VK-DCDC-12V5V',
        usd(1024.5),
        undefined,
        'Search Suppressed',
        1064,
        'amazon',
        true,
      ],
    ]);
    expect(s.listings![0]!.title).toBe(
      'Voltkern 4-Channel 5V Relay Module with Optocoupler for Arduino and Raspberry Pi',
    );
    expect(s.listings![0]!.url).toBe('https://www.amazon.com/dp/B0D4KX7TQ2');
  });

  it('gives the empty price input null plus a warning, never 0', () => {
    expect(s.warnings).toEqual([
      'inventory row 4 (VK-SSR-2CH): unreadable price "": no price shown',
    ]);
  });

  it('never lets inline row scripts into titles', () => {
    for (const l of s.listings!) expect(l.title).not.toMatch(/JanusRowHydration|window\./);
  });
});

describe('classic Manage Inventory (mt-table)', () => {
  const s = snapshotOf('inventory/manage-inventory-legacy_sellercentral-co-uk.html');

  it('reads the cells by data-column, in GBP from the .co.uk host', () => {
    expect(s.listings).toEqual([
      {
        productKey: 'B0D4KX7TQ2', sku: 'VK-RELAY-4CH-UK', own: true,
        title: 'Voltkern 4-Channel 5V Relay Module with Optocoupler', url: 'https://www.amazon.co.uk/dp/B0D4KX7TQ2',
        price: gbp(10.99), minPrice: null, maxPrice: null, status: 'Active', quantity: 87, fulfillment: 'amazon',
      },
      {
        productKey: 'B0D4KX8M1R', sku: 'VK-RELAY-8CH-UK', own: true,
        title: 'Voltkern 8-Channel 5V Relay Board', url: 'https://www.amazon.co.uk/dp/B0D4KX8M1R',
        price: gbp(16.49), minPrice: gbp(14), maxPrice: gbp(21.99), status: 'Active', quantity: 12, fulfillment: 'merchant',
      },
      {
        productKey: 'B0D4KXD3WQ', sku: 'VK-DCDC-12V5V-UK', own: true,
        title: 'Voltkern DC-DC Converter 12V to 5V, 20A (10 Pack)', url: 'https://www.amazon.co.uk/dp/B0D4KXD3WQ',
        price: gbp(1249), minPrice: null, maxPrice: null, status: 'Inactive Out of stock', quantity: 0, fulfillment: 'amazon',
      },
      {
        productKey: 'B0D4KXC7HN', sku: 'VK-SSR-2CH-UK', own: true,
        title: 'Voltkern 2-Channel Solid State Relay 5V', url: 'https://www.amazon.co.uk/dp/B0D4KXC7HN',
        price: gbp(7.25), minPrice: null, maxPrice: null, status: 'Active', quantity: 3, fulfillment: 'merchant',
      },
    ]); // prettier-ignore
    expect(s.warnings).toBeUndefined();
  });
});

describe('an inventory page before its rows arrived', () => {
  it('is a snapshot with zero listings and a warning (the parser-health check decides)', () => {
    const html = `<html><body><div id="myinventory-root"><div class="JanusTable-module__table--b3Vn1" role="table"></div>
      <div class="JanusTable-module__loading--q1"><kat-spinner></kat-spinner></div></div></body></html>`;
    const out = parseDocument(
      linkedomDocument(html),
      'https://sellercentral.amazon.com/myinventory/inventory',
      '2024-03-05T08:00:00Z',
    );
    expect(out).toMatchObject({
      kind: 'snapshot',
      snapshot: { listings: [], warnings: ['no inventory rows found on the page'] },
    });
  });

  it('on the multi-marketplace EU host takes the currency from the symbol next to the input', () => {
    const html = `<html><body><div class="JanusTable-module__tableContentRow--x7Hb2">
      <div class="JanusSplitBox-module__row--t2LcE"><div>ASIN</div><div>B0D4KX7TQ2</div></div>
      <div class="JanusSplitBox-module__row--t2LcE"><div>SKU</div><div>VK-DE-1</div></div>
      <div class="VolusPriceInputComposite-module__container--N5gUj"><span class="VolusPriceInputComposite-module__currencySymbol--p3Lk9">€</span><kat-input value="12,99"></kat-input></div>
      </div></body></html>`;
    const out = parseDocument(
      linkedomDocument(html),
      'https://sellercentral-europe.amazon.com/myinventory/inventory',
      '2024-03-05T08:00:00Z',
    );
    expect(out.kind).toBe('snapshot');
    if (out.kind === 'snapshot') {
      expect(out.snapshot.listings).toEqual([
        {
          productKey: 'B0D4KX7TQ2',
          sku: 'VK-DE-1',
          price: { amount: 12.99, currency: 'EUR' },
          own: true,
        },
      ]);
    }
  });
});

describe('Pricing Health', () => {
  const s = snapshotOf('pricing/pricing-health_sellercentral-com.html');

  it('reads own price and the reference prices of each product row (not the header row)', () => {
    expect(s.pageType).toBe('pricing');
    expect(s.listings).toEqual([
      {
        productKey: 'B0D4KX7TQ2', sku: 'VK-RELAY-4CH', own: true,
        title: 'Voltkern 4-Channel 5V Relay Module with Optocoupler for Arduino and Raspberry Pi',
        price: usd(12.99),
        ownShipping: usd(0), // "+ $0.00"
        referencePrices: { 'Featured Offer': usd(11.49), 'Average Selling Price': usd(12.37), 'Competitive Price': usd(14.98) },
        // Not the Featured Offer: it is someone else's at $11.49 + $0.00.
        featuredOffer: { price: usd(11.49), isOwn: false },
        lowestPrice: usd(14.98),
      },
      {
        productKey: 'B0D4KX8M1R', sku: 'VK-RELAY-8CH', own: true,
        title: 'Voltkern 8-Channel 5V Relay Board, Low Level Trigger',
        price: usd(23.48), // $18.49 + $4.99 shipping: landed, as the reference prices are
        ownShipping: usd(4.99),
        referencePrices: { 'Featured Offer': usd(19.99), 'Average Selling Price': usd(21.05) },
        featuredOffer: { price: usd(19.99), isOwn: false },
      },
      {
        productKey: 'B0D4KXD3WQ', sku: 'VK-DCDC-12V5V', own: true,
        title: 'Voltkern Industrial DC-DC Converter 12V to 5V, 20A, Waterproof (10 Pack)',
        price: usd(1024.5),
        referencePrices: { 'Featured Offer': null, 'Average Selling Price': usd(989) },
        featuredOffer: { price: null },
      },
    ]); // prettier-ignore
    expect(s.warnings).toEqual([
      'pricing row 3 (VK-DCDC-12V5V): Featured Offer: unreadable price "--": no price shown',
    ]);
  });
});

describe('Brand Customer Reviews', () => {
  const s = snapshotOf('back-office-reviews/brand-customer-reviews_sellercentral-com.html');

  it('reads each review card with its id, ASIN, stars and date', () => {
    expect(s.pageType).toBe('back-office-reviews');
    expect(s.reviews).toEqual([
      {
        id: 'R3AXK0V9QZ1TMB', productKey: 'B0D4KX7TQ2', rating: 2, title: 'Stopped working after a month',
        body: 'Relay 2 stays latched after about four weeks of use.\nShipping was fast, but I expected better quality for the price.',
        date: '2024-03-02', dateText: 'March 2, 2024', author: 'D. Alvarez', verified: true,
      },
      {
        id: 'R1M5TQW8BZP0XE', productKey: 'B0D4KX8M1R', rating: 5, title: 'Perfect for my greenhouse controller',
        body: 'Eight channels, clear labels, works with the ESP32 at 3.3 V. Would buy again.',
        date: '2024-02-27', dateText: 'February 27, 2024', author: 'Greenthumb', verified: true,
      },
      {
        id: 'R2HC7LN4WJ6YUD', productKey: 'B0D4KX7TQ2', rating: null, title: 'Arrived without the jumper caps',
        body: 'The box was open and the jumper caps were missing.',
        date: '2024-02-20', dateText: 'February 20, 2024', author: 'Mark', verified: false,
      },
      {
        id: 'R9Q2ZK1UVN3FHS', productKey: 'B0D4KXD3WQ', rating: 4, title: 'Solid converter',
        body: 'Runs cool at 10 A. The screw terminals are a bit small.',
        date: '2024-01-31', dateText: 'January 31, 2024', author: 'R. Chen', verified: true,
      },
    ]); // prettier-ignore
    expect(s.warnings).toEqual(['review R2HC7LN4WJ6YUD: unreadable star rating']);
  });

  it('names each reviewed product (title and product page, no price), so the panel shows its name', () => {
    expect(s.listings).toEqual([
      { productKey: 'B0D4KX7TQ2', title: 'Voltkern 4-Channel 5V Relay Module', url: 'https://www.amazon.com/dp/B0D4KX7TQ2' },
      { productKey: 'B0D4KX8M1R', title: 'Voltkern 8-Channel 5V Relay Board', url: 'https://www.amazon.com/dp/B0D4KX8M1R' },
      { productKey: 'B0D4KXD3WQ', title: expect.stringMatching(/^Voltkern /), url: 'https://www.amazon.com/dp/B0D4KXD3WQ' },
    ]); // prettier-ignore
  });

  it('stored, the reviews sit under products with their names, not bare ASINs', async () => {
    const db = freshDb();
    await ingestSnapshot(db, s, { key: snapshotKey(s), settings: defaultSettings });
    const listings = await db.listings.toArray();
    expect(listings.map((l) => [l.id, l.title])).toEqual([
      ['amazon:B0D4KX7TQ2', 'Voltkern 4-Channel 5V Relay Module'],
      ['amazon:B0D4KX8M1R', 'Voltkern 8-Channel 5V Relay Board'],
      ['amazon:B0D4KXD3WQ', expect.stringMatching(/^Voltkern /)],
    ]);
    expect(listings.every((l) => !l.own)).toBe(true);
    expect(await db.pricePoints.count()).toBe(0);
    expect((await db.reviews.toArray()).map((r) => r.listingId).toSorted()).toEqual([
      'amazon:B0D4KX7TQ2',
      'amazon:B0D4KX7TQ2',
      'amazon:B0D4KX8M1R',
      'amazon:B0D4KXD3WQ',
    ]);
  });

  it('reads numeric dates month first on the US host, day first elsewhere', () => {
    const name = 'back-office-reviews/brand-customer-reviews_sellercentral-com.html';
    const html = fixtureHtml(name)
      .replace('data-testid="review-date">March 2, 2024<', 'data-testid="review-date">03/02/2024<')
      .replace(
        'data-testid="review-date">January 31, 2024<',
        'data-testid="review-date">01/31/2024<',
      );
    const dates = (url: string) => {
      const out = parseDocument(linkedomDocument(html), url, '2024-03-05T08:00:00Z');
      if (out.kind !== 'snapshot') throw new Error(out.kind);
      return {
        dates: out.snapshot.reviews!.map((r) => [r.id, r.date]),
        warnings: out.snapshot.warnings,
      };
    };
    expect(dates('https://sellercentral.amazon.com/brand-customer-reviews/')).toEqual({
      dates: [
        ['R3AXK0V9QZ1TMB', '2024-03-02'],
        ['R1M5TQW8BZP0XE', '2024-02-27'],
        ['R2HC7LN4WJ6YUD', '2024-02-20'],
        ['R9Q2ZK1UVN3FHS', '2024-01-31'],
      ],
      warnings: ['review R2HC7LN4WJ6YUD: unreadable star rating'],
    });
    // The unified EU host writes 03/02/2024 for 3 February; 01/31/2024 is no date there.
    const eu = dates('https://sellercentral-europe.amazon.com/brand-customer-reviews/');
    expect(eu.dates[0]).toEqual(['R3AXK0V9QZ1TMB', '2024-02-03']);
    expect(eu.dates[3]).toEqual(['R9Q2ZK1UVN3FHS', null]);
    expect(eu.warnings).toContain('review R9Q2ZK1UVN3FHS: unreadable date "01/31/2024"');
  });
});
