/**
 * Review sentiment on the markets added after the foundation, end to end in real Chromium: each page a
 * hand-made fixture (see its header and SOURCE.txt) served at its real hostname, so the marketplace
 * content script's real `matches` fire.
 * - A Shopee Taiwan product page: its Traditional-Chinese reviews are stored under the product's
 *   `<region>.<item id>` key, read by the Chinese model (Traditional read as Simplified), and the 1★
 *   review written today raises a negative-review alert in Chinese; the side panel's Reviews view
 *   shows them with the aspect chart.
 * - A Taobao item page (2023 layout): its reviews, which carry no stars, are judged by their words
 *   alone; the one written today that complains of quality and service raises the alert, the
 *   placeholder of a review without text is no complaint.
 * - A Mercado Libre item page: its Spanish opinions are stored and marked as a language the model
 *   does not read (no guessed polarity), and today's 1★ one still raises an alert by its stars.
 * - An eBay Feedback profile: the first visit stores the entries under the items they name, as history
 *   (no alert for feedback that was there before the seller looked); a negative feedback that appears
 *   on the next visit is news and raises an alert on its item.
 * Fails without the shopee/product, taobao/product, mercadolibre/product (opinions) or ebay/reviews
 * parser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, ROOT, waitFor, type Harness } from './harness';
import type { ListingRecord, ReviewRecord } from '../../lib/db/types';
import type { Alert } from '../../lib/schemas/alert';

const SHOPEE_PATH = '/product/178293456/24681357913';
const SHOPEE_FIXTURE = 'tests/fixtures/shopee/product/product-2024_shopee-tw.html';
const SHOPEE_LISTING = 'shopee:tw.24681357913';

const TAOBAO_PATH = '/item.htm?id=652301847716';
const TAOBAO_FIXTURE = 'tests/fixtures/taobao/product/detail-2023_item-taobao-com.html';
const TAOBAO_LISTING = 'taobao:652301847716';

const MELI_PATH = '/MLM-1987654321-cafetera-espresso-automatica-20-bares-acero-_JM';
const MELI_FIXTURE = 'tests/fixtures/mercadolibre/product/articulo-item_mercadolibre-com-mx.html';
const MELI_LISTING = 'mercadolibre:MLM1987654321';
const MESES = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'];

const EBAY_PATH = '/fdbk/feedback_profile/tidewave_audio';
const EBAY_FIXTURE = 'tests/fixtures/ebay/reviews/feedback-profile-all_www-ebay-com.html';

/** The Shopee page with its 1★ review (拾***光) written today: new, so it alerts. */
function shopeePage(): string {
  const html = readFileSync(join(ROOT, SHOPEE_FIXTURE), 'utf8');
  const today = new Date().toISOString().slice(0, 10);
  if (!html.includes('2024-03-10 09:05')) throw new Error('fixture changed: 2024-03-10 not found');
  return html.replace('2024-03-10 09:05', `${today} 09:05`);
}

