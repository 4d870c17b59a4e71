/**
 * The Etsy market module on its hand-made fixtures (tests/fixtures/etsy/, provenance in SOURCE.txt):
 * URL matching, interstitials (DataDome, sign-in), the listing-page parser (sale price, currency from
 * the page, shop, the reviews about this listing and not the shop's other items) and the shop reviews
 * page (each review under the listing it names). Parsed through the real registry (parseDocument)
 * with linkedom, as the CLI does, and with jsdom, as a browser-like DOM.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jsdomDocument, linkedomDocument } from '../amazon/fixtures';
import { matchUrl, parseDocument, type ParseOutcome } from '../../../../lib/markets/index';
import { etsy } from '../../../../lib/markets/etsy';
import { reviewKey } from '../../../../lib/markets/etsy/parse-reviews';
import { matchEditorUrl } from '../../../../lib/markets/editors';
import {
  currencyFromLocaleText,
  parseEtsyDate,
  starsFromLabel,
} from '../../../../lib/markets/etsy/text';
import type { PageSnapshot, ReviewSnapshot } from '../../../../lib/schemas/snapshot';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/etsy/', import.meta.url));
const AT = '2024-11-20T10:00:00Z';
const LISTING_URL = 'https://www.etsy.com/listing/1587412365/hand-thrown-speckled-ceramic-mug';
const UK_URL = 'https://www.etsy.com/uk/listing/1587412365/hand-thrown-speckled-ceramic-mug';
const SHOP_REVIEWS_URL = 'https://www.etsy.com/shop/LunaLoomStudio/reviews';
const SALE = 'product/listing-sale_www-etsy-com.html';

const read = (file: string): string => readFileSync(FIXTURES + file, 'utf8');

function parseHtml(
  html: string,
  url: string,
  dom: 'linkedom' | 'jsdom' = 'linkedom',
): ParseOutcome {
  const doc = dom === 'jsdom' ? jsdomDocument(html) : linkedomDocument(html);
  return parseDocument(doc, url, AT);
}

function snapshotOf(html: string, url = LISTING_URL, dom: 'linkedom' | 'jsdom' = 'linkedom') {
  const out = parseHtml(html, url, dom);
  if (out.kind !== 'snapshot') throw new Error(JSON.stringify(out).slice(0, 400));
  return out.snapshot;
}

const byAuthor = (s: PageSnapshot, author: string): ReviewSnapshot =>
  s.reviews!.find((r) => r.author === author)!;

describe('matchUrl', () => {
  it.each([
    [LISTING_URL, 'product'],
    ['https://www.etsy.com/listing/1587412365', 'product'],
    ['https://www.etsy.com/listing/1587412365/mug?ref=hp_rv-3&sts=1', 'product'],
    [UK_URL, 'product'],
    ['https://www.etsy.com/de/listing/1587412365/keramikbecher', 'product'],
    ['https://www.etsy.com/in-en/listing/1587412365/mug', 'product'],
    [SHOP_REVIEWS_URL, 'reviews'],
    ['https://www.etsy.com/uk/shop/LunaLoomStudio/reviews?ref=pagination&page=2', 'reviews'],
    ['https://www.etsy.com/shop/LunaLoomStudio', null],
    ['https://www.etsy.com/listing/1587412365/mug/reviews', 'product'],
    ['https://www.etsy.com/search?q=mug', null],
    ['https://www.etsy.com/your/shops/me/listing-editor/edit/1587412365', null],
    ['https://www.etsy.com/listing/', null],
    ['https://www.etsy.com.evil.example/listing/1587412365/mug', null],
    ['https://etsy.com/listing/1587412365/mug', null],
  ])('%s → %s', (url, pageType) => {
    const m = matchUrl(url);
    if (pageType === null) expect(m).toBeNull();
    else expect(m).toMatchObject({ market: 'etsy', pageType, parserId: `etsy/${pageType}` });
  });

  it('asks for the listing and shop paths of www.etsy.com only, over HTTPS', () => {
    expect(etsy.matches).toEqual([
      'https://www.etsy.com/listing/*',
      'https://www.etsy.com/*/listing/*',
      'https://www.etsy.com/shop/*',
      'https://www.etsy.com/*/shop/*',
      'https://www.etsy.com/your/shops/*/tools/listings*',
    ]);
  });

  it('leaves the listing editor to the editor registry', () => {
    const editor = 'https://www.etsy.com/your/shops/me/listing-editor/edit/1587412365';
    expect(matchEditorUrl(editor)?.market).toBe('etsy');
    expect(matchUrl(editor)).toBeNull();
  });
});

