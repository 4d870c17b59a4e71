/**
 * Export / import / delete of everything the extension stores (the user owns their data).
 * Export and import run in the Options page, on the same database as the background: an export file
 * is as large as the data (tens of MB after a few months), far beyond what one extension message
 * carries (Chrome refuses messages over 64 MiB). The import writes every table in one transaction, so
 * captures the background stores meanwhile wait for it; the page then asks the background to recompute
 * the alerts and the badge (`recomputeAlerts`). Delete goes through the background.
 */
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import type { SellerRadarDB } from '../db/database';
import { restoreSettingsValue, settingsItem, storedSettingsValue } from './settings-store';
import { draftsItem } from './drafts';
import { storageHealthItem } from './storage-health';
import { parseSettings, type SettingsInput } from '../schemas/settings';
import { recordSchemas, type TableName } from '../schemas/records';
import type { ImportProblem, MessageResponse } from '../schemas/messages';
import { errorResponse, INVALID_IMPORT, PARTIAL_CHANGE } from './error-response';
import { fnv1a64 } from '../hash';
import type {
  AlertRecord,
  CaptureRecord,
  ListingRecord,
  OfferRecord,
  PricePointRecord,
  ReviewRecord,
} from '../db/types';

export const EXPORT_FORMAT = 'seller-radar-export';
/** The format version this release writes and reads. */
export const EXPORT_VERSION = 1;

const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string(),
  settings: z.unknown(),
  // Each row is checked against its table's schema by validRows (one clear message per bad row).
  tables: z.object({
    listings: z.array(z.unknown()),
    pricePoints: z.array(z.unknown()),
    offers: z.array(z.unknown()),
    reviews: z.array(z.unknown()),
    alerts: z.array(z.unknown()),
    captures: z.array(z.unknown()),
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

/** A file that is not a valid export: the user's mistake, not a database failure (error-response.ts). */
export class InvalidImportError extends Error {
  /** Why, for a message in the UI language (in the response of errorResponse). */
  readonly importProblem: ImportProblem;

  constructor(message: string, importProblem: ImportProblem, options?: ErrorOptions) {
    super(message, options);
    this.importProblem = importProblem;
    // Matched by name in error-response.ts, which must not import this module (wxt storage).
    this.name = INVALID_IMPORT;
  }
}

/** Only part of an import or delete-all was made, and undoing it failed; the message says what. */
export class PartialChangeError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    // Matched by name in error-response.ts.
    this.name = PARTIAL_CHANGE;
  }
}

/** An error's message up to its first line break (Dexie appends the inner errors on new lines). */
function firstLine(err: unknown): string {
  return ((err as Error)?.message ?? String(err)).split('\n')[0]!.trim();
}

/**
 * A change of the settings and the tables under way: the settings before it, and the row count of each
 * table once it has been made. Written before the settings change and removed when the change ends
 * either way; one left behind means the page or worker doing it was closed or stopped half-way
 * (closing Options during an import): recoverInterruptedChange then finishes the story.
 */
interface PendingChange {
  startedAt: string;
  previousSettings: unknown;
  counts: Record<TableName, number>;
  /**
   * A digest of each table's primary keys once the change is made (keysDigest), where they are known
   * beforehand (an import's rows carry their ids; an emptied table has none). Counts alone could not
   * tell a finished import from one rolled back when the file had as many rows as the database
   * (an older backup of the same shop: QA pass), and the file's settings were kept over the old tables.
   */
  keys?: Partial<Record<TableName, string>>;
}
export const pendingChangeItem = storage.defineItem<PendingChange | null>('local:pendingChange', {
  fallback: null,
});
/**
 * When a change left half-way was last undone by recovery: the background usually does it the moment
 * the page making the change closes, so the Options page that opens next tells the seller from this
 * (once) instead of from its own recovery, which then finds nothing left to do.
 */
export const undoneChangeItem = storage.defineItem<string | null>('local:undoneChange', {
  fallback: null,
});
/** Held by whoever changes settings and tables together (Web Locks: released when its page closes). */
const CHANGE_LOCK = 'seller-radar-data-change';

type LockManagerLike = {
  request: <T>(
    name: string,
    options: { ifAvailable?: boolean },
    work: (lock: unknown) => Promise<T>,
  ) => Promise<T>;
};
function lockManager(): LockManagerLike | undefined {
  return (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
}

/** Runs `work` holding the change lock (or unguarded where the browser has no Web Locks). */
async function holdingChangeLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = lockManager();
  return locks ? locks.request(CHANGE_LOCK, {}, work) : work();
}

