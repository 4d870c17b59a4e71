import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deleteAllData, exportAll, importAll } from '../../../lib/background/data-transfer';
import { settingsItem, loadSettings } from '../../../lib/background/settings-store';
import { ingestSnapshot } from '../../../lib/db/ingest';
import { snapshotKey } from '../../../lib/hash';
import { defaultSettings } from '../../../lib/schemas/settings';
import { freshDb, offersSnapshot, productSnapshot } from '../helpers';

beforeEach(() => fakeBrowser.reset());

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
  ]) {
    await ingestSnapshot(db, s, { key: snapshotKey(s), settings: defaultSettings });
  }
  return db;
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
    expect(await db.listings.count()).toBe(file.tables.listings.length);
    expect(await db.offers.count()).toBe(2);
    expect((await db.reviews.get('amazon:R1'))?.body).toBe('<script>x</script> 物流太慢');
    expect((await loadSettings()).settings.ownSellers).toEqual(['My Shop']);
  });

  it('refuses a file that is not an export and changes nothing', async () => {
    const db = await seeded();
    const before = await db.listings.count();
    await expect(importAll(db, '{"hello":1}')).rejects.toThrow(/Not a Seller Radar export file/);
    await expect(importAll(db, 'not json')).rejects.toThrow(/Not a Seller Radar export file/);
    expect(await db.listings.count()).toBe(before);
  });
});
