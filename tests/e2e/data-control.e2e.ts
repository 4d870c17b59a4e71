/**
 * The user owns the data, end to end in real Chromium: after real pages are captured (the saved
 * product and review pages, a broken page raising an alert) and a floor is set, the options page
 * exports everything to a JSON download, "Delete all data" (after the confirmation; cancelling it
 * deletes nothing) leaves every IndexedDB table and the settings empty and clears the badge, and
 * importing the exported file brings every row, the settings and the badge back. An import cut short by
 * closing Options while its tables are written is undone by the background at once: the previous
 * settings come back without Options being opened again.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AMAZON_DAY_ROUTES, captureAmazonDay, launch, type Harness } from './harness';

const TABLES = ['listings', 'pricePoints', 'offers', 'reviews', 'alerts', 'captures'] as const;

let h: Harness;
beforeAll(async () => {
  h = await launch(AMAZON_DAY_ROUTES);
  await captureAmazonDay(h);
}, 90_000);
afterAll(async () => h?.close());

async function counts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLES) out[t] = (await h.dbRows(t)).length;
  return out;
}

describe('export, delete and import everything (real Chromium)', () => {
  it('exports every table and the settings, deletes all of it, and imports it back', async () => {
    const options = await h.openExtensionPage('options.html');
    // A floor, so the settings carry something of the user's.
    const floor = options.getByLabel('Floor B0057OC5O8');
    await floor.fill('7.50');
    await floor.blur();
    await options.getByRole('button', { name: 'Save' }).click();
    await options.getByText('Saved.').waitFor();

    const before = await counts();
    expect(before.listings).toBeGreaterThanOrEqual(2);
    expect(before.reviews).toBeGreaterThanOrEqual(10);
    expect(before.alerts).toBeGreaterThanOrEqual(1);
    expect(before.captures).toBeGreaterThanOrEqual(3);
    expect(await h.badgeText()).not.toBe('');

    // Export: a JSON download with every row and the settings.
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export all data' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^seller-radar-export-\d{4}-\d{2}-\d{2}\.json$/);
    const path = await download.path();
    const file = JSON.parse(readFileSync(path, 'utf8')) as {
      tables: Record<string, unknown[]>;
      settings: { floors: Record<string, unknown> };
    };
    for (const t of TABLES) expect(file.tables[t], t).toHaveLength(before[t]!);
    expect(file.settings.floors['amazon:B0057OC5O8']).toEqual({ amount: 7.5, currency: 'USD' });

    // Cancelling the confirmation deletes nothing.
    options.once('dialog', (d) => void d.dismiss());
    await options.getByRole('button', { name: 'Delete all data' }).click();
    await options.waitForTimeout(500);
    expect(await counts()).toEqual(before);

    // Confirmed: every table and the settings are empty, and the badge is clear.
    options.once('dialog', (d) => void d.accept());
    await options.getByRole('button', { name: 'Delete all data' }).click();
    await options.getByText('All data deleted.').waitFor();
    expect(Object.values(await counts())).toEqual(TABLES.map(() => 0));
    expect(await h.storedSettings()).toBeUndefined();
    await expect.poll(() => h.badgeText(), { timeout: 10_000 }).toBe('');
    const panel = await h.openExtensionPage('sidepanel.html');
    await panel.getByRole('tab', { name: 'Products' }).click();
    await panel.getByText('No products captured yet.', { exact: false }).waitFor();

    // Import the exported file (after its confirmation): every row, the settings and the badge
    // come back.
    options.once('dialog', (d) => void d.accept());
    await options.locator('input[type="file"]').setInputFiles(path);
    await options.getByText('Imported.').waitFor();
    expect(await counts()).toEqual(before);
    expect(((await h.storedSettings()) as { floors: Record<string, unknown> }).floors).toEqual({
      'amazon:B0057OC5O8': { amount: 7.5, currency: 'USD' },
    });
    await expect.poll(() => h.badgeText(), { timeout: 10_000 }).not.toBe('');
    await panel.getByTestId('product-row').first().waitFor();
  });

  it('closing Options in the middle of an import: the background puts the previous settings back at once', async () => {
    const before = await counts();
    const settingsBefore = await h.storedSettings();
    expect(settingsBefore).toBeDefined();
    const options = await h.openExtensionPage('options.html');
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export all data' }).click(),
    ]);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      tables: { reviews: Array<Record<string, unknown>> };
      settings: Record<string, unknown>;
    };
    // Another shop's backup, large enough that its tables take a while to write.
    const review = file.tables.reviews[0]!;
    file.tables.reviews = Array.from({ length: 40_000 }, (_, i) => ({
      ...review,
      id: `amazon:R-backup-${i}`,
      body: `${String(review.body)} (${i})`,
    }));
    file.settings = { ...file.settings, ownSellers: ['Imported Seller'] };
    const path = join(mkdtempSync(join(tmpdir(), 'seller-radar-import-')), 'backup.json');
    writeFileSync(path, JSON.stringify(file));

    options.once('dialog', (d) => void d.accept());
    await options.locator('input[type="file"]').setInputFiles(path);
    // The import has begun (its record of the change is written, then the file's settings): the
    // seller closes the page before the tables are written.
    await expect
      .poll(
        async () =>
          Boolean(await h.storedLocal('pendingChange')) &&
          ((await h.storedSettings()) as { ownSellers?: string[] }).ownSellers?.[0] ===
            'Imported Seller',
        { timeout: 30_000, interval: 20 },
      )
      .toBe(true);
    await options.close();

    // Without Options open again and without a worker restart, the import is undone.
    await expect.poll(() => h.storedSettings(), { timeout: 15_000 }).toEqual(settingsBefore);
    expect(await h.storedLocal('pendingChange')).toBeUndefined();
    expect(await counts()).toEqual(before);
    // The next Options page tells the seller, once.
    const again = await h.openExtensionPage('options.html');
    await again.getByText('An import (or a deletion) that did not finish was undone').waitFor();
    await expect.poll(() => h.storedLocal('undoneChange')).toBeUndefined();
    await again.reload();
    await again.getByRole('button', { name: 'Save' }).waitFor();
    expect(await again.getByText('did not finish was undone').count()).toBe(0);
    await again.close();
  });

  it('refuses a file that is not an export and changes nothing', async () => {
    const before = await counts();
    const options = await h.openExtensionPage('options.html');
    options.once('dialog', (d) => void d.accept());
    await options.locator('input[type="file"]').setInputFiles({
      name: 'listings.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"listings": [{"title": "not an export"}]}'),
    });
    await options
      .getByText(/This file is not a Seller Radar export; nothing was changed\./)
      .waitFor();
    expect(await counts()).toEqual(before);
  });
});