const TABLE_NAMES = Object.keys(recordSchemas) as TableName[];

/** One number per table, as `size` gives it. */
function tableSizes(size: (name: TableName) => number): Record<TableName, number> {
  return Object.fromEntries(TABLE_NAMES.map((n) => [n, size(n)])) as Record<TableName, number>;
}

/** One digest of a table's primary keys, whatever their order. */
function keysDigest(keys: readonly unknown[]): string {
  return fnv1a64(
    keys
      .map((k) => JSON.stringify(k))
      .toSorted()
      .join('\n'),
  );
}

/** The digest of the keys `rows` will have, or undefined when a row leaves its key to the database. */
function rowsDigest(rows: readonly Record<string, unknown>[], keyPath: string): string | undefined {
  const keys: unknown[] = [];
  for (const r of rows) {
    const k = r[keyPath];
    if (k === undefined || k === null) return undefined;
    keys.push(k);
  }
  return keysDigest(keys);
}

async function tableCounts(db: SellerRadarDB): Promise<Record<TableName, number>> {
  const counts = await Promise.all(TABLE_NAMES.map((n) => db.table(n).count()));
  return Object.fromEntries(TABLE_NAMES.map((n, i) => [n, counts[i]!])) as Record<
    TableName,
    number
  >;
}

/**
 * A change left half-way by a closed Options page or a stopped worker (pendingChangeItem still set and
 * nobody holding the lock): its tables transaction either committed (every table has the counts it
 * was to have) or was rolled back by the browser. Rolled back, the settings it had already changed are
 * put back, so an import that did not finish changes nothing, as promised. Returns what it did.
 * Called when the Options page opens, and by the background (watchInterruptedChanges) when it starts and
 * whenever a change begins. `wait`: wait for whoever holds the change lock to finish or close instead
 * of answering 'busy' (never without Web Locks, where a running change cannot be told from a dead one).
 */
export async function recoverInterruptedChange(
  db: SellerRadarDB,
  { wait = false }: { wait?: boolean } = {},
): Promise<'none' | 'completed' | 'rolled-back' | 'busy'> {
  const recover = async (lock: unknown): Promise<'none' | 'completed' | 'rolled-back' | 'busy'> => {
    if (lock === null) return 'busy';
    const pending = await pendingChangeItem.getValue();
    if (!pending) return 'none';
    const now = await tableCounts(db);
    let committed = (Object.keys(pending.counts) as TableName[]).every(
      (n) => now[n] === pending.counts[n],
    );
    for (const [name, digest] of Object.entries(pending.keys ?? {}) as [TableName, string][]) {
      if (!committed) break;
      committed = keysDigest(await db.table(name).toCollection().primaryKeys()) === digest;
    }
    if (!committed) {
      await restoreSettingsValue(pending.previousSettings);
      await undoneChangeItem.setValue(new Date().toISOString());
    }
    await pendingChangeItem.removeValue();
    return committed ? 'completed' : 'rolled-back';
  };
  const locks = lockManager();
  if (!locks) return wait ? 'busy' : recover(true);
  return locks.request(CHANGE_LOCK, wait ? {} : { ifAvailable: true }, recover);
}

/**
 * The background's side of recovery: at once (after any change under way), and again each time a
 * change begins, queued behind the page making it. The lock is released when that page finishes or
 * closes, so an import cut short by closing Options is undone at that moment, not when Options next
 * opens or the worker next starts (until then the background ran on the file's settings over the old
 * tables). After a finished change the queued check finds nothing to do. Returns the unwatch function.
 */
export function watchInterruptedChanges(
  db: SellerRadarDB,
  onOutcome: (outcome: Awaited<ReturnType<typeof recoverInterruptedChange>>) => void,
  onError: (err: unknown) => void,
): () => void {
  const check = () => void recoverInterruptedChange(db, { wait: true }).then(onOutcome, onError);
  check();
  return pendingChangeItem.watch((pending) => {
    if (pending) check();
  });
}

/**
 * Settings live in browser.storage, the tables in IndexedDB: no transaction spans both. So the settings
 * are changed first and `tables` (one transaction) second; when the tables fail, the previous settings
 * are put back and the error stands for "nothing was changed". Only when putting them back fails too
 * is the answer a PartialChangeError saying exactly that. When the page or worker doing it is closed
 * half-way, the pending-change record it left lets recoverInterruptedChange do the same later.
 */