/** The Taobao page with t***3's complaint written today. */
function taobaoPage(): string {
  const html = readFileSync(join(ROOT, TAOBAO_FIXTURE), 'utf8');
  const d = new Date();
  const today = `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
  if (!html.includes('2024年5月28日')) throw new Error('fixture changed: 2024年5月28日 not found');
  return html.replace('2024年5月28日', today);
}

/** The Mercado Libre page with its 1★ opinion ("NO LA COMPREN …") written today. */
function meliPage(): string {
  const html = readFileSync(join(ROOT, MELI_FIXTURE), 'utf8');
  const d = new Date();
  const today = `${d.getUTCDate()} ${MESES[d.getUTCMonth()]}. ${d.getUTCFullYear()}`;
  if (!html.includes('28 dic. 2024')) throw new Error('fixture changed: 28 dic. 2024 not found');
  return html.replace('28 dic. 2024', today);
}

/** A negative feedback on the speaker that the seller has not seen yet, first in the list. */
const NEW_NEGATIVE = `<li class="fdbk-container" data-testid="feedback-cards">
  <div class="fdbk-container__details">
    <div class="fdbk-container__details__top__text">
      <div class="fdbk-container__details__info">
        <div class="fdbk-container__details__info__icon"><svg class="icon icon--feedback-negative" focusable="false" role="img" data-test-id="shared-feedback-component-NEGATIVE" data-test-type="negative" aria-label="Negative feedback rating"><use href="#icon-feedback-negative-16"></use></svg></div>
        <div class="fdbk-container__details__info__username"><span>r***e (3)</span><span class="fb-clipped">- Feedback left by buyer.</span></div>
        <div class="fdbk-container__details__info__divide"><div class="fdbk-container__details__info__divide__list-bullet"><span class="fdbk-container__details__info__divide__time"><span>Past month</span></span></div></div>
        <div class="fdbk-container__details__verified__purchase"><span>Verified purchase</span></div>
      </div>
    </div>
    <div class="fdbk-container__details__top"><div class="fdbk-container__details__comment"><span>Never received the speaker, tracking has not moved in two weeks and the seller does not answer.</span></div></div>
    <div class="fdbk-container__details__item-link"><a href="https://www.ebay.com/itm/285917364021?_trksid=p2545226.m2548.l2600"><span>Tidewave Pulse Mini Portable Bluetooth Speaker 12W IPX7 Waterproof 24H Black (#285917364021)</span></a></div>
  </div>
</li>`;

let ebayVisits = 0;
/** The profile as eBay serves it: the second visit shows one more (negative) entry at the top. */
function ebayPage(): string {
  ebayVisits++;
  const html = readFileSync(join(ROOT, EBAY_FIXTURE), 'utf8');
  if (ebayVisits === 1) return html;
  const at = html.indexOf('<li class="fdbk-container"');
  if (at < 0) throw new Error('fixture changed: no feedback card');
  return `${html.slice(0, at)}${NEW_NEGATIVE}\n${html.slice(at)}`;
}

let h: Harness;
beforeAll(async () => {
  h = await launch([
    { host: 'shopee.tw', path: SHOPEE_PATH, body: shopeePage },
    { host: 'item.taobao.com', path: TAOBAO_PATH, body: taobaoPage },
    { host: 'articulo.mercadolibre.com.mx', path: MELI_PATH, body: meliPage },
    { host: 'www.ebay.com', path: EBAY_PATH, body: ebayPage },
  ]);
});
afterAll(async () => h?.close());

describe('reviews on Shopee and eBay (real Chromium)', () => {
  it('labels a Shopee Taiwan product’s Traditional-Chinese reviews and alerts on today’s 1★ one', async () => {
    const tab = await h.context.newPage();
    await tab.goto(`https://shopee.tw${SHOPEE_PATH}`, { waitUntil: 'domcontentloaded' });
    const rows = await waitFor(
      async () => {
        const all = (await h.dbRows<ReviewRecord>('reviews')).filter(
          (r) => r.listingId === SHOPEE_LISTING,
        );
        return all.length === 5 && all.every((r) => r.label !== undefined) ? all : null;
      },
      40_000,
      '5 classified Shopee reviews',
    );
    const byAuthor = (a: string) => rows.find((r) => r.author === a)!;
    // Read as Chinese, not marked as a language the model cannot read.
    expect(rows.filter((r) => r.body !== '').every((r) => r.lang === 'zh')).toBe(true);
    expect(byAuthor('拾***光')).toMatchObject({ rating: 1, label: 'negative', variant: '白色,M' });
    expect(byAuthor('h*****8').label).toBe('positive');
    // The 4★ review that complains about the delivery keeps its shipping complaint.
    expect(byAuthor('m*****a').aspects).toContainEqual(
      expect.objectContaining({ aspect: 'shipping', polarity: 'negative' }),
    );
    // Markup typed into a review is text.
    expect(byAuthor('s*****t').body).toContain('<img src=x onerror=alert(1)>');

    const product = (await h.dbRows<ListingRecord>('listings')).find(
      (l) => l.id === SHOPEE_LISTING,
    );
    expect(product).toMatchObject({ price: { amount: 299, currency: 'TWD' } });
    expect(product?.own).toBeFalsy();

    const alert = await waitFor(
      async () =>
        (await h.dbRows<Alert>('alerts')).find(
          (a) => a.kind === 'negative-review' && a.subject === SHOPEE_LISTING,
        ) ?? null,
      20_000,
      'the Shopee negative-review alert',
    );
    expect(alert.severity).toBe('warning');
    expect(alert.message.zh).toContain('新增 1 星评论');
    // Only today's review is news: the older 2★ one is history.
    expect(
      (await h.dbRows<Alert>('alerts')).filter(
        (a) => a.kind === 'negative-review' && a.subject === SHOPEE_LISTING,
      ),
    ).toHaveLength(1);

    const panel = await h.openExtensionPage('sidepanel.html');
    await panel.getByRole('button', { name: '中文' }).click();
    await panel.getByRole('tab', { name: '评论' }).click();
    const items = panel.getByTestId('review-item');
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(5);
    expect(await panel.locator('[data-testid="review-item"] img').count()).toBe(0);
    const chart = panel.getByTestId('aspect-chart');
    await chart.waitFor();
    expect(Number(await chart.getAttribute('data-total'))).toBeGreaterThan(0);
    expect(await panel.getByTestId('polarity-chart').getAttribute('data-total')).toBe('5');
    await panel.close();
    await tab.close();
  });

  it('judges Taobao reviews, which have no stars, by their words and alerts on today’s complaint', async () => {
    const tab = await h.context.newPage();
    await tab.goto(`https://item.taobao.com${TAOBAO_PATH}`, { waitUntil: 'domcontentloaded' });
    const rows = await waitFor(
      async () => {
        const all = (await h.dbRows<ReviewRecord>('reviews')).filter(
          (r) => r.listingId === TAOBAO_LISTING,
        );
        return all.length === 6 && all.every((r) => r.label !== undefined) ? all : null;
      },
      40_000,
      '6 classified Taobao reviews',
    );
    const byAuthor = (a: string) => rows.find((r) => r.author === a)!;
    expect(rows.every((r) => r.rating === null && r.lang === 'zh')).toBe(true);
    expect(byAuthor('t***3')).toMatchObject({ label: 'negative' });
    expect(byAuthor('t***3').aspects).toContainEqual(
      expect.objectContaining({ aspect: 'quality', polarity: 'negative' }),
    );
    expect(byAuthor('小***鱼').label).toBe('positive');
    expect(byAuthor('j***k')).toMatchObject({ body: '此用户没有填写评价。', label: 'neutral' });
    // The follow-up is part of the review it follows.
    expect(byAuthor('阿***哲').body).toContain('追评（45天后）');
    const product = (await h.dbRows<ListingRecord>('listings')).find(
      (l) => l.id === TAOBAO_LISTING,
    );
    expect(product).toMatchObject({ price: { amount: 89, currency: 'CNY' } });

    const alert = await waitFor(
      async () =>
        (await h.dbRows<Alert>('alerts')).find(
          (a) => a.kind === 'negative-review' && a.subject === TAOBAO_LISTING,
        ) ?? null,
      20_000,
      'the Taobao negative-review alert',
    );
    expect(alert.message.zh).toContain('青屿轻氧速干运动T恤男');
    expect(
      (await h.dbRows<Alert>('alerts')).filter(
        (a) => a.kind === 'negative-review' && a.subject === TAOBAO_LISTING,
      ),
    ).toHaveLength(1);
    await tab.close();
  });

  it('marks Mercado Libre’s Spanish opinions as not read, and alerts on today’s 1★ one by its stars', async () => {
    const tab = await h.context.newPage();
    await tab.goto(`https://articulo.mercadolibre.com.mx${MELI_PATH}`, {
      waitUntil: 'domcontentloaded',
    });
    const rows = await waitFor(
      async () => {
        const all = (await h.dbRows<ReviewRecord>('reviews')).filter(
          (r) => r.listingId === MELI_LISTING,
        );
        return all.length === 4 && all.every((r) => r.label !== undefined) ? all : null;
      },
      40_000,
      '4 classified Mercado Libre opinions',
    );
    // Never a guessed polarity on a language the model does not read.
    expect(rows.every((r) => r.lang === 'es' && r.label === 'unknown')).toBe(true);
    expect(rows.map((r) => r.rating).toSorted()).toEqual([1, 2, 4, 5]);
    const alert = await waitFor(
      async () =>
        (await h.dbRows<Alert>('alerts')).find(
          (a) => a.kind === 'negative-review' && a.subject === MELI_LISTING,
        ) ?? null,
      20_000,
      'the Mercado Libre negative-review alert',
    );
    expect(alert.message.en).toMatch(/1★/);
    expect(alert.message.en).toContain('in Spanish, text not analysed');
    expect(alert.message.zh).toContain('未做情感分析');
    await tab.close();
  });

  it('keeps an eBay Feedback profile as history, then alerts on a new negative feedback', async () => {
    const tab = await h.context.newPage();
    await tab.goto(`https://www.ebay.com${EBAY_PATH}`, { waitUntil: 'domcontentloaded' });
    const first = await waitFor(
      async () => {
        const all = (await h.dbRows<ReviewRecord>('reviews')).filter((r) => r.market === 'ebay');
        return all.length === 6 && all.every((r) => r.label !== undefined) ? all : null;
      },
      40_000,
      '6 classified eBay feedback entries',
    );
    expect(first.filter((r) => r.listingId === 'ebay:285917364021')).toHaveLength(3);
    const negative = first.find((r) => r.author === 'k***n')!;
    expect(negative).toMatchObject({ rating: 1, label: 'negative', lang: 'en' });
    expect(negative.aspects).toContainEqual(
      expect.objectContaining({ aspect: 'shipping', polarity: 'negative' }),
    );
    // Feedback that was there before the seller first looked is history, not news.
    const ebayAlerts = async () =>
      (await h.dbRows<Alert>('alerts')).filter(
        (a) => a.kind === 'negative-review' && a.subject.startsWith('ebay:'),
      );
    expect(await ebayAlerts()).toEqual([]);

    // Captures of one page are at most one every few seconds: wait, then look again.
    await new Promise((ok) => setTimeout(ok, 6_000));
    await tab.reload({ waitUntil: 'domcontentloaded' });
    const alert = await waitFor(
      async () => (await ebayAlerts())[0] ?? null,
      40_000,
      'the eBay negative-review alert',
    );
    expect(alert.subject).toBe('ebay:285917364021');
    expect(alert.message.en).toMatch(/Tidewave Pulse Mini/);
    expect(await ebayAlerts()).toHaveLength(1);
    const stored = (await h.dbRows<ReviewRecord>('reviews')).find((r) => r.author === 'r***e');
    expect(stored).toMatchObject({ rating: 1, label: 'negative', listingId: 'ebay:285917364021' });
    await tab.close();
  });
});
