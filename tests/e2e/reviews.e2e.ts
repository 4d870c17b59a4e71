/**
 * Review sentiment, end to end in real Chromium: the real saved Amazon review page served at
 * www.amazon.com/product-reviews/B0BBPNPZTC -> content script -> background (ingest, then the model is
 * fetched from the package and every review labelled in the service worker) -> IndexedDB -> side panel
 * Reviews tab (labels, highlighted aspect spans, charts). A second visit to the same page, now carrying
 * one new, hostile 2★ review, raises a negative-review alert; the 2024 reviews of the first visit do not.
 * A third, after the buyer revised that review to 5★, resolves the alert and keeps the earlier version.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Download } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, ROOT, waitFor, type Harness } from './harness';
import type { ListingRecord, ReviewRecord } from '../../lib/db/types';
import type { Alert } from '../../lib/schemas/alert';
import { reviewText } from '../../lib/alerts/review-text';

const PATH = '/product-reviews/B0BBPNPZTC';
const FIXTURE = 'tests/fixtures/amazon/reviews/Amazon.com_Customer_reviews.html';
const NEW_ID = 'RE2ENEWREV0001';
const NEW_BODY =
  'The bottle arrived leaking and the box was crushed. <img src=x onerror=alert(1)> Shipping took three weeks.';

/** What the buyer changed it to once the seller had sent a replacement. */
const REVISED_BODY =
  'Update: the seller sent a replacement right away and it works great. Great product, great seller.';

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The same page a few weeks later: the card of R1DA3S956E3N51 becomes a new 2★ review written today,
 * whose text contains markup as visible characters (escaped in the HTML, as Amazon serves it).
 */
function pageWithNewReview(revised = false): string {
  const html = readFileSync(join(ROOT, FIXTURE), 'utf8');
  const start = html.indexOf('<div id="R1DA3S956E3N51" data-hook="review"');
  const end = html.indexOf('data-hook="review"', start + 50);
  if (start < 0 || end < 0)
    throw new Error('fixture layout changed: card R1DA3S956E3N51 not found');
  const today = new Date().toLocaleDateString('en-US', {
    month: 'long',
    day: 'numeric',
    year: 'numeric',
  });
  const card = html
    .slice(start, end)
    .replaceAll('R1DA3S956E3N51', NEW_ID)
    .replace('a-star-5', revised ? 'a-star-5' : 'a-star-2')
    .replace('5.0 out of 5 stars', revised ? '5.0 out of 5 stars' : '2.0 out of 5 stars')
    .replace(
      /<span>FALSE ADVERTISING![^<]*<\/span>/,
      revised ? '<span>Seller made it right</span>' : '<span>Arrived broken</span>',
    )
    .replace(
      /<span>I thought this was regular sized Don\.[^<]*<\/span>/,
      `<span>${escapeHtml(revised ? REVISED_BODY : NEW_BODY)}</span>`,
    )
    .replace('May 24, 2024', today);
  return html.slice(0, start) + card + html.slice(end);
}

/** A downloaded CSV as rows (the byte-order mark checked and dropped). */
async function csvOf(download: Download): Promise<string[][]> {
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
}

let h: Harness;
beforeAll(async () => {
  h = await launch([{ host: 'www.amazon.com', path: PATH, body: FIXTURE }]);
});
afterAll(async () => h?.close());

async function labelledReviews(min: number): Promise<ReviewRecord[]> {
  return waitFor(
    async () => {
      const rows = await h.dbRows<ReviewRecord>('reviews');
      return rows.length >= min && rows.every((r) => r.label !== undefined && r.modelVersion)
        ? rows
        : null;
    },
    30_000,
    `${min} classified reviews in IndexedDB`,
  );
}

