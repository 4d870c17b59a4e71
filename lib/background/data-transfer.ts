/**
 * Export / import / delete of everything the extension stores (the user owns their data).
 * Export runs in the Options page (a read); import and delete go through the background (single writer).
 */
import { z } from 'zod';
import type { SellerRadarDB } from '../db/database';
import { settingsItem } from './settings-store';
import { draftsItem } from './drafts';
import { parseSettings, type Settings } from '../schemas/settings';
import type {
  AlertRecord,
  CaptureRecord,
  ListingRecord,
  OfferRecord,
  PricePointRecord,
  ReviewRecord,
} from '../db/types';

export const EXPORT_FORMAT = 'seller-radar-export';

const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  settings: z.unknown(),
  tables: z.object({
    listings: z.array(z.record(z.string(), z.unknown())),
    pricePoints: z.array(z.record(z.string(), z.unknown())),
    offers: z.array(z.record(z.string(), z.unknown())),
    reviews: z.array(z.record(z.string(), z.unknown())),
    alerts: z.array(z.record(z.string(), z.unknown())),
    captures: z.array(z.record(z.string(), z.unknown())),
  }),
});
export type ExportFile = z.infer<typeof exportFileSchema>;

export interface ExportedData {
  format: typeof EXPORT_FORMAT;
  version: 1;
  exportedAt: string;
  settings: unknown;
  tables: {
    listings: ListingRecord[];
    pricePoints: PricePointRecord[];
    offers: OfferRecord[];
    reviews: ReviewRecord[];
    alerts: AlertRecord[];
    captures: CaptureRecord[];
  };
}

export async function exportAll(
  db: SellerRadarDB,
  settings: unknown,
  now: string,
): Promise<ExportedData> {
  return db.transaction(
    'r',
    [db.listings, db.pricePoints, db.offers, db.reviews, db.alerts, db.captures],
    async () => ({
      format: EXPORT_FORMAT,
      version: 1 as const,
      exportedAt: now,
      settings,
      tables: {
        listings: await db.listings.toArray(),
        pricePoints: await db.pricePoints.toArray(),
        offers: await db.offers.toArray(),
        reviews: await db.reviews.toArray(),
        alerts: await db.alerts.toArray(),
        captures: await db.captures.toArray(),
      },
    }),
  );
}

/** A file that is not a valid export: the user's mistake, not a database failure (handler.ts). */
export class InvalidImportError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    // Matched by name in handler.ts (INVALID_IMPORT), which must not import this module (wxt storage).
    this.name = 'InvalidImportError';
  }
}

async function clearTables(db: SellerRadarDB): Promise<void> {
  await Promise.all(db.tables.map((table) => table.clear()));
}

/** Replaces everything with the content of an export file; on any error nothing changes. */
export async function importAll(db: SellerRadarDB, json: string): Promise<void> {
  let data: ExportFile;
  let settings: Settings;
  try {
    data = exportFileSchema.parse(JSON.parse(json));
    settings = parseSettings(data.settings);
  } catch (err) {
    throw new InvalidImportError(`Not a Seller Radar export file: ${(err as Error).message}`, {
      cause: err,
    });
  }
  const t = data.tables;
  await db.transaction('rw', db.tables, async () => {
    await clearTables(db);
    // Rows are checked as objects by the export schema; their fields are the DB's own shapes.
    await db.listings.bulkAdd(t.listings as unknown as ListingRecord[]);
    await db.pricePoints.bulkAdd(t.pricePoints as unknown as PricePointRecord[]);
    await db.offers.bulkAdd(t.offers as unknown as OfferRecord[]);
    await db.reviews.bulkAdd(t.reviews as unknown as ReviewRecord[]);
    await db.alerts.bulkAdd(t.alerts as unknown as AlertRecord[]);
    await db.captures.bulkAdd(t.captures as unknown as CaptureRecord[]);
  });
  await settingsItem.setValue(settings);
}

export async function deleteAllData(db: SellerRadarDB): Promise<void> {
  await db.transaction('rw', db.tables, () => clearTables(db));
  await settingsItem.removeValue();
  await draftsItem.removeValue();
}
