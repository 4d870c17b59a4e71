import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  deleteAllData,
  exportAll,
  importAll,
  importFile,
  pendingChangeItem,
  recoverInterruptedChange,
  undoneChangeItem,
  watchInterruptedChanges,
  type ExportedData,
} from '../../../lib/background/data-transfer';
import { storageHealthItem } from '../../../lib/background/storage-health';
import { handleMessage, type HandlerDeps } from '../../../lib/background/handler';
import {
  settingsItem,
  loadSettings,
  storedSettingsValue,
} from '../../../lib/background/settings-store';
import { applyCandidates } from '../../../lib/alerts/lifecycle';
import {
  classifyStoredReviews,
  reviewClassifierFromModel,
} from '../../../lib/alerts/review-classify';
import type { SellerRadarDB } from '../../../lib/db/database';
import type { TableName } from '../../../lib/schemas/records';
import { ingestSnapshot } from '../../../lib/db/ingest';
import { snapshotKey } from '../../../lib/hash';
import { defaultSettings } from '../../../lib/schemas/settings';
import type { SentimentModelJson } from '../../../lib/sentiment/model';
import { freshDb, inventorySnapshot, offersSnapshot, productSnapshot, readAsset } from '../helpers';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

async function seeded() {
  const db = freshDb();
  for (const s of [
    productSnapshot('2026-11-01T10:00:00.000Z', 24.99, 'X', {
      reviews: [
        {
          id: 'R1',
          productKey: 'B0057OC5O8',
          rating: 1,
          title: '差评',
          body: '<script>x</script> 物流太慢',
          date: '2026-10-31',
          dateText: '',
        },
      ],
    }),
    offersSnapshot('2026-11-01T11:00:00.000Z', [
      ['A', 10],
      ['B', 11],
    ]),
    inventorySnapshot('2026-11-01T12:00:00.000Z', [['SKU-1', 'B0C1234567', null]]),
    // The buyer revised R1 (stars and text): the earlier version is kept on the row.
    productSnapshot('2026-11-01T13:00:00.000Z', 24.99, 'X', {
      reviews: [
        {
          id: 'R1',
          productKey: 'B0057OC5O8',
          rating: 4,
          title: '卖家补发了',
          body: '<script>x</script> 物流太慢，但卖家很快补发了',
          date: '2026-10-31',
          dateText: '',
        },
      ],
    }),
  ]) {
    await ingestSnapshot(db, s, { key: snapshotKey(s), settings: defaultSettings });
  }
  // A classified review (label, score, aspects, model version) and a raised alert, as stored.
  const model = readAsset<SentimentModelJson>('model/sentiment-model.json');
  await classifyStoredReviews(db, async () => reviewClassifierFromModel(model));
  await applyCandidates(
    db,
    [
      {
        kind: 'undercut',
        severity: 'warning',
        subject: 'amazon:B0057OC5O8',
        dedupeKey: 'undercut:amazon:B0057OC5O8',
        at: '2026-11-01T11:00:00.000Z',
        message: { en: 'A is 60% below you.', zh: 'A 比您低 60%。' },
        nextStep: { en: 'Check your floor.', zh: '请检查底价。' },
        evidence: { gapPct: 60 },
      },
    ],
    '2026-11-01T11:00:05.000Z',
  );
  return db;
}

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT}/`;
const optionsPage = { id: EXT, url: `${ORIGIN}options.html` };

function depsFor(db: SellerRadarDB): HandlerDeps {
  return {
    db,
    extensionId: EXT,
    extensionOrigin: ORIGIN,
    getSettings: async () => defaultSettings,
    now: () => '2026-11-22T00:00:00.000Z',
    afterChange: async () => undefined,
    deleteAllData: () => deleteAllData(db),
  };
}

/** A genuine export of the seeded database, to be edited by a test. */
async function exported(db: SellerRadarDB): Promise<ExportedData> {
  return exportAll(db, { ...defaultSettings, ownSellers: ['My Shop'] }, '2026-11-22T00:00:00.000Z');
}

/** Counts of every table, to check that a refused file changed nothing. */
async function counts(db: SellerRadarDB): Promise<Record<string, number>> {
  return Object.fromEntries(
    await Promise.all(db.tables.map(async (t) => [t.name, await t.count()] as const)),
  );
}

describe('export / import / delete (the user owns their data)', () => {
  it('round-trips every table and the settings through one JSON file', async () => {
    const db = await seeded();
    await settingsItem.setValue({ ...defaultSettings, ownSellers: ['My Shop'] });
    const file = await exportAll(db, (await loadSettings()).settings, '2026-11-22T00:00:00.000Z');
    const json = JSON.stringify(file);
    await deleteAllData(db);
    for (const table of db.tables) expect(await table.count()).toBe(0);
    expect((await loadSettings()).settings.ownSellers).toEqual([]);

    await importAll(db, json);
    expect(file.tables.alerts).toHaveLength(1);
    expect(file.tables.reviews[0]?.aspects).toBeDefined();
    expect(await db.listings.count()).toBe(file.tables.listings.length);
    expect(await db.offers.count()).toBe(2);
    // Every row of every table comes back field for field: the import's row schemas drop nothing.
    for (const table of db.tables)
      expect(await table.toArray()).toEqual(file.tables[table.name as keyof typeof file.tables]);
    expect((await db.reviews.get('amazon:R1'))?.body).toBe(
      '<script>x</script> 物流太慢，但卖家很快补发了',
    );
    expect((await db.reviews.get('amazon:R1'))?.revisions?.[0]?.body).toBe(
      '<script>x</script> 物流太慢',
    );
    expect((await loadSettings()).settings.ownSellers).toEqual(['My Shop']);
  });

  it('round-trips stored settings this release cannot read: the tables come back and the settings as they were', async () => {
    const db = await seeded();
    // Written by another release: an undercut threshold above today's maximum.
    const unreadable = {
      ...defaultSettings,
      ownSellers: ['My Shop'],
      thresholds: { ...defaultSettings.thresholds, undercutPct: 150 },
    };
    await settingsItem.setValue(unreadable);
    expect((await loadSettings()).problem).toBeDefined();
    // As the Options page exports: the stored value as it is.
    const file = await exportAll(db, await storedSettingsValue(), '2026-11-22T00:00:00.000Z');
    expect(file.settings).toEqual(unreadable);
    await deleteAllData(db);
    for (const table of db.tables) expect(await table.count()).toBe(0);

    expect(await importFile(db, JSON.stringify(file))).toEqual({ ok: true, status: 'done' });
    for (const table of db.tables)
      expect(await table.toArray()).toEqual(file.tables[table.name as keyof typeof file.tables]);
    expect(await storedSettingsValue()).toEqual(file.settings);
    // In use: the readable parts, and the Options page says what it cannot read.
    const { settings, problem, issues } = await loadSettings();
    expect(problem).toMatch(/undercutPct/);
    expect(issues?.map((i) => i.path.join('.'))).toEqual(['thresholds.undercutPct']);
    expect(settings.ownSellers).toEqual(['My Shop']);
    expect(settings.thresholds.undercutPct).toBe(defaultSettings.thresholds.undercutPct);
  });

  it('refuses a file that is not an export and changes nothing', async () => {
    const db = await seeded();
    const before = await db.listings.count();
    await expect(importAll(db, '{"hello":1}')).rejects.toThrow(/Not a Seller Radar export file/);
    await expect(importAll(db, 'not json')).rejects.toThrow(/Not a Seller Radar export file/);
    expect(await db.listings.count()).toBe(before);
  });

  it('refuses rows that lack what the panel and the classifier read, naming the table, row and field', async () => {
    const db = await seeded();
    const before = await counts(db);
    await settingsItem.setValue({ ...defaultSettings, ownSellers: ['Kept Shop'] });

    const noTitle = await exported(db);
    delete (noTitle.tables.reviews[0] as Partial<(typeof noTitle.tables.reviews)[0]>).title;
    await expect(importAll(db, JSON.stringify(noTitle))).rejects.toThrow(
      'Invalid table "reviews", row 1: title: Invalid input: expected string, received undefined',
    );

    const noMessage = await exported(db);
    delete (noMessage.tables.alerts[0] as Partial<(typeof noMessage.tables.alerts)[0]>).message;
    await expect(importAll(db, JSON.stringify(noMessage))).rejects.toThrow(
      'Invalid table "alerts", row 1: message: Invalid input: expected object, received undefined',
    );

    const badPrice = await exported(db);
    (badPrice.tables.listings[1] as unknown as Record<string, unknown>).price = {
      amount: '24.99',
      currency: 'USD',
    };
    await expect(importAll(db, JSON.stringify(badPrice))).rejects.toThrow(
      /^Invalid table "listings", row 2: price\.amount: Invalid input: expected number, received string$/,
    );

    expect(await counts(db)).toEqual(before);
    expect((await loadSettings()).settings.ownSellers).toEqual(['Kept Shop']);
  });

  it('accepts rows without the fields the code treats as optional', async () => {
    const db = freshDb();
    const file = await exported(await seeded());
    const [listing] = file.tables.listings;
    const { title: _t, url: _u, currency: _c, rating: _r, ratingCount: _n, ...bare } = listing!;
    file.tables.listings = [bare];
    const {
      lang: _l,
      label: _b,
      score: _s,
      aspects: _a,
      modelVersion: _m,
      ...unlabelled
    } = file.tables.reviews[0]!;
    file.tables.reviews = [unlabelled];
    await importAll(db, JSON.stringify(file));
    expect(await db.listings.toArray()).toEqual([bare]);
    expect(await db.reviews.toArray()).toEqual([unlabelled]);
  });

  it('answers duplicate or missing keys as an invalid file (retrying cannot help) and changes nothing', async () => {
    const db = await seeded();
    const before = await counts(db);
    const send = (file: ExportedData) => importFile(db, JSON.stringify(file));

    const twice = await exported(db);
    twice.tables.listings.push(twice.tables.listings[0]!);
    const n = twice.tables.listings.length;
    expect(await send(twice)).toEqual({
      ok: false,
      error: {
        code: 'invalid-message',
        message: `Invalid table "listings", row ${n}: id "amazon:B0057OC5O8" repeats row 1`,
        importProblem: { kind: 'invalid-content' },
      },
    });

    const sameAlert = await exported(db);
    sameAlert.tables.alerts.push({ ...sameAlert.tables.alerts[0]!, id: 99 });
    expect(await send(sameAlert)).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-message',
        message:
          'Invalid table "alerts", row 2: dedupeKey "undercut:amazon:B0057OC5O8" repeats row 1',
      },
    });

    const noKey = await exported(db);
    delete (noKey.tables.captures[0] as Partial<(typeof noKey.tables.captures)[0]>).id;
    expect(await send(noKey)).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-message',
        message:
          'Invalid table "captures", row 1: id: Invalid input: expected string, received undefined',
      },
    });

    expect(await counts(db)).toEqual(before);
  });

  it('tells a newer export, an unknown version and a damaged export apart from a file that is no export', async () => {
    const db = await seeded();
    const before = await counts(db);
    const send = (json: string) => importFile(db, json);
    const genuine = await exported(db);

    expect(await send(JSON.stringify({ ...genuine, version: 2 }))).toEqual({
      ok: false,
      error: {
        code: 'invalid-message',
        message:
          'This file was made by a newer version of Seller Radar (format 2); update Seller Radar to import it',
        importProblem: { kind: 'newer-version', version: 2 },
      },
    });
    expect(await send(JSON.stringify({ ...genuine, version: '1' }))).toMatchObject({
      error: {
        message: 'Unknown export format version "1"; this version of Seller Radar reads format 1',
        importProblem: { kind: 'unknown-version' },
      },
    });
    const { reviews: _gone, ...tables } = genuine.tables;
    expect(await send(JSON.stringify({ ...genuine, tables }))).toMatchObject({
      error: {
        message:
          'Damaged export file: tables.reviews: Invalid input: expected array, received undefined',
        importProblem: { kind: 'invalid-content' },
      },
    });
    expect(await send(JSON.stringify({ ...genuine, settings: 'USD' }))).toMatchObject({
      error: {
        message: 'Invalid settings in the file: expected an object, received string',
        importProblem: { kind: 'invalid-content' },
      },
    });
    expect(await send(JSON.stringify({ ...genuine, settings: [] }))).toMatchObject({
      error: {
        message: 'Invalid settings in the file: expected an object, received array',
        importProblem: { kind: 'invalid-content' },
      },
    });
    expect(await send('{"hello":1}')).toMatchObject({
      error: {
        message: 'Not a Seller Radar export file: no "format": "seller-radar-export"',
        importProblem: { kind: 'not-export' },
      },
    });
    expect(await counts(db)).toEqual(before);
  });
});

const diskFull = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

async function seededWithSettings() {
  const db = await seeded();
  await settingsItem.setValue({ ...defaultSettings, ownSellers: ['Kept Shop'] });
  return { db, before: await counts(db), deps: depsFor(db) };
}
const ownSellers = async () => (await loadSettings()).settings.ownSellers;
/** The Options page's import of a genuine export of `from` into `into`, answered as the page shows it. */
const importInto = async (into: SellerRadarDB, from: SellerRadarDB) =>
  importFile(into, JSON.stringify(await exported(from)));
const deleteMsg = { type: 'deleteAllData', confirm: true } as const;

describe('import and delete-all tell the truth when storage fails half-way', () => {
  it('import: settings that cannot be written leave the tables as they were ("nothing was written" is true)', async () => {
    const { db, before } = await seededWithSettings();
    const json = JSON.stringify(await exported(freshDb())); // an export of an empty database
    vi.spyOn(settingsItem, 'setValue').mockRejectedValueOnce(diskFull());
    expect(await importFile(db, json)).toEqual({
      ok: false,
      error: {
        code: 'storage-full',
        message:
          'Storage is full: nothing was written. Free disk space or delete old data in Options.',
      },
    });
    expect(await counts(db)).toEqual(before);
    expect(await ownSellers()).toEqual(['Kept Shop']);
  });

  it('import: tables that cannot be written put the previous settings back', async () => {
    const { db, before } = await seededWithSettings();
    vi.spyOn(db.reviews, 'bulkAdd').mockRejectedValueOnce(diskFull());
    expect(await importInto(db, db)).toMatchObject({
      ok: false,
      error: { code: 'storage-full' },
    });
    expect(await counts(db)).toEqual(before);
    expect(await ownSellers()).toEqual(['Kept Shop']);
  });

  it('import: when the settings cannot be put back either, the answer says what was changed', async () => {
    const { db, before } = await seededWithSettings();
    const json = JSON.stringify(await exported(db));
    vi.spyOn(db.reviews, 'bulkAdd').mockRejectedValueOnce(diskFull());
    const write = settingsItem.setValue.bind(settingsItem);
    vi.spyOn(settingsItem, 'setValue')
      .mockImplementationOnce(write)
      .mockRejectedValueOnce(new Error('storage unavailable'));
    const r = await importFile(db, json);
    expect(r).toMatchObject({ ok: false, error: { code: 'partial-change' } });
    if (!r.ok)
      expect(r.error.message).toBe(
        'The settings from the file were saved, but the tables could not be replaced and the previous settings could not be put back; your tables are unchanged (database: The quota has been exceeded.; settings: storage unavailable)',
      );
    expect(await counts(db)).toEqual(before);
    expect(await ownSellers()).toEqual(['My Shop']); // the file's, as the message says
  });

  it('delete-all: settings that cannot be removed leave the tables as they were', async () => {
    const { db, before, deps } = await seededWithSettings();
    vi.spyOn(settingsItem, 'removeValue').mockRejectedValueOnce(new Error('storage unavailable'));
    expect(await handleMessage(deleteMsg, optionsPage, deps)).toEqual({
      ok: false,
      error: {
        code: 'storage-error',
        message: 'Database error, nothing was written: storage unavailable',
      },
    });
    expect(await counts(db)).toEqual(before);
    expect(await ownSellers()).toEqual(['Kept Shop']);
  });

  it('delete-all: tables that cannot be cleared put the settings back', async () => {
    const { db, before, deps } = await seededWithSettings();
    // The first table to be cleared fails (inside the transaction, which aborts).
    vi.spyOn(db.Table.prototype, 'clear').mockRejectedValueOnce(new Error('disk I/O error'));
    expect(await handleMessage(deleteMsg, optionsPage, deps)).toMatchObject({
      ok: false,
      error: { code: 'storage-error' },
    });
    expect(await counts(db)).toEqual(before);
    expect(await ownSellers()).toEqual(['Kept Shop']);
  });

  it('delete-all: when the settings cannot be put back either, the answer says they are gone and the tables are not', async () => {
    const { db, before, deps } = await seededWithSettings();
    // The first table to be cleared fails (inside the transaction, which aborts).
    vi.spyOn(db.Table.prototype, 'clear').mockRejectedValueOnce(new Error('disk I/O error'));
    vi.spyOn(settingsItem, 'setValue').mockRejectedValueOnce(new Error('storage unavailable'));
    expect(await handleMessage(deleteMsg, optionsPage, deps)).toEqual({
      ok: false,
      error: {
        code: 'partial-change',
        message:
          'The settings were deleted, but the tables could not be deleted and the settings could not be put back; your tables are unchanged (database: disk I/O error; settings: storage unavailable)',
      },
    });
    expect(await counts(db)).toEqual(before);
    expect(await ownSellers()).toEqual([]);
  });
});

/**
 * Imports `file` as if the Options page were closed while `table` is written: the browser rolls the
 * tables' transaction back, and the page never gets to put the settings back (nor to remove its
 * pending record).
 */
async function importClosedDuringTables(
  db: SellerRadarDB,
  file: ExportedData,
  table: { bulkAdd: (...args: never[]) => unknown },
): Promise<void> {
  vi.spyOn(table, 'bulkAdd').mockRejectedValueOnce(new Error('page closed'));
  vi.spyOn(pendingChangeItem, 'removeValue').mockRejectedValue(new Error('page closed'));
  const write = settingsItem.setValue.bind(settingsItem);
  vi.spyOn(settingsItem, 'setValue')
    .mockImplementationOnce(write)
    .mockRejectedValueOnce(new Error('page closed'));
  await importFile(db, JSON.stringify(file));
  vi.restoreAllMocks();
}

describe('an import or delete-all left half-way by a closed page or a stopped worker', () => {
  it('a finished import leaves no pending change behind', async () => {
    const { db } = await seededWithSettings();
    expect(await importInto(db, db)).toEqual({ ok: true, status: 'done' });
    expect(await pendingChangeItem.getValue()).toBeNull();
    expect(await recoverInterruptedChange(db)).toBe('none');
  });

  it('closed during its tables: the next start puts the previous settings back', async () => {
    const { db, before } = await seededWithSettings();
    const file = await exported(freshDb()); // an export of an empty database, other settings
    file.settings = { ...defaultSettings, ownSellers: ['Imported Seller'] };
    await importClosedDuringTables(db, file, db.reviews);
    expect(await ownSellers()).toEqual(['Imported Seller']); // what QA saw: the file's settings

    expect(await recoverInterruptedChange(db)).toBe('rolled-back');
    expect(await ownSellers()).toEqual(['Kept Shop']);
    expect(await counts(db)).toEqual(before);
    expect(await pendingChangeItem.getValue()).toBeNull();
  });

  it('closed during its tables, the file as many rows as the database (an older backup): the previous settings come back', async () => {
    const { db, before } = await seededWithSettings();
    // The same shop's export with one review that the database does not have: every count equal.
    const file = await exported(db);
    const reviews = file.tables.reviews as Array<{ id: string }>;
    expect(reviews.length).toBeGreaterThan(0);
    reviews[0]!.id = 'an-older-review';
    file.settings = { ...defaultSettings, ownSellers: ['Imported Seller'] };
    await importClosedDuringTables(db, file, db.captures);
    expect(await ownSellers()).toEqual(['Imported Seller']);
    expect(await counts(db)).toEqual(before); // the counts alone said "finished" (QA pass)

    expect(await recoverInterruptedChange(db)).toBe('rolled-back');
    expect(await ownSellers()).toEqual(['Kept Shop']);
    expect(await db.reviews.get('an-older-review')).toBeUndefined();
  });

  it('closed after its tables committed: the file is kept, settings and tables', async () => {
    const { db } = await seededWithSettings();
    const file = await exported(freshDb());
    file.settings = { ...defaultSettings, ownSellers: ['Imported Seller'] };
    vi.spyOn(pendingChangeItem, 'removeValue').mockRejectedValue(new Error('page closed'));
    await importFile(db, JSON.stringify(file));
    vi.restoreAllMocks();
    expect(await pendingChangeItem.getValue()).not.toBeNull();

    expect(await recoverInterruptedChange(db)).toBe('completed');
    expect(await ownSellers()).toEqual(['Imported Seller']);
    expect((await counts(db)).reviews).toBe(0);
    expect(await pendingChangeItem.getValue()).toBeNull();
  });

  it('an import still running in another page (holding the lock) is left alone', async () => {
    const { db } = await seededWithSettings();
    await pendingChangeItem.setValue({
      startedAt: '2026-11-01T10:00:00.000Z',
      previousSettings: { ...defaultSettings, ownSellers: ['Older'] },
      counts: { listings: 0, pricePoints: 0, offers: 0, reviews: 0, alerts: 0, captures: 0 },
    });
    // Web Locks: `ifAvailable` answers null while another context holds the lock.
    vi.stubGlobal('navigator', {
      locks: { request: (_n: string, _o: object, work: (l: unknown) => unknown) => work(null) },
    });
    try {
      expect(await recoverInterruptedChange(db)).toBe('busy');
    } finally {
      vi.unstubAllGlobals();
    }
    expect(await ownSellers()).toEqual(['Kept Shop']);
    expect(await pendingChangeItem.getValue()).not.toBeNull();
  });

  it('the background undoes a cut-short import as soon as the page making it lets go, not at the next start', async () => {
    const { db, before } = await seededWithSettings();
    // Web Locks as the browser has them: one holder, the rest queued in order; a page that closes
    // releases what it holds.
    const queue: Array<() => void> = [];
    let held = false;
    const request = async <T>(
      _name: string,
      options: { ifAvailable?: boolean },
      work: (lock: unknown) => Promise<T>,
    ): Promise<T> => {
      if (held && options.ifAvailable) return work(null);
      if (held) await new Promise<void>((go) => queue.push(go));
      held = true;
      try {
        return await work({});
      } finally {
        held = false;
        queue.shift()?.();
      }
    };
    vi.stubGlobal('navigator', { locks: { request } });
    const outcomes: string[] = [];
    let unwatch: (() => void) | undefined;
    try {
      unwatch = watchInterruptedChanges(
        db,
        (o) => outcomes.push(o),
        (err) => outcomes.push(String(err)),
      );
      await vi.waitFor(() => expect(outcomes).toEqual(['none']));
      // Options starts an import: it holds the lock, records the change and writes the file's settings.
      const closing: { close?: () => void } = {};
      const page = request('seller-radar-data-change', {}, async () => {
        await pendingChangeItem.setValue({
          startedAt: '2026-11-22T09:00:00.000Z',
          previousSettings: await storedSettingsValue(),
          counts: { ...(before as Record<TableName, number>), reviews: 0 },
        });
        await settingsItem.setValue({ ...defaultSettings, ownSellers: ['Imported Seller'] });
        await new Promise<void>((closed) => (closing.close = closed));
      });
      await vi.waitFor(() => expect(held).toBe(true));
      await new Promise((r) => setTimeout(r, 20));
      // Still under way: the background waits and changes nothing.
      expect(outcomes).toEqual(['none']);
      expect(await ownSellers()).toEqual(['Imported Seller']);
      // The seller closes Options before the tables were written: the browser releases the lock.
      closing.close?.();
      await page;
      await vi.waitFor(() => expect(outcomes).toEqual(['none', 'rolled-back']));
      expect(await ownSellers()).toEqual(['Kept Shop']);
      expect(await counts(db)).toEqual(before);
      expect(await pendingChangeItem.getValue()).toBeNull();
      // For the Options page that opens next, which finds nothing left to undo.
      expect(await undoneChangeItem.getValue()).not.toBeNull();
    } finally {
      unwatch?.();
      vi.unstubAllGlobals();
    }
  });

  it('without Web Locks the background never guesses while a change may be under way', async () => {
    const { db } = await seededWithSettings();
    await pendingChangeItem.setValue({
      startedAt: '2026-11-01T10:00:00.000Z',
      previousSettings: { ...defaultSettings, ownSellers: ['Older'] },
      counts: { listings: 0, pricePoints: 0, offers: 0, reviews: 0, alerts: 0, captures: 0 },
    });
    vi.stubGlobal('navigator', {});
    try {
      expect(await recoverInterruptedChange(db, { wait: true })).toBe('busy');
    } finally {
      vi.unstubAllGlobals();
    }
    expect(await ownSellers()).toEqual(['Kept Shop']);
  });

  it('delete-all also forgets the disk-full state, the page it names and an undone import', async () => {
    const { deps } = await seededWithSettings();
    await undoneChangeItem.setValue('2026-11-01T08:00:00.000Z');
    await storageHealthItem.setValue({
      since: '2026-11-01T09:00:00.000Z',
      last: '2026-11-01T09:00:00.000Z',
      lostPages: 1,
      lastUrl: 'https://www.amazon.com/product-reviews/B0BBPNPZTC',
    });
    expect(await handleMessage(deleteMsg, optionsPage, deps)).toEqual({ ok: true, status: 'done' });
    expect(await storageHealthItem.getValue()).toBeNull();
    expect(await pendingChangeItem.getValue()).toBeNull();
    expect(await undoneChangeItem.getValue()).toBeNull();
  });
});