describe('review sentiment (real Chromium)', () => {
  it('labels the 10 real reviews in the worker and shows them with highlighted aspects and charts', async () => {
    const page = await h.context.newPage();
    await page.goto(`https://www.amazon.com${PATH}`, { waitUntil: 'domcontentloaded' });
    const rows = await labelledReviews(10);
    expect(rows).toHaveLength(10);
    expect(rows.every((r) => r.listingId === 'amazon:B0BBPNPZTC' && r.lang === 'en')).toBe(true);
    expect(new Set(rows.map((r) => r.modelVersion)).size).toBe(1);
    const labels = rows.map((r) => r.label);
    expect(labels.filter((l) => l === 'positive').length).toBeGreaterThanOrEqual(5);
    expect(labels).toContain('negative'); // "FALSE ADVERTISING! ... IT SMELLS WEIRD!" although 5★
    const withAspects = rows.filter((r) => (r.aspects?.length ?? 0) > 0);
    expect(withAspects.length).toBeGreaterThan(0);

    // Reviews from 2024 on a first visit are history, not news: no negative-review alert.
    const alerts = await h.dbRows<Alert>('alerts');
    expect(alerts.filter((a) => a.kind === 'negative-review')).toEqual([]);

    // The page's header names the product: the panel shows its title, not its ASIN, and the price the
    // product page would give is not made up (a review page shows none).
    const product = await waitFor(
      async () =>
        (await h.dbRows<ListingRecord>('listings')).find((l) => l.id === 'amazon:B0BBPNPZTC'),
      10_000,
      'the product named by the review page',
    );
    expect(product).toMatchObject({
      title: 'Dawn Ultra Dishwashing Liquid Dish Soap, Original Scent, 38 fl oz (pack of 1)',
      price: null,
      rating: 4.8,
      ratingCount: 5849,
    });
    expect(await h.dbRows('pricePoints')).toEqual([]);

    const panel = await h.openExtensionPage('sidepanel.html');
    await panel.getByRole('tab', { name: 'Reviews' }).click();
    await expect
      .poll(() => panel.getByTestId('review-product').locator('option:checked').textContent())
      .toBe('Dawn Ultra Dishwashing Liquid Dish Soap · 10 reviews');
    // Amazon's own rating from the page header next to what the stored labels say.
    const pos = labels.filter((l) => l === 'positive').length;
    const neg = labels.filter((l) => l === 'negative').length;
    const neu = labels.filter((l) => l === 'neutral').length;
    const said = [`${pos} positive`, `${neg} negative`, ...(neu ? [`${neu} neutral`] : [])].join(
      ', ',
    );
    await expect
      .poll(() => panel.getByTestId('review-summary').textContent())
      .toBe(`4.8★ from 5,849 ratings on Amazon · 10 reviews read here: ${said}`);
    const items = panel.getByTestId('review-item');
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(10);
    for (const r of rows) {
      const item = panel.locator(`[data-testid="review-item"][data-review-id="${r.reviewId}"]`);
      await expect
        .poll(() => item.getByTestId('review-label').getAttribute('data-label'))
        .toBe(r.label);
    }
    // Every highlighted span is exactly the text the worker stored offsets for.
    const sample = withAspects[0]!;
    const { text } = reviewText(sample);
    const marks = await panel
      .locator(`[data-testid="review-item"][data-review-id="${sample.reviewId}"] mark`)
      .evaluateAll((els) => els.map((e) => ({ cls: e.className, text: e.textContent ?? '' })));
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) {
      expect(m.cls).toMatch(/^aspect-(negative|positive|neutral)$/);
      expect(text).toContain(m.text);
    }
    expect(marks.map((m) => m.text).join('')).toContain(
      text.slice(sample.aspects![0]!.start, sample.aspects![0]!.end).slice(0, 10),
    );

    // The aspect chart has data and drew pixels; the polarity chart counts all 10 reviews.
    const chart = panel.getByTestId('aspect-chart');
    await chart.waitFor();
    expect(Number(await chart.getAttribute('data-total'))).toBeGreaterThan(0);
    expect(await chart.getAttribute('aria-label')).toMatch(/^What customers talk about — /);
    const painted = await chart.evaluate((c) => {
      const canvas = c as HTMLCanvasElement;
      const px = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 3; i < px.length; i += 4) if (px[i]! > 0) n++;
      return { n, w: canvas.width, h: canvas.height };
    });
    expect(painted.w).toBeGreaterThan(0);
    expect(painted.n).toBeGreaterThan(100);
    expect(await panel.getByTestId('polarity-chart').getAttribute('data-total')).toBe('10');

    // Export CSV: a download (no network) with one row per review as stored, labels and scores.
    const [all] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByTestId('export-reviews').click(),
    ]);
    expect(all.suggestedFilename()).toMatch(
      /^seller-radar-reviews-B0BBPNPZTC-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const csvRows = await csvOf(all);
    expect(csvRows[0]!.slice(0, 5)).toEqual(['Review ID', 'Date', 'Stars', 'Sentiment', 'Score']);
    const byId = new Map(rows.map((r) => [r.reviewId, r]));
    expect(
      csvRows
        .slice(1)
        .map((c) => c[0])
        .toSorted(),
    ).toEqual([...byId.keys()].toSorted());
    for (const c of csvRows.slice(1)) {
      const r = byId.get(c[0]!)!;
      expect(c[3]).toBe(r.label!.charAt(0).toUpperCase() + r.label!.slice(1));
      expect(Number(c[4])).toBe(r.score);
      expect(c[7]).toBe(r.body);
    }

    // Filtering by label lists exactly the negative reviews, and the export follows the filter.
    await panel.getByTestId('filter-label').selectOption('negative');
    const negatives = rows.filter((r) => r.label === 'negative').length;
    await expect.poll(() => items.count()).toBe(negatives);
    const [filteredCsv] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByTestId('export-reviews').click(),
    ]);
    expect((await csvOf(filteredCsv)).length).toBe(1 + negatives);

    // The same view in Chinese.
    await panel.getByRole('button', { name: '中文' }).click();
    await panel.getByRole('tab', { name: '评论' }).waitFor();
    await expect.poll(() => panel.getByTestId('review-label').first().textContent()).toBe('负面');
    await panel.getByRole('button', { name: 'EN', exact: true }).click();
    await panel.getByRole('tab', { name: 'Reviews' }).waitFor();

    // The popup's summary counts the captured reviews and the negative ones.
    const popup = await h.openExtensionPage('popup.html');
    await expect
      .poll(() => popup.getByTestId('count-reviews').textContent())
      .toBe(`10 reviews captured · ${negatives} negative`);
    expect(negatives).toBeGreaterThan(0);
    await popup.close();
    await page.close();
    await panel.close();
  });

  it('raises a negative-review alert for a new 2★ review on the next visit, showing its markup as text', async () => {
    h.setRoute({ host: 'www.amazon.com', path: PATH, body: () => pageWithNewReview() });
    const page = await h.context.newPage();
    await page.goto(`https://www.amazon.com${PATH}`, { waitUntil: 'domcontentloaded' });
    const rows = await labelledReviews(11);
    const fresh = rows.find((r) => r.reviewId === NEW_ID)!;
    expect(fresh.rating).toBe(2);
    expect(fresh.body).toContain('<img src=x onerror=alert(1)>');
    expect(fresh.label).toBe('negative');

    const alert = await waitFor(
      async () =>
        (await h.dbRows<Alert>('alerts')).find(
          (a) => a.dedupeKey === `negative-review:amazon:${NEW_ID}`,
        ),
      20_000,
      'the negative-review alert',
    );
    expect(alert.severity).toBe('warning');
    expect(alert.message.en).toMatch(
      /^New 2★ review of Dawn Ultra Dishwashing Liquid Dish Soap: .*complaint/,
    );
    expect(alert.message.zh).toMatch(/^“Dawn Ultra Dishwashing Liquid Dish Soap”新增 2 星评论/);
    expect(
      (await h.dbRows<Alert>('alerts')).filter((a) => a.kind === 'negative-review'),
    ).toHaveLength(1);

    const panel = await h.openExtensionPage('sidepanel.html');
    const card = panel.locator('[data-testid="alert-card"][data-kind="negative-review"]');
    await card.waitFor({ timeout: 10_000 });
    await panel.getByRole('tab', { name: 'Reviews' }).click();
    const item = panel.locator(`[data-testid="review-item"][data-review-id="${NEW_ID}"]`);
    await item.waitFor();
    expect(await item.textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await item.locator('img').count()).toBe(0);
    expect(await item.locator('mark.aspect-negative').count()).toBeGreaterThan(0);
    await page.close();
    await panel.close();
  });

  it('resolves that alert when the buyer revises the review to 5★, and keeps what it said before', async () => {
    h.setRoute({ host: 'www.amazon.com', path: PATH, body: () => pageWithNewReview(true) });
    const page = await h.context.newPage();
    await page.goto(`https://www.amazon.com${PATH}`, { waitUntil: 'domcontentloaded' });
    const revised = await waitFor(
      async () =>
        (await h.dbRows<ReviewRecord>('reviews')).find(
          (r) => r.reviewId === NEW_ID && r.rating === 5 && r.label !== undefined,
        ),
      30_000,
      'the revised review, labelled again',
    );
    expect(revised.label).toBe('positive');
    expect(revised.revisions?.map((v) => [v.rating, v.title])).toEqual([[2, 'Arrived broken']]);
    expect(await h.dbRows<ReviewRecord>('reviews')).toHaveLength(11);

    const alert = await waitFor(
      async () =>
        (await h.dbRows<Alert>('alerts')).find(
          (a) => a.dedupeKey === `negative-review:amazon:${NEW_ID}` && a.state === 'resolved',
        ),
      20_000,
      'the negative-review alert resolved',
    );
    expect(alert.evidence.revisedTo).toMatchObject({ rating: 5, label: 'positive' });

    const panel = await h.openExtensionPage('sidepanel.html');
    await panel.getByRole('tab', { name: 'Reviews' }).click();
    const item = panel.locator(`[data-testid="review-item"][data-review-id="${NEW_ID}"]`);
    await item.waitFor();
    const before = item.getByTestId('review-revisions');
    expect(await before.locator('summary').textContent()).toBe('Revised by the buyer (was 2★)');
    await before.locator('summary').click();
    expect(await before.textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await item.locator('img').count()).toBe(0);
    await page.close();
    await panel.close();
  });
});
