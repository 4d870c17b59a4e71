/**
 * The one Dexie database. Only the background service worker writes to it; pages read it with
 * useLiveQuery. Every schema change is a new version; a version with an upgrader is never altered.
 */
import { Dexie, type EntityTable } from 'dexie';
import type {
  AlertRecord,
  CaptureRecord,
  ListingRecord,
  OfferRecord,
  PricePointRecord,
  ReviewRecord,
} from './types';

export const DB_NAME = 'seller-radar';

export class SellerRadarDB extends Dexie {
  listings!: EntityTable<ListingRecord, 'id'>;
  pricePoints!: EntityTable<PricePointRecord, 'id'>;
  offers!: EntityTable<OfferRecord, 'id'>;
  reviews!: EntityTable<ReviewRecord, 'id'>;
  alerts!: EntityTable<AlertRecord, 'id'>;
  captures!: EntityTable<CaptureRecord, 'id'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // Index only what is queried; never a large string (review bodies, titles).
    this.version(1).stores({
      listings: 'id, market, productKey, lastSeen, *skus, gtin',
      pricePoints: '++id, [listingId+at], at',
      offers: '++id, [listingId+at], captureId, at',
      reviews: 'id, listingId, [listingId+date], firstSeen, label',
      alerts: '++id, &dedupeKey, state, kind, subject, updatedAt',
      captures: 'id, at, [market+pageType+at], parserId, status',
    });
  }
}

let instance: SellerRadarDB | undefined;

/** The extension's database (singleton per context). */
export function getDb(): SellerRadarDB {
  instance ??= new SellerRadarDB();
  return instance;
}
