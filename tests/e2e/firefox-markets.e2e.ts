/**
 * The later markets in real Firefox (Debian's firefox-esr, the Firefox build): a JD item page, an Etsy
 * listing page and its shop reviews page, and a Walmart product page (the hand-made fixtures of
 * tests/fixtures/{jd,etsy,walmart}, provenance in their SOURCE.txt), each served at its real URL.
 * The content scripts of the Firefox build must match these hosts and parse the pages, the event page
 * must store each product with its price and label its reviews (Chinese and English), the review read
 * on both Etsy pages must be stored once, and the sidebar page must list the three products and show
 * the JD reviews. The Chromium tests (jd-reviews, etsy, walmart) check each market in depth; this one
 * checks the Firefox build carries them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from './harness';
import { clickByText, launchFirefox, type FirefoxHarness } from './firefox-harness';
import type { CaptureRecord, ListingRecord, ReviewRecord } from '../../lib/db/types';

const JD = { host: 'item.jd.com', path: '/100012345678.html' };
const ETSY = { host: 'www.etsy.com', path: '/listing/1587412365/hand-thrown-speckled-ceramic-mug' };
const ETSY_SHOP = { host: 'www.etsy.com', path: '/shop/LunaLoomStudio/reviews' };
const WALMART = {
  host: 'www.walmart.com',
  path: '/ip/BrightHome-1-7L-Stainless-Steel-Electric-Kettle-Cordless-Auto-Shutoff-Silver/1728394056',
};
const url = (r: { host: string; path: string }) => `https://${r.host}${r.path}`;

let h: FirefoxHarness;
beforeAll(async () => {
  h = await launchFirefox([
    { ...JD, body: 'tests/fixtures/jd/product/classic_item-jd-com.html' },
    { ...ETSY, body: 'tests/fixtures/etsy/product/listing-sale_www-etsy-com.html' },
    { ...ETSY_SHOP, body: 'tests/fixtures/etsy/reviews/shop-reviews_www-etsy-com.html' },
    {
      ...WALMART,
      body: 'tests/fixtures/walmart/product/ip_third-party-seller_www-walmart-com.html',
    },
  ]);
});
afterAll(async () => h?.close());

/** The reviews of one listing once all are labelled, at least `min` of them. */
async function labelledReviews(listingId: string, min: number): Promise<ReviewRecord[]> {
  return waitFor(
    async () => {
      const rows = (await h.dbRows<ReviewRecord>('reviews')).filter(
        (r) => r.listingId === listingId,
      );
      return rows.length >= min && rows.every((r) => r.label !== undefined) ? rows : null;
    },
    40_000,
    `${min} labelled reviews of ${listingId}`,
  );
}

describe('JD, Etsy and Walmart (real Firefox ESR)', () => {
  it('captures each market’s product with its price and labels its reviews', async () => {
    for (const route of [JD, ETSY, ETSY_SHOP, WALMART]) {
      const page = await h.visit(url(route));
      await waitFor(
        async () =>
          (await h.dbRows<CaptureRecord>('captures')).find(
            (c) => c.url.startsWith(url(route)) && c.status === 'ok',
          ) ?? null,
        20_000,
        `an ok capture of ${url(route)}`,
      );
      await page.close();
    }

    const listings = await h.dbRows<ListingRecord>('listings');
    const price = (id: string) => listings.find((l) => l.id === id)?.price;
    expect(price('jd:100012345678')).toMatchObject({ currency: 'CNY' });
    expect(price('etsy:1587412365')).toEqual({ amount: 19.2, currency: 'USD' });
    expect(price('walmart:1728394056')).toMatchObject({ currency: 'USD' });

    const jd = await labelledReviews('jd:100012345678', 2);
    expect(jd.every((r) => r.lang === 'zh')).toBe(true);
    expect(jd.map((r) => r.label)).toContain('negative');

    // Maren's review is on the listing page and the shop reviews page: one review, not two.
    const etsy = await labelledReviews('etsy:1587412365', 3);
    expect(etsy.map((r) => r.author).toSorted()).toEqual(['Ada', 'Maren', 'Tobias']);
    expect(etsy.find((r) => r.author === 'Tobias')!.label).toBe('negative');

    const walmart = await labelledReviews('walmart:1728394056', 1);
    expect(walmart.every((r) => r.lang === 'en')).toBe(true);
  });

  it('lists the three products in the sidebar page and shows the Chinese reviews', async () => {
    const panel = await h.openExtensionPage('sidepanel.html');
    await clickByText(panel, '[role="tab"]', 'Products');
    await panel.waitForFunction(
      () => document.querySelectorAll('[data-testid="product-row"]').length >= 3,
      { timeout: 10_000 },
    );
    const rows = await panel.$$eval('[data-testid="product-row"]', (els) =>
      els.map((e) => e.textContent ?? ''),
    );
    expect(rows.some((t) => t.includes('Hand-thrown Speckled'))).toBe(true);
    expect(rows.some((t) => t.includes('BrightHome'))).toBe(true);

    await clickByText(panel, '[role="tab"]', 'Reviews');
    await panel.waitForSelector('[data-testid="review-product"]', { timeout: 10_000 });
    await panel.select('[data-testid="review-product"]', 'jd:100012345678');
    await panel.waitForFunction(
      () =>
        [...document.querySelectorAll('[data-testid="review-item"]')].some(
          (e) =>
            e.getAttribute('data-label') === 'negative' &&
            /[\u4e00-\u9fff]/.test(e.textContent ?? ''),
        ),
      { timeout: 15_000 },
    );
    await panel.close();
  });
});