describe('detectBlocked', () => {
  it.each([
    ['blocked/datadome-captcha_www-etsy-com.html', LISTING_URL, 'captcha'],
    ['blocked/datadome-captcha_www-etsy-com.html', SHOP_REVIEWS_URL, 'captcha'],
    ['blocked/signin_www-etsy-com.html', SHOP_REVIEWS_URL, 'sign-in'],
    ['blocked/signin_www-etsy-com.html', LISTING_URL, 'sign-in'],
  ])('%s at %s is %s, never a snapshot', (file, url, reason) => {
    expect(parseHtml(read(file), url)).toMatchObject({ kind: 'blocked', reason });
  });

  it('does not take a listing page for an interstitial (DataDome tag, sign-in button, overlay open)', () => {
    const html = read(SALE);
    expect(etsy.detectBlocked(linkedomDocument(html), new URL(LISTING_URL))).toBeNull();
    const withOverlay = html.replace(
      '</body>',
      '<div id="join-neu-overlay"><form id="join-neu-form"><input id="join_neu_password_field" type="password"></form></div></body>',
    );
    expect(etsy.detectBlocked(linkedomDocument(withOverlay), new URL(LISTING_URL))).toBeNull();
  });

  it('knows DataDome by its settings script even when the frame has not been added yet', () => {
    const html = read('blocked/datadome-captcha_www-etsy-com.html')
      .replace(/<iframe[\s\S]*?<\/iframe>/, '')
      .replace(/<script data-cfasync="false" src=[^>]*><\/script>/, '')
      .replace('Please enable JS and disable any ad blocker', '');
    expect(parseHtml(html, LISTING_URL)).toMatchObject({ kind: 'blocked', reason: 'captcha' });
  });
});