function settingsThenTables(
  changeSettings: () => Promise<void>,
  tables: () => Promise<void>,
  partially: string,
  counts: Record<TableName, number>,
  keys?: Partial<Record<TableName, string>>,
): Promise<void> {
  return holdingChangeLock(async () => {
    const previous = await storedSettingsValue();
    await pendingChangeItem.setValue({
      startedAt: new Date().toISOString(),
      previousSettings: previous,
      counts,
      ...(keys ? { keys } : {}),
    });
    try {
      await changeSettings();
    } catch (err) {
      await pendingChangeItem.removeValue().catch(() => undefined);
      throw err;
    }
    try {
      await tables();
      await pendingChangeItem.removeValue().catch(() => undefined);
    } catch (err) {
      try {
        await restoreSettingsValue(previous);
        await pendingChangeItem.removeValue().catch(() => undefined);
      } catch (restoreErr) {
        // The pending record stays: recoverInterruptedChange tries to put the settings back later.
        throw new PartialChangeError(
          `${partially} (database: ${firstLine(err)}; settings: ${firstLine(restoreErr)})`,
          { cause: err },
        );
      }
      throw err;
    }
  });
}

async function clearTables(db: SellerRadarDB): Promise<void> {
  await Promise.all(db.tables.map((table) => table.clear()));
}

