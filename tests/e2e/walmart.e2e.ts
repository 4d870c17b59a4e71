/**
 * Walmart capture, end to end in real Chromium: the hand-made walmart.com product page served at
 * www.walmart.com/ip/<slug>/<usItemId> and its review page at /reviews/product/<usItemId>, read from
 * the page's own __NEXT_DATA__ by the content script → background ingest → reviews labelled in the
 * service worker → side panel: the product with its price and buy-box seller, and the reviews of both
 * pages (a review on both is stored once), the one with markup shown as text. The 1★ review is dated
 * today, so it is news: one negative-review alert. Fails without the Walmart module (no capture at all).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, ROOT, waitFor, type Harness } from './harness';
import type { ListingRecord, ReviewRecord } from '../../lib/db/types';
import type { Alert } from '../../lib/schemas/alert';

const ITEM = '1728394056';
const PRODUCT_PATH = `/ip/BrightHome-1-7L-Stainless-Steel-Electric-Kettle-Cordless-Auto-Shutoff-Silver/${ITEM}`;
const REVIEWS_PATH = `/reviews/product/${ITEM}`;
const TITLE =
  'BrightHome 1.7L Stainless Steel Electric Kettle, Cordless with Auto Shut-Off, Silver';
/** The 1★ review ("Leaked after two weeks"), dated today below. */
const FRESH_ID = '298377102';
/** The review whose title and text hold markup. */
const HOSTILE_ID = '298502917';

/** The product fixture with the 1★ review dated today, as Walmart prints it (US month/day/year). */
function productPage(): string {
  const html = readFileSync(
    join(ROOT, 'tests/fixtures/walmart/product/ip_third-party-seller_www-walmart-com.html'),
    'utf8',
  );
  const now = new Date();
  const today = `${now.getUTCMonth() + 1}/${now.getUTCDate()}/${now.getUTCFullYear()}`;
  return html.replaceAll('"reviewSubmissionTime":"6/12/2024"', `"reviewSubmissionTime":"${today}"`);
}

let h: Harness;
beforeAll(async () => {
  h = await launch([
    { host: 'www.walmart.com', path: PRODUCT_PATH, body: productPage },
    {
      host: 'www.walmart.com',
      path: REVIEWS_PATH,
      body: 'tests/fixtures/walmart/reviews/reviews-product_www-walmart-com.html',
    },
  ]);
});
afterAll(async () => h?.close());

describe('Walmart product and reviews (real Chromium)', () => {
  it('captures the price, seller and reviews, labels them and shows them in the side panel', async () => {
    const tab = await h.context.newPage();
    await tab.goto(`https://www.walmart.com${PRODUCT_PATH}`, { waitUntil: 'domcontentloaded' });
    const listing = await waitFor(
      async () =>
        (await h.dbRows<ListingRecord>('listings')).find((l) => l.id === `walmart:${ITEM}`),
      40_000,
      'the Walmart product in IndexedDB',
    );
    expect(listing).toMatchObject({
      market: 'walmart',
      title: TITLE,
      price: { amount: 24.88, currency: 'USD' },
      featuredSeller: 'BrightHome Goods',
    });
    await waitFor(
      async () => {
        const all = await h.dbRows<ReviewRecord>('reviews');
        return all.length === 5 && all.every((r) => r.label !== undefined) ? all : null;
      },
      40_000,
      '5 classified reviews from the product page',
    );

    // The review page: 5 reviews, one of them already stored from the product page.
    await tab.goto(`https://www.walmart.com${REVIEWS_PATH}`, { waitUntil: 'domcontentloaded' });
    const rows = await waitFor(
      async () => {
        const all = await h.dbRows<ReviewRecord>('reviews');
        return all.length === 9 && all.every((r) => r.label !== undefined) ? all : null;
      },
      40_000,
      '9 classified Walmart reviews',
    );
    expect(rows.every((r) => r.listingId === `walmart:${ITEM}` && r.market === 'walmart')).toBe(
      true,
    );
    expect(rows.every((r) => r.lang === 'en')).toBe(true);
    const fresh = rows.find((r) => r.reviewId === FRESH_ID)!;
    expect(fresh).toMatchObject({ rating: 1, label: 'negative', verified: true });
    expect(rows.find((r) => r.reviewId === '301227645')).toMatchObject({
      rating: 1,
      date: '2025-01-15',
      label: 'negative',
    });
    expect(rows.find((r) => r.reviewId === '298145531')!.label).toBe('positive');
    expect(rows.find((r) => r.reviewId === HOSTILE_ID)!.body).toContain(
      "<script>alert('x')</script>",
    );

    // Only the review dated today is news: one negative-review alert.
    const alert = await waitFor(
      async () =>
        (await h.dbRows<Alert>('alerts')).find(
          (a) => a.dedupeKey === `negative-review:walmart:${FRESH_ID}`,
        ),
      20_000,
      'the negative-review alert',
    );
    expect(alert.message.en).toContain(TITLE.slice(0, 30));
    expect(
      (await h.dbRows<Alert>('alerts')).filter((a) => a.kind === 'negative-review'),
    ).toHaveLength(1);

    const panel = await h.openExtensionPage('sidepanel.html');
    await panel.getByRole('tab', { name: 'Products' }).click();
    const row = panel.getByTestId('product-row').filter({ hasText: TITLE.slice(0, 30) });
    await row.waitFor({ timeout: 10_000 });
    expect(await row.getByTestId('product-price').textContent()).toContain('24.88');
    await row.click();
    await expect.poll(() => panel.getByTestId('detail-title').textContent()).toBe(TITLE);
    expect(await panel.getByTestId('detail-price').textContent()).toContain('24.88');
    expect(await panel.getByTestId('detail-featured').textContent()).toContain('BrightHome Goods');

    await panel.getByRole('tab', { name: 'Reviews' }).click();
    const items = panel.getByTestId('review-item');
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(9);
    const hostile = panel.locator(`[data-testid="review-item"][data-review-id="${HOSTILE_ID}"]`);
    expect(await hostile.textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await hostile.locator('img, script, b').count()).toBe(0);
    const negative = panel.locator(`[data-testid="review-item"][data-review-id="${FRESH_ID}"]`);
    await expect.poll(() => negative.getByTestId('review-label').textContent()).toBe('Negative');
    expect(await panel.getByTestId('polarity-chart').getAttribute('data-total')).toBe('9');
    await tab.close();
    await panel.close();
  });
});
