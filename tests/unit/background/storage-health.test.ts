/**
 * A full disk is remembered (storage.session) until a capture is stored again, and the toolbar badge
 * says so: "!" (or "3!" beside the alert count) in red, with a tooltip in the browser's language.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  clearStorageFull,
  recordStorageFull,
  storageHealthItem,
} from '../../../lib/background/storage-health';
import { BADGE_COLORS, refreshBadge } from '../../../lib/background/badge';
import { freshDb } from '../helpers';

beforeEach(() => fakeBrowser.reset());

describe('storage health', () => {
  it('counts the pages lost since the first refusal, and forgets them once saving works', async () => {
    await recordStorageFull('2026-11-22T20:00:00.000Z', 'https://www.amazon.com/dp/B0057OC5O8');
    await Promise.all([
      recordStorageFull('2026-11-22T20:05:00.000Z', 'https://www.amazon.com/dp/B000000001'),
      recordStorageFull('2026-11-22T20:05:01.000Z', 'https://www.ebay.com/itm/285012345678'),
    ]);
    expect(await storageHealthItem.getValue()).toMatchObject({
      since: '2026-11-22T20:00:00.000Z',
      last: '2026-11-22T20:05:01.000Z',
      lostPages: 3,
      lastUrl: 'https://www.ebay.com/itm/285012345678',
    });
    await clearStorageFull();
    expect(await storageHealthItem.getValue()).toBeNull();
  });

  it('a page re-sent as it changes (carousels, ads) counts once', async () => {
    const page = 'https://www.amazon.com/product-reviews/B0BBPNPZTC';
    for (let i = 0; i < 5; i++) await recordStorageFull(`2026-11-22T20:00:0${i}.000Z`, page);
    expect(await storageHealthItem.getValue()).toMatchObject({
      lostPages: 1,
      last: '2026-11-22T20:00:04.000Z',
    });
    await recordStorageFull('2026-11-22T20:01:00.000Z', 'https://www.amazon.com/dp/B0057OC5O8');
    expect((await storageHealthItem.getValue())?.lostPages).toBe(2);
  });

  it('the badge shows "!" in red while the disk is full, beside the alert count', async () => {
    const db = freshDb();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    const text = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    const color = vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor');
    const title = vi.spyOn(fakeBrowser.action, 'setTitle');
    await db.alerts.add({
      kind: 'undercut',
      severity: 'warning',
      subject: 'amazon:B0057OC5O8',
      dedupeKey: 'undercut:amazon:B0057OC5O8',
      at: '2026-11-22T19:00:00.000Z',
      message: { en: 'm', zh: 'm' },
      nextStep: { en: 'n', zh: 'n' },
      evidence: {},
      state: 'open',
      createdAt: '2026-11-22T19:00:00.000Z',
      updatedAt: '2026-11-22T19:00:00.000Z',
    });
    await refreshBadge(db);
    expect(text).toHaveBeenLastCalledWith({ text: '1' });
    expect(color).toHaveBeenLastCalledWith({ color: BADGE_COLORS.warning });

    await recordStorageFull('2026-11-22T20:00:00.000Z');
    await refreshBadge(db);
    expect(text).toHaveBeenLastCalledWith({ text: '1!' });
    expect(color).toHaveBeenLastCalledWith({ color: BADGE_COLORS.critical });
    expect(title).toHaveBeenLastCalledWith({
      title: 'Seller Radar — storage full, pages are not being saved — 1 open alert',
    });

    await clearStorageFull();
    await refreshBadge(db);
    expect(text).toHaveBeenLastCalledWith({ text: '1' });
    expect(title).toHaveBeenLastCalledWith({ title: 'Seller Radar — 1 open alert' });
  });
});
