/** Shared test helpers: a fresh fake-indexeddb database per test, and realistic snapshots. */
import { readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { SellerRadarDB } from '../../lib/db/database';
import type { ListingRecord } from '../../lib/db/types';
import type { PageSnapshot } from '../../lib/schemas/snapshot';

let n = 0;
export function freshDb(): SellerRadarDB {
  return new SellerRadarDB(`test-${++n}`, { indexedDB: new IDBFactory(), IDBKeyRange });
}

/** One of the seller's own listings as stored, from its id (`market:productKey`) and overrides. */
export function ownListing(id: string, extra: Partial<ListingRecord> = {}): ListingRecord {
  const [market, productKey] = id.split(':') as [ListingRecord['market'], string];
  return {
    id,
    market,
    productKey,
    skus: [],
    own: true,
    price: null,
    firstSeen: '',
    lastSeen: '',
    ...extra,
  };
}

const usd = (amount: number) => ({ amount, currency: 'USD' });

/** A product-page snapshot shaped like the parser's output for amazon.com /dp/B0057OC5O8. */
export function productSnapshot(
  at: string,
  price: number | null,
  seller = 'SmartHome Deals',
  extra: Partial<PageSnapshot> = {},
): PageSnapshot {
  return {
    market: 'amazon',
    pageType: 'product',
    url: 'https://www.amazon.com/dp/B0057OC5O8',
    capturedAt: at,
    parser: { id: 'amazon/product', version: 1 },
    listings: [
      {
        productKey: 'B0057OC5O8',
        title: 'Mr. Coffee 12-Cup Coffee Maker',
        price: price === null ? null : usd(price),
        featuredOffer: { price: price === null ? null : usd(price), sellerName: seller },
        rating: 4.3,
        ratingCount: 1234,
      },
    ],
    ...extra,
  };
}

export function offersSnapshot(at: string, offers: Array<[string, number, number?]>): PageSnapshot {
  return {
    market: 'amazon',
    pageType: 'offers',
    url: 'https://www.amazon.com/gp/offer-listing/B0057OC5O8',
    capturedAt: at,
    parser: { id: 'amazon/offers', version: 1 },
    offers: offers.map(([sellerName, price, shipping = 0], i) => ({
      productKey: 'B0057OC5O8',
      sellerName,
      price: usd(price),
      shipping: usd(shipping),
      landedPrice: usd(price + shipping),
      isFeatured: i === 0,
    })),
  };
}

export function inventorySnapshot(
  at: string,
  rows: Array<[string, string, number | null]>,
): PageSnapshot {
  return {
    market: 'amazon',
    pageType: 'inventory',
    url: 'https://sellercentral.amazon.com/myinventory/inventory',
    capturedAt: at,
    parser: { id: 'amazon/inventory', version: 1 },
    listings: rows.map(([productKey, sku, price]) => ({
      productKey,
      sku,
      title: `Product ${productKey}`,
      price: price === null ? null : usd(price),
      own: true,
      status: 'Active',
      quantity: 12,
    })),
  };
}

/** A committed JSON asset, read from disk (assets/<path>), e.g. `readAsset('model/sentiment-model.json')`. */
export function readAsset<T>(path: string): T {
  return JSON.parse(readFileSync(new URL(`../../assets/${path}`, import.meta.url), 'utf8')) as T;
}