describe('listing page on sale (US)', () => {
  const s = snapshotOf(read(SALE));

  it('reads the listing: id, title, the sale price in USD (not the original, Klarna or carousel prices), shop', () => {
    expect(s).toMatchObject({
      market: 'etsy',
      pageType: 'product',
      parser: { id: 'etsy/product' },
    });
    expect(s.listings).toEqual([
      {
        productKey: '1587412365',
        url: 'https://www.etsy.com/listing/1587412365',
        title: 'Hand-thrown Speckled Ceramic Mug, 12 oz Stoneware Coffee Cup',
        price: { amount: 19.2, currency: 'USD' },
        featuredOffer: { price: { amount: 19.2, currency: 'USD' }, sellerName: 'LunaLoomStudio' },
        rating: 4.8,
        ratingCount: 1283,
      },
    ]);
  });

  it("reads this item's reviews once each, with ids, stars, buyer, date and text", () => {
    expect(s.reviews!.map((r) => [r.rating, r.author, r.date, r.dateText])).toEqual([
      [5, 'Maren', '2024-11-03', 'Nov 3, 2024'],
      [2, 'Tobias', '2024-10-28', 'Oct 28, 2024'],
      [4, 'Ada', '2024-09-30', 'Sep 30, 2024'],
    ]);
    for (const r of s.reviews!) expect(r.id).toMatch(/^etsy-[0-9a-f]{16}$/);
    expect(byAuthor(s, 'Maren')).toEqual({
      id: expect.stringMatching(/^etsy-/),
      productKey: '1587412365',
      rating: 5,
      title: '',
      body: 'Beautiful mug, even nicer in person. The speckles are subtle and it keeps my coffee warm.\nPacked really well too.',
      date: '2024-11-03',
      dateText: 'Nov 3, 2024',
      author: 'Maren',
    });
  });

  it("takes the date from the caption, not the review text or the seller's response", () => {
    expect(byAuthor(s, 'Ada').date).toBe('2024-09-30'); // the text says "on 10/01/2024"
    expect(byAuthor(s, 'Maren').body).not.toContain('Thank you'); // the response, dated Nov 5
  });

  it('keeps markup in a review as inert text', () => {
    expect(byAuthor(s, 'Tobias').body).toBe(
      'Arrived chipped on the rim <script>alert("x")</script> <img src=x onerror=alert(1)> and the handle is smaller than in the photos.',
    );
  });

  it("leaves out the shop tab's review of another item, and says so", () => {
    expect(s.reviews!.some((r) => r.body.includes('bowl cracked'))).toBe(false);
    expect(s.reviews!.every((r) => r.productKey === '1587412365')).toBe(true);
    expect(s.warnings).toEqual([
      "1 shop review(s) not about this listing (another item, or no item named) left out: the shop's reviews page reads them",
    ]);
  });

  it('gives the same snapshot in jsdom', () => {
    expect(snapshotOf(read(SALE), LISTING_URL, 'jsdom')).toEqual(s);
  });
});

describe('listing page in the UK, with variations', () => {
  const s = snapshotOf(read('product/listing-uk-variations_www-etsy-com.html'), UK_URL);

  it('reads the lowest price "£18.50+" in GBP and keeps the listing id as the product', () => {
    expect(s.listings![0]).toMatchObject({
      productKey: '1587412365',
      url: 'https://www.etsy.com/listing/1587412365',
      price: { amount: 18.5, currency: 'GBP' },
      featuredOffer: { price: { amount: 18.5, currency: 'GBP' }, sellerName: 'LunaLoomStudio' },
    });
  });

  it('reads "03 Nov, 2024" dates and both card generations', () => {
    expect(s.reviews!.map((r) => [r.rating, r.author, r.date, r.dateText])).toEqual([
      [5, 'Maren', '2024-11-03', '03 Nov, 2024'],
      [4, 'Ellie', '2023-02-14', '14 Feb, 2023'],
    ]);
  });

  it('leaves out a shop-tab review that names no item', () => {
    expect(s.reviews!.some((r) => r.author === 'Sam')).toBe(false);
  });
});

describe('currency and price edge cases', () => {
  const sale = read(SALE);

  it('reads a bare "$" as the currency the footer names (CAD), not USD', () => {
    const html = sale.replace('<span>$ (USD)</span>', '<span>$ (CAD)</span>');
    expect(snapshotOf(html).listings![0]!.price).toEqual({ amount: 19.2, currency: 'CAD' });
  });

  it("falls back to the JSON-LD offer's currency without the footer", () => {
    const html = sale
      .replace(/<footer[\s\S]*<\/footer>/, '')
      .replace('"priceCurrency":"USD"', '"priceCurrency":"AUD"');
    expect(snapshotOf(html).listings![0]!.price).toEqual({ amount: 19.2, currency: 'AUD' });
  });

  it('keeps a price in an explicit other currency ("€21,00" for a buyer in Germany) without a warning', () => {
    const html = sale
      .replace('$19.20\n', '21,00&nbsp;€\n')
      .replace('<span>$ (USD)</span>', '<span>€ (EUR)</span>');
    const s = snapshotOf(html);
    expect(s.listings![0]!.price).toEqual({ amount: 21, currency: 'EUR' });
    expect(s.warnings?.some((w) => w.startsWith('price'))).toBeFalsy();
  });

  it('is null plus a warning, never 0, when the buy box shows no price', () => {
    const html = sale.replace(
      /<div data-selector="price-only"[\s\S]*?<\/div>\s*<\/div>/,
      '<div data-selector="price-only"></div></div>',
    );
    const s = snapshotOf(html);
    expect(s.listings![0]!.price).toBeNull();
    expect(s.listings![0]!.featuredOffer).toEqual({ price: null, sellerName: 'LunaLoomStudio' });
    expect(s.warnings).toContain('no price shown in the buy box');
  });

  it('is null plus a warning when the price text is unreadable', () => {
    const html = sale.replace('$19.20\n', '$19.2.0\n');
    const s = snapshotOf(html);
    expect(s.listings![0]!.price).toBeNull();
    expect(s.warnings!.some((w) => w.startsWith('price: unreadable price "$19.2.0'))).toBe(true);
  });
});

