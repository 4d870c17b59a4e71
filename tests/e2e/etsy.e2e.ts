/**
 * Etsy, end to end in real Chromium: the hand-made listing page served at
 * www.etsy.com/listing/1587412365/hand-thrown-speckled-ceramic-mug (the content script's real
 * `matches`) → background ingest → the listing with its sale price in the side panel's Products, this
 * item's three reviews labelled in the service worker and shown in Reviews (the shop tab's review of
 * another item is not); the shop reviews page keeps each review under the listing it names; DataDome's
 * challenge served at a listing URL stores nothing. The extension makes no request of its own
 * (privacy.e2e.ts checks the traffic).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, waitFor, type Harness } from './harness';
import type { CaptureRecord, ListingRecord, ReviewRecord } from '../../lib/db/types';

const LISTING = '/listing/1587412365/hand-thrown-speckled-ceramic-mug';
const SHOP_REVIEWS = '/shop/LunaLoomStudio/reviews';
const CHALLENGED = '/listing/1599999999/datadome-challenged';
const TITLE = 'Hand-thrown Speckled Ceramic Mug, 12 oz Stoneware Coffee Cup';

let h: Harness;
beforeAll(async () => {
  h = await launch([
    {
      host: 'www.etsy.com',
      path: LISTING,
      body: 'tests/fixtures/etsy/product/listing-sale_www-etsy-com.html',
    },
    {
      host: 'www.etsy.com',
      path: SHOP_REVIEWS,
      body: 'tests/fixtures/etsy/reviews/shop-reviews_www-etsy-com.html',
    },
    {
      host: 'www.etsy.com',
      path: CHALLENGED,
      body: 'tests/fixtures/etsy/blocked/datadome-captcha_www-etsy-com.html',
    },
  ]);
});
afterAll(async () => h?.close());

describe('Etsy (real Chromium)', () => {
  it('captures the listing with its sale price and this item’s reviews, shown in the side panel', async () => {
    const tab = await h.context.newPage();
    await tab.goto(`https://www.etsy.com${LISTING}`, { waitUntil: 'domcontentloaded' });
    const rows = await waitFor(
      async () => {
        const all = await h.dbRows<ReviewRecord>('reviews');
        return all.length === 3 && all.every((r) => r.label !== undefined) ? all : null;
      },
      40_000,
      '3 classified Etsy reviews',
    );
    expect(rows.every((r) => r.listingId === 'etsy:1587412365' && r.market === 'etsy')).toBe(true);
    expect(rows.map((r) => r.author).toSorted()).toEqual(['Ada', 'Maren', 'Tobias']);
    const chipped = rows.find((r) => r.author === 'Tobias')!;
    expect(chipped).toMatchObject({ rating: 2, date: '2024-10-28' });
    expect(chipped.label).toBe('negative');
    expect(rows.find((r) => r.author === 'Maren')!.label).toBe('positive');

    const listing = (await h.dbRows<ListingRecord>('listings')).find(
      (l) => l.id === 'etsy:1587412365',
    );
    expect(listing).toMatchObject({ title: TITLE, price: { amount: 19.2, currency: 'USD' } });

    const panel = await h.openExtensionPage('sidepanel.html');
    await panel.getByRole('tab', { name: 'Products' }).click();
    const row = panel.getByTestId('product-row').filter({ hasText: 'Hand-thrown Speckled' });
    await row.waitFor({ timeout: 10_000 });
    expect(await row.getByTestId('product-price').textContent()).toContain('19.20');
    await panel.getByRole('tab', { name: 'Reviews' }).click();
    const items = panel.getByTestId('review-item');
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(3);
    const item = panel.locator(`[data-testid="review-item"][data-review-id="${chipped.reviewId}"]`);
    await expect.poll(() => item.getAttribute('data-label')).toBe('negative');
    expect(await item.textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await item.locator('img').count()).toBe(0);
    expect(await panel.getByText('The bowl cracked').count()).toBe(0);
    await tab.close();
    await panel.close();
  });

  it('keeps each shop review under the listing it names, and stores nothing from a DataDome challenge', async () => {
    const tab = await h.context.newPage();
    await tab.goto(`https://www.etsy.com${SHOP_REVIEWS}`, { waitUntil: 'domcontentloaded' });
    const bowl = await waitFor(
      async () =>
        (await h.dbRows<ReviewRecord>('reviews')).find((r) => r.listingId === 'etsy:1587412001'),
      20_000,
      'the shop review of the bowl',
    );
    expect(bowl).toMatchObject({ rating: 1, author: 'Etsy buyer', date: '2024-10-30' });
    const espresso = (await h.dbRows<ReviewRecord>('reviews')).find(
      (r) => r.listingId === 'etsy:1587412002',
    );
    expect(espresso).toMatchObject({ rating: 4, author: 'Lee' });
    // Maren's review, read on the listing page by the test before, is the same review here: stored once,
    // keeping the full text the listing page showed (the shop page cuts it short).
    const mugReviews = (await h.dbRows<ReviewRecord>('reviews')).filter(
      (r) => r.listingId === 'etsy:1587412365',
    );
    expect(mugReviews.map((r) => r.author).toSorted()).toEqual(['Ada', 'Maren', 'Tobias']);
    expect(mugReviews.find((r) => r.author === 'Maren')!.body).toContain('keeps my coffee warm');

    await tab.goto(`https://www.etsy.com${CHALLENGED}`, { waitUntil: 'domcontentloaded' });
    const blocked = await waitFor(
      async () =>
        (await h.dbRows<CaptureRecord>('captures')).find((c) => c.url.includes(CHALLENGED)),
      20_000,
      'the blocked capture',
    );
    expect(blocked.status).toBe('blocked');
    expect(
      (await h.dbRows<ListingRecord>('listings')).some((l) => l.id === 'etsy:1599999999'),
    ).toBe(false);
    await tab.close();
  });
});
