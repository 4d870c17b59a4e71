/**
 * JD review capture, end to end in real Chromium: the hand-made classic JD item page served at
 * item.jd.com/100012345678.html, with its review list rendered by the page's own script after the
 * page (as JD does after its comment XHR), so the content script sees only the product first and the
 * reviews on the DOM mutation → background ingest → the Chinese reviews labelled in the service worker
 * → side panel Reviews view in Chinese (labels, aspect chart) and a negative-review alert for the one
 * review written today. The extension makes no request of its own (privacy.e2e.ts checks the traffic).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, ROOT, waitFor, type Harness } from './harness';
import type { ListingRecord, ReviewRecord } from '../../lib/db/types';
import type { Alert } from '../../lib/schemas/alert';

const PATH = '/100012345678.html';
const FIXTURE = 'tests/fixtures/jd/product/classic_item-jd-com.html';
/** The 1★ review with markup in its text, dated today below: new, so it alerts. */
const FRESH_ID = '0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';

/**
 * The fixture as JD serves it: the review list arrives 600 ms after the page (the page's script
 * renders it), and the hostile 1★ review is today's.
 */
function page(): string {
  const html = readFileSync(join(ROOT, FIXTURE), 'utf8');
  const today = new Date().toISOString().slice(0, 10);
  const withToday = html.replace('2024-05-27 22:48', `${today} 08:30`);
  const start = withToday.indexOf('<div id="comment-0" data-tab="item">');
  const open = withToday.indexOf('>', start) + 1;
  const end = withToday.indexOf('<div class="com-table-footer">', open);
  if (start < 0 || end < 0) throw new Error('fixture layout changed: #comment-0 not found');
  const cards = withToday.slice(open, end);
  const render = `<script>setTimeout(function(){document.getElementById('comment-0').insertAdjacentHTML('afterbegin', document.getElementById('jd-comments').innerHTML)},600)</script>`;
  return (
    withToday.slice(0, open) +
    withToday
      .slice(end)
      .replace('</body>', `<template id="jd-comments">${cards}</template>${render}</body>`)
  );
}

let h: Harness;
beforeAll(async () => {
  h = await launch([{ host: 'item.jd.com', path: PATH, body: page }]);
});
afterAll(async () => h?.close());

describe('JD reviews (real Chromium)', () => {
  it('captures the product, then the reviews JD renders later, and labels them in Chinese', async () => {
    const tab = await h.context.newPage();
    await tab.goto(`https://item.jd.com${PATH}`, { waitUntil: 'domcontentloaded' });
    const rows = await waitFor(
      async () => {
        const all = await h.dbRows<ReviewRecord>('reviews');
        return all.length === 8 && all.every((r) => r.label !== undefined) ? all : null;
      },
      40_000,
      '8 classified JD reviews',
    );
    expect(rows.every((r) => r.listingId === 'jd:100012345678' && r.market === 'jd')).toBe(true);
    expect(rows.filter((r) => r.lang === 'zh').length).toBeGreaterThanOrEqual(7);
    const fresh = rows.find((r) => r.reviewId === FRESH_ID)!;
    expect(fresh).toMatchObject({ rating: 1, variant: '曜石黑 XXL', label: 'negative' });
    expect(fresh.body).toContain('<img src=x onerror=alert(1)>');
    expect(rows.find((r) => r.author === '拾***光')!.label).toBe('negative');
    // The placeholder says nothing: never a complaint.
    expect(rows.find((r) => r.body === '此用户未填写评价内容')!.label).not.toBe('negative');

    const product = (await h.dbRows<ListingRecord>('listings')).find(
      (l) => l.id === 'jd:100012345678',
    );
    expect(product).toMatchObject({
      title: '青屿 轻氧速干运动T恤男 夏季冰丝透气短袖 跑步健身上衣',
      price: { amount: 89, currency: 'CNY' },
    });
    // The product first, the reviews on the mutation: two captures of one page.
    const captures = await h.dbRows<{ at: string; counts: { reviews: number } }>('captures');
    expect(
      captures.toSorted((a, b) => a.at.localeCompare(b.at)).map((c) => c.counts.reviews),
    ).toEqual([0, 8]);

    // Only the review written today is news: one negative-review alert, naming the product in Chinese.
    const alert = await waitFor(
      async () =>
        (await h.dbRows<Alert>('alerts')).find(
          (a) => a.dedupeKey === `negative-review:jd:${FRESH_ID}`,
        ),
      20_000,
      'the negative-review alert',
    );
    expect(alert.severity).toBe('warning');
    expect(alert.message.zh).toMatch(
      /^“青屿 轻氧速干运动T恤男 夏季冰丝透气短袖 跑步健身上衣”新增 1 星评论/,
    );
    expect(
      (await h.dbRows<Alert>('alerts')).filter((a) => a.kind === 'negative-review'),
    ).toHaveLength(1);

    const panel = await h.openExtensionPage('sidepanel.html');
    await panel.getByRole('button', { name: '中文' }).click();
    await panel.locator('[data-testid="alert-card"][data-kind="negative-review"]').waitFor();
    await panel.getByRole('tab', { name: '评论' }).click();
    const items = panel.getByTestId('review-item');
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(8);
    const item = panel.locator(`[data-testid="review-item"][data-review-id="${FRESH_ID}"]`);
    await expect.poll(() => item.getByTestId('review-label').textContent()).toBe('负面');
    expect(await item.textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await item.textContent()).toContain('曜石黑 XXL');
    expect(await item.locator('img').count()).toBe(0);
    const chart = panel.getByTestId('aspect-chart');
    await chart.waitFor();
    expect(Number(await chart.getAttribute('data-total'))).toBeGreaterThan(0);
    expect(await chart.getAttribute('aria-label')).toMatch(/^买家关注的方面/);
    expect(await panel.getByTestId('polarity-chart').getAttribute('data-total')).toBe('8');
    await tab.close();
    await panel.close();
  });
});