describe('shop reviews page', () => {
  const s = snapshotOf(read('reviews/shop-reviews_www-etsy-com.html'), SHOP_REVIEWS_URL);

  it('keeps each review under the listing it names, and reports no listing rows', () => {
    expect(s).toMatchObject({
      market: 'etsy',
      pageType: 'reviews',
      parser: { id: 'etsy/reviews' },
    });
    expect(s.listings).toBeUndefined();
    expect(s.reviews!.map((r) => [r.productKey, r.rating, r.author, r.date])).toEqual([
      ['1587412365', 5, 'Maren', '2024-11-03'],
      ['1587412001', 1, 'Etsy buyer', '2024-10-30'],
      ['1587412002', 4, 'Lee', '2024-10-12'],
    ]);
    expect(byAuthor(s, 'Etsy buyer').body).toBe(
      'The bowl cracked in the dishwasher after a week. <b>Not food safe?</b>',
    );
    expect(s.warnings).toEqual(['1 review(s) naming no listing left out']);
  });

  it('names each review’s item as its card does, so a listing known only from here has a title', () => {
    expect(s.reviews!.map((r) => r.productTitle)).toEqual([
      'Hand-thrown Speckled Ceramic Mug, 12 oz Stoneware Coffee Cup',
      'Speckled Ceramic Bowl',
      'Espresso Cup Set of 2',
    ]);
    // A listing page's own reviews need none: the page gives the listing its title.
    expect(snapshotOf(read(SALE)).reviews!.every((r) => r.productTitle === undefined)).toBe(true);
  });

  it('gives a review the id it has on the listing pages, so a review read on both is stored once', () => {
    const us = byAuthor(snapshotOf(read(SALE)), 'Maren');
    const uk = byAuthor(
      snapshotOf(read('product/listing-uk-variations_www-etsy-com.html'), UK_URL),
      'Maren',
    );
    // The shop page shows the text cut short and the listing pages carry Etsy's own card id: still one review.
    expect(byAuthor(s, 'Maren').body).toBe('Beautiful mug, even nicer in person.');
    expect(byAuthor(s, 'Maren').id).toBe(us.id);
    expect(uk.id).toBe(us.id); // "03 Nov, 2024" in the UK, "Nov 3, 2024" in the US: the same day
  });

  it('gives cards without an id stable hashed ids, the same in jsdom and on every parse', () => {
    const ids = s.reviews!.map((r) => r.id);
    for (const id of ids) expect(id).toMatch(/^etsy-[0-9a-f]{16}$/);
    expect(new Set(ids).size).toBe(3);
    const again = snapshotOf(
      read('reviews/shop-reviews_www-etsy-com.html'),
      SHOP_REVIEWS_URL,
      'jsdom',
    );
    expect(again.reviews!.map((r) => r.id)).toEqual(ids);
  });
});