/** `tables.reviews[2].title`: where in the file a zod issue is. */
function issuePath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`))
    .join('');
}

/** The first problem of a zod error as `path: message` (the whole error is a JSON dump). */
function firstProblem(err: z.ZodError): string {
  const issue = err.issues[0];
  if (!issue) return err.message;
  const path = issuePath(issue.path);
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** Keys that must be unique in each table: the primary key, and the alerts' unique dedupe key. */
const UNIQUE_KEYS: Record<TableName, readonly string[]> = {
  listings: ['id'],
  pricePoints: ['id'],
  offers: ['id'],
  reviews: ['id'],
  alerts: ['id', 'dedupeKey'],
  captures: ['id'],
};

/**
 * Every row of one table, validated against the stored record's schema, with unique keys checked
 * (a missing auto-increment id is numbered by the database). Throws InvalidImportError naming the
 * table, the row and the first problem.
 */
function validRows<T extends TableName>(
  table: T,
  rows: readonly unknown[],
): Array<z.output<(typeof recordSchemas)[T]>> {
  const schema = recordSchemas[table];
  const seen = new Map<string, Map<unknown, number>>(UNIQUE_KEYS[table].map((k) => [k, new Map()]));
  return rows.map((row, i) => {
    const where = `table "${table}", row ${i + 1}`;
    const parsed = schema.safeParse(row);
    if (!parsed.success)
      throw new InvalidImportError(`Invalid ${where}: ${firstProblem(parsed.error)}`, INVALID, {
        cause: parsed.error,
      });
    for (const [key, rowByValue] of seen) {
      const value = (parsed.data as Record<string, unknown>)[key];
      if (value === undefined) continue;
      const first = rowByValue.get(value);
      if (first !== undefined)
        throw new InvalidImportError(
          `Invalid ${where}: ${key} ${JSON.stringify(value)} repeats row ${first + 1}`,
          INVALID,
        );
      rowByValue.set(value, i);
    }
    return parsed.data as z.output<(typeof recordSchemas)[T]>;
  });
}

const INVALID: ImportProblem = { kind: 'invalid-content' };

/**
 * The file's header first, so that each kind of wrong file gets its own message: not JSON or not an
 * export, an export from a newer release (update to import it), an unknown version; then its content.
 */
function parseExportFile(json: string): { data: ExportFile; settings: SettingsInput } {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    throw new InvalidImportError(
      `Not a Seller Radar export file: not JSON (${(err as Error).message})`,
      { kind: 'not-export' },
      { cause: err },
    );
  }
  const header = (typeof value === 'object' && value !== null ? value : {}) as Record<
    string,
    unknown
  >;
  if (header['format'] !== EXPORT_FORMAT)
    throw new InvalidImportError(
      `Not a Seller Radar export file: no "format": "${EXPORT_FORMAT}"`,
      { kind: 'not-export' },
    );
  const version = header['version'];
  if (typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION)
    throw new InvalidImportError(
      `This file was made by a newer version of Seller Radar (format ${version}); update Seller Radar to import it`,
      { kind: 'newer-version', version },
    );
  if (version !== EXPORT_VERSION)
    throw new InvalidImportError(
      `Unknown export format version ${JSON.stringify(version) ?? 'missing'}; this version of Seller Radar reads format ${EXPORT_VERSION}`,
      { kind: 'unknown-version' },
    );
  const file = exportFileSchema.safeParse(value);
  if (!file.success)
    throw new InvalidImportError(`Damaged export file: ${firstProblem(file.error)}`, INVALID, {
      cause: file.error,
    });
  const settings = fileSettings(file.data.settings);
  return { data: file.data, settings };
}

/**
 * The settings to store from the file: valid ones as the Options page saves them; an object this
 * release cannot read as it is, since an export keeps the stored settings as they are (settings-store.ts
 * uses its valid parts and the Options page says what is wrong, as after an update); none (`null`, a
 * file exported before anything was saved) as the defaults. Anything else is no settings at all.
 */
function fileSettings(value: unknown): SettingsInput {
  if (value !== null && value !== undefined && (typeof value !== 'object' || Array.isArray(value)))
    throw new InvalidImportError(
      `Invalid settings in the file: expected an object, received ${Array.isArray(value) ? 'array' : typeof value}`,
      INVALID,
    );
  try {
    return parseSettings(value);
  } catch {
    return value as SettingsInput;
  }
}

/**
 * Replaces everything with the content of an export file. On any error nothing changes, except when
 * undoing the settings fails too: that PartialChangeError says so.
 */
export async function importAll(db: SellerRadarDB, json: string): Promise<void> {
  const { data, settings } = parseExportFile(json);
  const t = data.tables;
  const rows = {
    listings: validRows('listings', t.listings),
    pricePoints: validRows('pricePoints', t.pricePoints),
    offers: validRows('offers', t.offers),
    reviews: validRows('reviews', t.reviews),
    alerts: validRows('alerts', t.alerts),
    captures: validRows('captures', t.captures),
  };
  await settingsThenTables(
    () => settingsItem.setValue(settings),
    () =>
      db.transaction('rw', db.tables, async () => {
        await clearTables(db);
        await db.listings.bulkAdd(rows.listings);
        await db.pricePoints.bulkAdd(rows.pricePoints);
        await db.offers.bulkAdd(rows.offers);
        await db.reviews.bulkAdd(rows.reviews);
        await db.alerts.bulkAdd(rows.alerts);
        await db.captures.bulkAdd(rows.captures);
      }),
    'The settings from the file were saved, but the tables could not be replaced and the previous settings could not be put back; your tables are unchanged',
    tableSizes((name) => rows[name].length),
    Object.fromEntries(
      TABLE_NAMES.flatMap((name) => {
        const keyPath = db.table(name).schema.primKey.keyPath;
        const digest =
          typeof keyPath === 'string'
            ? rowsDigest(rows[name] as unknown as Record<string, unknown>[], keyPath)
            : undefined;
        return digest === undefined ? [] : [[name, digest]];
      }),
    ),
  );
}

/**
 * importAll answered as a message is: `done`, or the failure as the background would say it (a file
 * that is no valid export with its importProblem, a change made only in part, storage full or another
 * database error). The Options page shows it; nothing was changed unless it is `partial-change`.
 */
export async function importFile(db: SellerRadarDB, json: string): Promise<MessageResponse> {
  try {
    await importAll(db, json);
    return { ok: true, status: 'done' };
  } catch (err) {
    return errorResponse(err);
  }
}

/**
 * Deletes every table and the settings. The drafts (memory only, re-sent by the editor page) go first:
 * if that fails nothing else was touched.
 */
export async function deleteAllData(db: SellerRadarDB): Promise<void> {
  await draftsItem.removeValue();
  await settingsThenTables(
    () => settingsItem.removeValue(),
    () => db.transaction('rw', db.tables, () => clearTables(db)),
    'The settings were deleted, but the tables could not be deleted and the settings could not be put back; your tables are unchanged',
    tableSizes(() => 0),
  );
  // The disk-full state names the last page that could not be saved: it goes with everything else.
  // Everything else is gone by now, so failing here must not answer "nothing was deleted".
  await Promise.all([
    storageHealthItem
      .removeValue()
      .catch((err: unknown) => console.warn('[seller-radar] disk-full notice not cleared', err)),
    undoneChangeItem
      .removeValue()
      .catch((err: unknown) =>
        console.warn('[seller-radar] undone-import notice not cleared', err),
      ),
  ]);
}