describe('layouts the parser cannot read', () => {
  it.each([
    ['product/broken-layout_www-etsy-com.html', LISTING_URL, 'etsy/product', /neither the title/],
    [
      'product/broken-reviews_www-etsy-com.html',
      LISTING_URL,
      'etsy/product',
      /2 review cards on the page but none could be read/,
    ],
    ['product/broken-layout_www-etsy-com.html', SHOP_REVIEWS_URL, 'etsy/reviews', /no review list/],
  ])('%s at %s is a typed failure (parser-health)', (file, url, parser, error) => {
    const out = parseHtml(read(file), url);
    expect(out.kind).toBe('failed');
    if (out.kind === 'failed') {
      expect(out.parser).toEqual({ id: parser, version: 1 });
      expect(out.error).toMatch(error);
    }
  });
});

describe('Etsy text', () => {
  it.each([
    ['Nov 3, 2024', '2024-11-03'],
    ['03 Nov, 2024', '2024-11-03'],
    ['3 Nov 2024', '2024-11-03'],
    ['November 3, 2024', '2024-11-03'],
    ['Maren Nov 3, 2024', '2024-11-03'],
    ['Etsy buyer on 03 Nov, 2024', '2024-11-03'],
    ['03.11.2024', '2024-11-03'],
    ['3. Nov. 2024', '2024-11-03'],
    ['Sep 30, 2024', '2024-09-30'],
    ['Nov 31, 2024', null],
    ['yesterday', null],
    ['', null],
  ])('date %s → %s', (text, iso) => {
    expect(parseEtsyDate(text)).toBe(iso);
  });

  it('reads US month-first numeric dates only on a US page', () => {
    expect(parseEtsyDate('11/03/2024', 'en-US')).toBe('2024-11-03');
    expect(parseEtsyDate('11/03/2024', 'en-GB')).toBe('2024-03-11');
  });

  it('reads star labels and the footer currency', () => {
    expect(starsFromLabel('Rating: 5 out of 5')).toBe(5);
    expect(starsFromLabel('4 out of 5 stars')).toBe(4);
    expect(starsFromLabel('4,5 von 5 Sternen')).toBe(4.5);
    expect(starsFromLabel('4')).toBe(4);
    expect(starsFromLabel('Rating')).toBeNull();
    expect(starsFromLabel('7 out of 5')).toBeNull();
    expect(currencyFromLocaleText('United States | English (US) | $ (USD)')).toBe('USD');
    expect(currencyFromLocaleText('Terms of Use')).toBeNull();
  });
});

describe('reviewKey', () => {
  it("identifies a named buyer's review by listing, buyer and day, so an edited text keeps its id", () => {
    expect(reviewKey('1', 'Maren', '2024-11-03', 'Great mug')).toBe(
      reviewKey('1', ' maren ', '2024-11-03', 'Changed my mind: it leaks'),
    );
    expect(reviewKey('1', 'Maren', '2024-11-03', 'x')).not.toBe(
      reviewKey('1', 'Maren', '2024-11-04', 'x'),
    );
    expect(reviewKey('1', 'Maren', '2024-11-03', 'x')).not.toBe(
      reviewKey('2', 'Maren', '2024-11-03', 'x'),
    );
  });

  it('tells apart anonymous reviews of one day by the start of their text, cut short or not', () => {
    const a = reviewKey(
      '1',
      'Etsy buyer',
      '2024-10-30',
      'The bowl cracked in the dishwasher after a week.',
    );
    expect(reviewKey('1', 'Etsy buyer', '2024-10-30', 'Lovely glaze, fast shipping')).not.toBe(a);
    expect(reviewKey('1', 'Etsy-Käufer', '2024-10-30', 'Lovely glaze')).not.toBe(
      reviewKey('1', 'Etsy-Käufer', '2024-10-30', 'Zu klein'),
    );
    expect(reviewKey('1', 'Etsy buyer', '2024-10-30', 'The  bowl cracked in the dishwasher…')).toBe(
      a,
    );
    expect(reviewKey('1', '', '2024-10-30', 'Lovely')).not.toBe(
      reviewKey('1', '', '2024-10-30', 'Awful'),
    );
  });
});
