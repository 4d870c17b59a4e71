/**
 * The eBay market module on its hand-made fixtures (tests/fixtures/ebay/, provenance in each page's
 * header and SOURCE.txt): URL matching on the eBay sites, the bot check and sign-in interstitials, the
 * item page (a new item on ebay.com, a used one on ebay.de, a listing with variations on ebay.co.uk, a
 * broken layout) and Seller Hub's Active listings (default columns, rearranged columns, rows not loaded
 * yet). Parsed through the real registry (parseDocument) with linkedom, as the CLI does, and with
 * jsdom, as a browser-like DOM; variants of a fixture are edits of its text in memory.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jsdomDocument, linkedomDocument } from '../amazon/fixtures';
import { matchUrl, parseDocument, type ParseOutcome } from '../../../../lib/markets/index';
import { matchEditorUrl } from '../../../../lib/markets/editors';
import { ebay } from '../../../../lib/markets/ebay';
import { EBAY_SITES } from '../../../../lib/markets/ebay/editor';
import { EBAY_SITE_INFO, type EbaySite } from '../../../../lib/markets/ebay/match';
import {
  ebayMoney,
  gtinOf,
  readEbayShipping,
  specificField,
} from '../../../../lib/markets/ebay/text';
import { ingestSnapshot } from '../../../../lib/db/ingest';
import { defaultSettings } from '../../../../lib/schemas/settings';
import type { ListingSnapshot, PageSnapshot } from '../../../../lib/schemas/snapshot';
import { freshDb } from '../../helpers';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/ebay/', import.meta.url));
const AT = '2026-11-20T10:00:00Z';

const COM_ITEM = 'product/itm-new-free-shipping_www-ebay-com.html';
const DE_ITEM = 'product/itm-used-paid-shipping_www-ebay-de.html';
const UK_ITEM = 'product/itm-variations-range_www-ebay-co-uk.html';
const BROKEN_ITEM = 'product/broken-layout_www-ebay-com.html';
const COM_ACTIVE = 'inventory/active-listings_www-ebay-com.html';
const UK_ACTIVE = 'inventory/active-listings-reordered_www-ebay-co-uk.html';
const LOADING = 'inventory/active-listings-loading_www-ebay-com.html';

const COM_URL = 'https://www.ebay.com/itm/285917364021';
const DE_URL = 'https://www.ebay.de/itm/Lichtwerk-35mm-f-1-4-Objektiv-Sony-E/405512873309';
const UK_URL = 'https://www.ebay.co.uk/itm/166234509871?var=0&hash=item26b4d1c02f';
const COM_ACTIVE_URL = 'https://www.ebay.com/sh/lst/active';
const UK_ACTIVE_URL = 'https://www.ebay.co.uk/sh/lst/active?offset=0&limit=200&sort=price';

const usd = (amount: number) => ({ amount, currency: 'USD' });
const eur = (amount: number) => ({ amount, currency: 'EUR' });
const gbp = (amount: number) => ({ amount, currency: 'GBP' });

const html = (file: string) => readFileSync(FIXTURES + file, 'utf8');

function parseHtml(
  page: string,
  url: string,
  dom: 'linkedom' | 'jsdom' = 'linkedom',
): ParseOutcome {
  return parseDocument(dom === 'jsdom' ? jsdomDocument(page) : linkedomDocument(page), url, AT);
}

function snap(page: string, url: string, dom: 'linkedom' | 'jsdom' = 'linkedom'): PageSnapshot {
  const out = parseHtml(page, url, dom);
  if (out.kind !== 'snapshot') throw new Error(JSON.stringify(out).slice(0, 400));
  return out.snapshot;
}

const listing = (s: PageSnapshot): ListingSnapshot => s.listings![0]!;

/** The page with `from` replaced by `to` (exactly once: a fixture edit that misses is a test bug). */
function edit(page: string, from: string | RegExp, to: string | ((m: string) => string)): string {
  const found = typeof from === 'string' ? page.includes(from) : from.test(page);
  if (!found) throw new Error(`edit did not apply: ${String(from)}`);
  return typeof to === 'string' ? page.replace(from, to) : page.replace(from, to);
}

/** The ebay.com item page with its buy-box price text (and optionally its shipping) replaced. */
function comItemPriced(price: string, shipping?: string): string {
  let page = edit(
    html(COM_ITEM),
    '<span class="ux-textspans">US $24.99</span>',
    `<span class="ux-textspans">${price}</span>`,
  );
  if (shipping !== undefined) {
    page = edit(
      page,
      '<span class="ux-textspans ux-textspans--POSITIVE ux-textspans--BOLD">Free Standard Shipping</span>',
      `<span class="ux-textspans ux-textspans--BOLD">${shipping}</span>`,
    );
  }
  return page;
}

/** Every `<td>` of every Seller Hub row in reverse order: the same cells at other positions. */
function reverseCells(page: string): string {
  return page.replace(
    /(<tr class="grid-row" data-id="\d+">\n)((?:\s*<td[^\n]*\n)+)(\s*<\/tr>)/g,
    (_, open: string, cells: string, close: string) =>
      open + cells.trimEnd().split('\n').reverse().join('\n') + '\n' + close,
  );
}

const site = (tld: string): EbaySite => EBAY_SITE_INFO.find((s) => s.tld === tld)!;

describe('matchUrl', () => {
  it.each([
    [COM_URL, 'product'],
    ['https://www.ebay.com/itm/Tidewave-Pulse-Mini-Speaker/285917364021', 'product'],
    [
      'https://www.ebay.com/itm/285917364021?_trkparms=amclksrc%3DITM&hash=item4292d7f1b5:g:p4AAAeSwq1RnB2xk',
      'product',
    ],
    ['https://www.ebay.com/itm/285917364021/', 'product'],
    ['https://www.ebay.co.uk/itm/166234509871?var=466112233445', 'product'],
    [DE_URL, 'product'],
    ['https://www.ebay.fr/itm/405512873309', 'product'],
    ['https://www.ebay.it/itm/405512873309', 'product'],
    ['https://www.ebay.es/itm/405512873309', 'product'],
    ['https://www.ebay.ca/itm/405512873309', 'product'],
    ['https://www.ebay.com.au/itm/405512873309', 'product'],
    ['https://www.ebay.ie/itm/405512873309', 'product'],
    ['https://www.ebay.at/itm/405512873309', 'product'],
    ['https://www.ebay.ch/itm/405512873309', 'product'],
    ['https://www.ebay.nl/itm/405512873309', 'product'],
    ['https://www.ebay.be/itm/405512873309', 'product'],
    ['https://www.ebay.pl/itm/405512873309', 'product'],
    ['https://WWW.EBAY.COM/itm/285917364021', 'product'],
    // The CLI reads saved pages of any scheme; the background takes captures over HTTPS only.
    ['http://www.ebay.com/itm/285917364021', 'product'],
    [COM_ACTIVE_URL, 'inventory'],
    ['https://www.ebay.com/sh/lst/active/', 'inventory'],
    ['https://www.ebay.com/sh/lst/active?action=sort&sort=visitCount&offset=200', 'inventory'],
    [
      'https://www.ebay.com/sh/lst/active?action=search&format=ALL_FORMATS&status=PENDING_OFFERS&offset=0&limit=200',
      'inventory',
    ],
    [UK_ACTIVE_URL, 'inventory'],
    ['https://www.ebay.de/sh/lst/active', 'inventory'],
    [
      'https://www.ebay.com/splashui/challenge?ap=1&appName=orch&ru=https%3A%2F%2Fwww.ebay.com%2Fitm%2F285917364021',
      'product',
    ],
    [
      'https://www.ebay.com/splashui/captcha?ap=1&appName=orch&ru=https%3A%2F%2Fwww.ebay.com%2Fsh%2Flst%2Factive',
      'inventory',
    ],
    ['https://www.ebay.com/splashui/challenge?ru=%2Fitm%2F285917364021', 'product'],
    // A bot check in front of a page we do not read, or sending elsewhere, is not ours.
    [
      'https://www.ebay.com/splashui/captcha?ap=1&appName=orch&ru=https%3A%2F%2Fsignin.ebay.com%2Fsignin',
      null,
    ],
    [
      'https://www.ebay.com/splashui/challenge?ru=https%3A%2F%2Fwww.ebay.com%2Fsch%2Fi.html%3F_nkw%3Dspeaker',
      null,
    ],
    [
      'https://www.ebay.com/splashui/challenge?ru=https%3A%2F%2Fevil.example%2Fitm%2F285917364021',
      null,
    ],
    ['https://www.ebay.com/splashui/challenge', null],
    // Seller Hub's other tabs list listings that are not on sale.
    ['https://www.ebay.com/sh/lst/unsold', null],
    ['https://www.ebay.com/sh/lst/drafts', null],
    ['https://www.ebay.com/sh/lst/scheduled', null],
    ['https://www.ebay.com/sh/lst/ended', null],
    ['https://www.ebay.com/sh/lst/sold', null],
    ['https://www.ebay.com/sh/lst/activeListings', null],
    ['https://www.ebay.com/sh/ovw', null],
    ['https://www.ebay.com/sch/i.html?_nkw=bluetooth+speaker', null],
    ['https://www.ebay.com/itm/', null],
    ['https://www.ebay.com/itm/12345', null],
    ['https://www.ebay.com/itm/285917364021/reviews', null],
    ['https://www.ebay.com/p/7025830185', null],
    ['https://www.ebay.com/lstng?mode=ReviseItem&itemId=285917364021', null],
    // Look-alike and other hosts.
    ['https://ebay.com/itm/285917364021', null],
    ['https://m.ebay.com/itm/285917364021', null],
    [
      'https://signin.ebay.com/ws/eBayISAPI.dll?SignIn&ru=https%3A%2F%2Fwww.ebay.com%2Fsh%2Flst%2Factive',
      null,
    ],
    ['https://www.ebay.com.evil.io/itm/285917364021', null],
    ['https://ebay.com.evil.io/itm/285917364021', null],
    ['https://www.ebay.com.au.evil.io/sh/lst/active', null],
    ['https://evil.io/www.ebay.com/itm/285917364021', null],
    ['https://www.ebay.cn/itm/285917364021', null],
    ['https://www.ebay-kleinanzeigen.de/itm/285917364021', null],
    ['ftp://www.ebay.com/itm/285917364021', null],
  ])('%s → %s', (url, pageType) => {
    const m = matchUrl(url);
    if (pageType === null) expect(m).toBeNull();
    else expect(m).toMatchObject({ market: 'ebay', pageType, parserId: `ebay/${pageType}` });
  });

  it('asks for the item pages, Seller Hub Active, the review pages and the bot check of each site, over HTTPS only', () => {
    expect(ebay.matches).toHaveLength(EBAY_SITE_INFO.length * 5);
    expect(ebay.matches.slice(0, 5)).toEqual([
      'https://www.ebay.com/itm/*',
      'https://www.ebay.com/sh/lst/active*',
      'https://www.ebay.com/fdbk/*',
      'https://www.ebay.com/urw/*',
      'https://www.ebay.com/splashui/*',
    ]);
    expect(ebay.matches).toContain('https://www.ebay.com.au/sh/lst/active*');
    for (const p of ebay.matches) expect(p).toMatch(/^https:\/\/www\.ebay\.[a-z.]+\//);
  });

  it('reads the sites the listing form serves, each with its currency', () => {
    expect(EBAY_SITE_INFO.map((s) => s.tld).toSorted()).toEqual([...EBAY_SITES].toSorted());
    expect(Object.fromEntries(EBAY_SITE_INFO.map((s) => [s.tld, s.currency]))).toEqual({
      com: 'USD', 'co.uk': 'GBP', de: 'EUR', fr: 'EUR', it: 'EUR', es: 'EUR', ca: 'CAD',
      'com.au': 'AUD', at: 'EUR', ch: 'CHF', ie: 'EUR', nl: 'EUR', be: 'EUR', pl: 'PLN',
    }); // prettier-ignore
  });

  it('leaves the listing form to the editor registry', () => {
    const form = 'https://www.ebay.com/lstng?mode=AddItem&draftId=5100148827013';
    expect(matchUrl(form)).toBeNull();
    expect(matchEditorUrl(form)?.market).toBe('ebay');
  });
});

describe('detectBlocked', () => {
  const challenge = html('blocked/challenge_www-ebay-com.html');
  const captcha = html('blocked/captcha_www-ebay-com.html');
  const signin = html('blocked/signin_signin-ebay-com.html');
  const challengeUrl = `https://www.ebay.com/splashui/challenge?ap=1&appName=orch&ru=${encodeURIComponent(COM_URL)}`;
  const captchaUrl = `https://www.ebay.com/splashui/captcha?ap=1&appName=orch&ru=${encodeURIComponent(COM_ACTIVE_URL)}`;

  it.each([
    [challenge, challengeUrl, 'robot-check', 'product'],
    [challenge, COM_URL, 'robot-check', 'product'],
    [challenge, COM_ACTIVE_URL, 'robot-check', 'inventory'],
    [captcha, captchaUrl, 'captcha', 'inventory'],
    [captcha, COM_URL, 'captcha', 'product'],
    [signin, COM_ACTIVE_URL, 'sign-in', 'inventory'],
    [signin, UK_ACTIVE_URL, 'sign-in', 'inventory'],
  ])('an interstitial is skipped, never a snapshot (%#)', (page, url, reason, pageType) => {
    expect(parseHtml(page, url)).toEqual({
      kind: 'blocked',
      reason,
      match: { market: 'ebay', pageType, parserId: `ebay/${pageType}` },
    });
  });

  it('a bot check that no longer says so is still one at its own address', () => {
    const bare = challenge
      .replaceAll('Pardon Our Interruption...', 'eBay')
      .replaceAll('Checking your browser before you access eBay.', '');
    expect(parseHtml(bare, challengeUrl)).toMatchObject({ kind: 'blocked', reason: 'robot-check' });
    expect(parseHtml(bare, captchaUrl)).toMatchObject({ kind: 'blocked', reason: 'captcha' });
    // At the item's own URL nothing in it says interstitial: the product parser reports the layout.
    expect(parseHtml(bare, COM_URL)).toMatchObject({ kind: 'failed' });
  });

  it.each([
    ['German', 'Bitte entschuldigen Sie die Störung'],
    ['Spanish', 'Disculpa la interrupción'],
  ])('knows the %s wording of the browser check', (_, words) => {
    const page = challenge
      .replaceAll('Pardon Our Interruption...', words)
      .replaceAll('Checking your browser before you access eBay.', words);
    expect(parseHtml(page, 'https://www.ebay.de/itm/405512873309')).toMatchObject({
      kind: 'blocked',
      reason: 'robot-check',
    });
  });

  it('does not take an item page or Seller Hub (with its "Sign in" links) for an interstitial', () => {
    for (const [file, url] of [
      [COM_ITEM, COM_URL],
      [DE_ITEM, DE_URL],
      [UK_ITEM, UK_URL],
      [BROKEN_ITEM, COM_URL],
      [COM_ACTIVE, COM_ACTIVE_URL],
      [LOADING, COM_ACTIVE_URL],
    ] as const) {
      expect(ebay.detectBlocked(linkedomDocument(html(file)), new URL(url)), file).toBeNull();
    }
  });

  it('an item described as a captcha or sign-in is still an item', () => {
    const page = edit(
      html(COM_ITEM),
      '<div class="vim d-item-description" data-testid="d-item-description">',
      '<div class="vim d-item-description" data-testid="d-item-description"><h2>Pardon Our Interruption: please verify yourself</h2><form action="https://signin.ebay.com/signin"><input type="password"></form>',
    );
    expect(parseHtml(page, COM_URL)).toMatchObject({ kind: 'snapshot' });
  });
});

describe('item page: new, free shipping, on ebay.com', () => {
  const s = snap(html(COM_ITEM), COM_URL);

  it('reads the item, its price (not the struck list price), the seller, shipping, condition, rating, brand and UPC', () => {
    expect(s).toMatchObject({
      market: 'ebay',
      pageType: 'product',
      parser: { id: 'ebay/product', version: 1 },
    });
    expect(s.listings).toEqual([
      {
        productKey: '285917364021',
        url: 'https://www.ebay.com/itm/285917364021',
        title: 'Tidewave Pulse Mini Portable Bluetooth Speaker 12W IPX7 Waterproof 24H Black',
        price: usd(24.99),
        featuredOffer: {
          price: usd(24.99),
          sellerName: 'tidewave_audio',
          sellerId: 'tidewave_audio',
          shipping: usd(0),
          condition: 'New',
        },
        rating: 4.7,
        ratingCount: 1286,
        brand: 'Tidewave',
        gtin: '850012345671',
      },
    ]);
    expect(s.warnings).toBeUndefined();
  });

  it('gives the seller as the one, featured offer, landed with its free shipping', () => {
    expect(s.offers).toEqual([
      {
        productKey: '285917364021',
        sellerName: 'tidewave_audio',
        sellerId: 'tidewave_audio',
        price: usd(24.99),
        shipping: usd(0),
        landedPrice: usd(24.99),
        condition: 'New',
        isFeatured: true,
      },
    ]);
  });

  it('gives the same snapshot in jsdom, and for the URL with the slug', () => {
    expect(snap(html(COM_ITEM), COM_URL, 'jsdom')).toEqual(s);
    const slugged = snap(
      html(COM_ITEM),
      'https://www.ebay.com/itm/Tidewave-Pulse-Mini/285917364021?hash=item1',
    );
    expect(slugged.listings).toEqual(s.listings);
  });

  it("never marks an item page listing as the seller's own", () => {
    expect(s.listings!.some((l) => l.own)).toBe(false);
  });
});

describe('item page: used, paid shipping, on ebay.de', () => {
  const s = snap(html(DE_ITEM), DE_URL);

  it('reads "EUR 1.149,00" as EUR 1149, "Gebraucht", EUR 6,99 shipping and the German item specifics', () => {
    expect(s.listings).toEqual([
      {
        productKey: '405512873309',
        url: 'https://www.ebay.de/itm/405512873309',
        title: 'Lichtwerk 35mm f/1.4 Objektiv für Sony E-Mount, gebraucht, mit Gegenlichtblende',
        price: eur(1149),
        featuredOffer: {
          price: eur(1149),
          sellerName: 'kamerakiste_berlin',
          sellerId: 'kamerakiste_berlin',
          shipping: eur(6.99),
          condition: 'Gebraucht',
        },
        brand: 'Lichtwerk',
        gtin: '4260708123456',
      },
    ]);
    expect(s.offers).toEqual([
      {
        productKey: '405512873309',
        sellerName: 'kamerakiste_berlin',
        sellerId: 'kamerakiste_berlin',
        price: eur(1149),
        shipping: eur(6.99),
        landedPrice: eur(1155.99),
        condition: 'Gebraucht',
        isFeatured: true,
      },
    ]);
    expect(s.warnings).toBeUndefined();
  });

  it('shows no product ratings, so reports none', () => {
    expect(listing(s)).not.toHaveProperty('rating');
    expect(listing(s)).not.toHaveProperty('ratingCount');
  });

  it('gives the same snapshot in jsdom', () => {
    expect(snap(html(DE_ITEM), DE_URL, 'jsdom')).toEqual(s);
  });
});

describe('item page: variations, on ebay.co.uk', () => {
  const s = snap(html(UK_ITEM), UK_URL);

  it('reads the lowest price of the range "£8.99 to £14.99" and says so', () => {
    expect(s.listings).toEqual([
      {
        productKey: '166234509871',
        url: 'https://www.ebay.co.uk/itm/166234509871',
        title: 'Womens Merino Wool Hiking Socks 3 Pairs Cushioned Walking Crew Socks UK 4-8',
        price: gbp(8.99),
        featuredOffer: {
          price: gbp(8.99),
          sellerName: 'northernthread_uk',
          sellerId: 'northernthread_uk',
          shipping: gbp(2.95),
          condition: 'New with tags',
        },
        brand: 'Northern Thread',
      },
    ]);
    expect(s.offers).toEqual([
      {
        productKey: '166234509871',
        sellerName: 'northernthread_uk',
        sellerId: 'northernthread_uk',
        price: gbp(8.99),
        shipping: gbp(2.95),
        landedPrice: gbp(11.94),
        condition: 'New with tags',
        isFeatured: true,
      },
    ]);
    expect(s.warnings).toEqual([
      'price: price range "£8.99 to £14.99": using the lower bound 8.99 (upper 14.99)',
    ]);
  });

  it('skips "Does not apply" GTINs without a warning (the 2022-2023 item specifics layout)', () => {
    expect(listing(s)).not.toHaveProperty('gtin');
  });

  it('gives the same snapshot in jsdom', () => {
    expect(snap(html(UK_ITEM), UK_URL, 'jsdom')).toEqual(s);
  });
});

describe('item page: prices and currencies', () => {
  it.each([
    [
      'com',
      'US $10.00 to US $15.00',
      usd(10),
      'price range "US $10.00 to US $15.00": using the lower bound 10 (upper 15)',
    ],
    ['com', 'US $1,299.00/ea', usd(1299), undefined],
    ['com.au', 'AU $30.00', { amount: 30, currency: 'AUD' }, undefined],
    ['ca', 'C $25.00', { amount: 25, currency: 'CAD' }, undefined],
    ['it', 'EUR 19,99', eur(19.99), undefined],
    ['fr', '19,99 EUR', eur(19.99), undefined],
    ['es', '1.234,50 EUR', eur(1234.5), undefined],
    ['nl', '€ 19,99', eur(19.99), undefined],
    ['ch', 'CHF 1’299.00', { amount: 1299, currency: 'CHF' }, undefined],
    ['pl', '25,99 zł', { amount: 25.99, currency: 'PLN' }, undefined],
    [
      'de',
      'EUR 10,00 bis EUR 15,00',
      eur(10),
      'price range "EUR 10,00 bis EUR 15,00": using the lower bound 10 (upper 15)',
    ],
    // A listing is priced in its seller's currency whatever site shows it: no warning for that.
    ['com', 'GBP 12.50', gbp(12.5), undefined],
    ['de', 'US $24.99', usd(24.99), undefined],
  ])('on ebay.%s "%s" is %j', (tld, text, money, warning) => {
    const s = snap(comItemPriced(text), `https://www.ebay.${tld}/itm/285917364021`);
    expect(listing(s).price).toEqual(money);
    expect(listing(s).featuredOffer?.price).toEqual(money);
    expect(s.warnings).toEqual(warning ? [`price: ${warning}`] : undefined);
  });

  it('reads a UK listing on ebay.com in pounds, never the converted "Approximately US $…"', () => {
    const page = edit(
      edit(
        html(UK_ITEM),
        '<span class="ux-textspans">£8.99 to £14.99</span>',
        '<span class="ux-textspans">GBP 8.99 to GBP 14.99</span>',
      ),
      '<div class="x-price-primary" data-testid="x-price-primary"><span class="ux-textspans">GBP 8.99 to GBP 14.99</span></div>',
      '<div class="x-price-primary" data-testid="x-price-primary"><span class="ux-textspans">GBP 8.99 to GBP 14.99</span></div><div class="x-price-approx" data-testid="x-price-approx"><span class="ux-textspans ux-textspans--SECONDARY x-price-approx__label">Approximately</span><span class="ux-textspans ux-textspans--SECONDARY ux-textspans--BOLD x-price-approx__price">US $11.40 to US $19.02</span></div>',
    );
    const s = snap(page, 'https://www.ebay.com/itm/166234509871');
    expect(listing(s).price).toEqual(gbp(8.99));
    expect(s.offers![0]!.landedPrice).toEqual(gbp(11.94));
  });

  it('never reads a struck price inside the price box', () => {
    const page = comItemPriced(
      'US $24.99</span><span class="ux-textspans ux-textspans--STRIKETHROUGH">US $34.99',
    );
    expect(listing(snap(page, COM_URL)).price).toEqual(usd(24.99));
  });

  it('is null plus a warning, never 0, when the price is unreadable or missing', () => {
    const unreadable = snap(comItemPriced('US $24.999'), COM_URL);
    expect(listing(unreadable).price).toBeNull();
    expect(listing(unreadable).featuredOffer?.price).toBeNull();
    expect(unreadable.offers![0]).toMatchObject({ price: null, landedPrice: null });
    expect(unreadable.warnings).toEqual([
      expect.stringMatching(/^price: unreadable price "US \$24\.999"/),
    ]);

    const ended = snap(
      edit(html(COM_ITEM), /<div class="vim x-price-section[\s\S]*?<\/div>\n {6}<\/div>\n/, ''),
      COM_URL,
    );
    expect(listing(ended).price).toBeNull();
    expect(ended.warnings).toEqual(['no price on the page']);
  });

  it("reads an auction's current bid with a warning, and its Buy It Now price when it has one", () => {
    const bidBox =
      '<div class="x-bid-price" data-testid="x-bid-price"><div class="x-price-primary" data-testid="x-price-primary"><span class="ux-textspans">US $15.50</span></div><div class="x-bid-count"><span class="ux-textspans">7 bids</span></div></div>';
    const auction = edit(
      html(COM_ITEM),
      /<div class="x-bin-price"[\s\S]*?<\/div>\n {10}<\/div>\n {8}<\/div>/,
      bidBox,
    );
    const s = snap(auction, COM_URL);
    expect(listing(s).price).toEqual(usd(15.5));
    expect(s.warnings).toEqual(['auction: the price is the current bid, not a Buy It Now price']);

    const withBin = edit(
      html(COM_ITEM),
      '<div class="x-bin-price" data-testid="x-bin-price">',
      `${bidBox}<div class="x-bin-price" data-testid="x-bin-price">`,
    );
    const b = snap(withBin, COM_URL);
    expect(listing(b).price).toEqual(usd(24.99));
    expect(b.warnings).toBeUndefined();
  });
});

describe('item page: shipping, seller, specifics', () => {
  it.each([
    ['US $5.99', usd(5.99), usd(30.98)],
    ['FREE', usd(0), usd(24.99)],
    ['US $20.00 (approx £15.80)', usd(20), usd(44.99)],
  ])('shipping "%s" is %j, landed %j', (shipping, money, landed) => {
    const s = snap(comItemPriced('US $24.99', shipping), COM_URL);
    expect(listing(s).featuredOffer?.shipping).toEqual(money);
    expect(s.offers![0]).toMatchObject({ shipping: money, landedPrice: landed });
  });

  it('leaves shipping out when the item does not ship to the buyer, and null with a warning when unreadable', () => {
    const none = snap(comItemPriced('US $24.99', 'Does not ship to Germany'), COM_URL);
    expect(listing(none).featuredOffer).not.toHaveProperty('shipping');
    expect(none.offers![0]).not.toHaveProperty('shipping');
    expect(none.offers![0]!.landedPrice).toBeNull();
    expect(none.warnings).toBeUndefined();

    const odd = snap(comItemPriced('US $24.99', 'US $5.999 Expedited'), COM_URL);
    expect(listing(odd).featuredOffer?.shipping).toBeNull();
    expect(odd.warnings).toEqual(['unreadable shipping "US $5.999 Expedited. See details"']);
  });

  it('falls back to the "About this seller" card: the shop name and the user id its link names', () => {
    const page = edit(
      html(UK_ITEM),
      /<div class="vim x-sellercard-atf"[\s\S]*?<\/ul>\n {6}<\/div>\n/,
      '',
    );
    const s = snap(page, UK_URL);
    expect(listing(s).featuredOffer).toMatchObject({
      sellerName: 'Northern Thread Co',
      sellerId: 'northernthread_uk',
    });
    expect(s.offers![0]).toMatchObject({
      sellerName: 'Northern Thread Co',
      sellerId: 'northernthread_uk',
    });
  });

  it('cuts the feedback score and percentage off a seller read from the whole card (classic .mbg-nw)', () => {
    const page = `<!doctype html><html><body><h1 class="x-item-title__mainTitle"><span>Speaker</span></h1>
      <div class="x-price-primary"><span class="ux-textspans">US $24.99</span></div>
      <span class="mbg-nw">tidewave_audio ( 48213 ) 99.6% positive feedback</span></body></html>`;
    expect(listing(snap(page, COM_URL)).featuredOffer?.sellerName).toBe('tidewave_audio');
  });

  it('gives no offer, with a warning, when no seller is shown', () => {
    const page = html(COM_ITEM)
      .replace(/<div class="vim x-sellercard-atf"[\s\S]*?<\/ul>\n {6}<\/div>\n/, '')
      .replace(
        /<div class="vim x-store-information"[\s\S]*?Joined Mar 2014[\s\S]*?<\/div><\/div>\n {6}<\/div>\n/,
        '',
      );
    const s = snap(page, COM_URL);
    expect(s.offers).toEqual([]);
    expect(listing(s).featuredOffer).toEqual({
      price: usd(24.99),
      shipping: usd(0),
      condition: 'New',
    });
    expect(s.warnings).toEqual(['seller not found']);
  });

  it('refuses a GTIN whose check digit is wrong, and says so', () => {
    const page = edit(html(COM_ITEM), '>850012345671<', '>850012345679<');
    const s = snap(page, COM_URL);
    expect(listing(s)).not.toHaveProperty('gtin');
    expect(s.warnings).toEqual(['not a valid GTIN: "850012345679"']);
  });

  it('reads the classic (-2021) page: "Details about" title, #prcIsum, .mbg-nw seller', () => {
    const classic = `<!doctype html><html><head><title>x</title></head><body>
      <h1 class="it-ttl" itemprop="name" id="itemTitle"><span class="g-hdn">Details about  </span>Tidewave Pulse Mini Speaker</h1>
      <span class="notranslate" id="prcIsum" itemprop="price" content="24.99">US $24.99</span>
      <div id="vi-itm-cond">New</div>
      <div class="mbg vi-VR-margBtm3"><a href="https://www.ebay.com/usr/tidewave_audio"><span class="mbg-nw">tidewave_audio</span></a></div>
      <span id="fshippingCost"><span>FREE</span></span></body></html>`;
    const s = snap(classic, COM_URL);
    expect(listing(s)).toMatchObject({
      title: 'Tidewave Pulse Mini Speaker',
      price: usd(24.99),
      featuredOffer: {
        sellerName: 'tidewave_audio',
        sellerId: 'tidewave_audio',
        shipping: usd(0),
        condition: 'New',
      },
    });
  });
});

describe('item page: a layout the parser cannot read', () => {
  it('reports failed (parser-health), never a listing', () => {
    const out = parseHtml(html(BROKEN_ITEM), COM_URL);
    expect(out).toMatchObject({
      kind: 'failed',
      match: { market: 'ebay', pageType: 'product', parserId: 'ebay/product' },
      parser: { id: 'ebay/product', version: 1 },
    });
    expect(out.kind === 'failed' && out.error).toMatch(
      /neither the title \(h1\.x-item-title__mainTitle\) nor a price \(\.x-price-primary\) was found/,
    );
  });
});

const ACTIVE_ROWS: ListingSnapshot[] = [
  {
    productKey: '285917364021',
    own: true,
    status: 'Active',
    url: 'https://www.ebay.com/itm/285917364021',
    sku: 'TW-PM12-BLK',
    title: 'Tidewave Pulse Mini Portable Bluetooth Speaker 12W IPX7 Waterproof 24H Black',
    price: usd(24.99),
    quantity: 142,
  },
  {
    productKey: '285917364022',
    own: true,
    status: 'Active',
    url: 'https://www.ebay.com/itm/285917364022',
    sku: 'TW-PM12-BLU',
    title: 'Tidewave Pulse Mini Portable Bluetooth Speaker 12W IPX7 Waterproof 24H Ocean Blue',
    price: usd(24.99),
    quantity: 38,
  },
  {
    productKey: '285934110578',
    own: true,
    status: 'Active',
    url: 'https://www.ebay.com/itm/285934110578',
    sku: 'TW-ARC-40',
    title: 'Tidewave Arc 40 Soundbar Dolby Atmos 5.1.2 with Wireless Subwoofer',
    price: usd(1149),
    quantity: 5,
  },
  {
    productKey: '285940022316',
    own: true,
    status: 'Active',
    url: 'https://www.ebay.com/itm/285940022316',
    title: 'Tidewave Clip Speaker 3-Pack Mixed Colors Bluetooth Shower Speaker',
    price: usd(12.99),
    quantity: 60,
  },
  {
    productKey: '285951876420',
    own: true,
    status: 'Active',
    url: 'https://www.ebay.com/itm/285951876420',
    sku: 'TW-PMAX-40',
    title: 'Tidewave Pulse Max Bluetooth Speaker 40W Party Lights Waterproof',
    price: null,
    quantity: 0,
  },
  {
    productKey: '286001234567',
    own: true,
    status: 'Active',
    url: 'https://www.ebay.com/itm/286001234567',
    sku: 'TW-PROTO-01',
    title: 'Tidewave Prototype Pulse Mini Engineering Sample (Collectors)',
    quantity: 1,
  },
];

const ACTIVE_WARNINGS = [
  'listing row 4 (item 285940022316): price range "$12.99 - $18.99": using the lower bound 12.99 (upper 18.99)',
  'listing row 5 (item 285951876420): unreadable price "--": no price shown',
  'listing row 6 (item 286001234567): an auction (Auction 3 bids): its bid is not read as a price',
];

describe('Seller Hub Active listings on ebay.com', () => {
  const s = snap(html(COM_ACTIVE), COM_ACTIVE_URL);

  it("reads every row as the seller's own: item id, SKU, title, price in USD, quantity, item URL", () => {
    expect(s).toMatchObject({
      market: 'ebay',
      pageType: 'inventory',
      parser: { id: 'ebay/inventory', version: 1 },
    });
    expect(s.listings).toEqual(ACTIVE_ROWS);
  });

  it("says what it could not read: a price range, an unreadable price (null, never 0), an auction's bid", () => {
    expect(s.warnings).toEqual(ACTIVE_WARNINGS);
  });

  it('finds cells by their column, whatever their position', () => {
    expect(snap(reverseCells(html(COM_ACTIVE)), COM_ACTIVE_URL)).toEqual(s);
  });

  it('gives the same snapshot in jsdom, and for the query variants of the tab', () => {
    expect(snap(html(COM_ACTIVE), COM_ACTIVE_URL, 'jsdom')).toEqual(s);
    const sorted = snap(html(COM_ACTIVE), `${COM_ACTIVE_URL}?action=sort&sort=visitCount&offset=0`);
    expect(sorted.listings).toEqual(s.listings);
  });

  it("leaves out a hidden column's field instead of guessing it", () => {
    const noPrice = html(COM_ACTIVE).replace(/\n\s*<td class="shui-dt-column__price [^\n]*/g, '');
    const n = snap(noPrice, COM_ACTIVE_URL);
    expect(n.listings!.map((l) => 'price' in l)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(n.warnings).toBeUndefined();
    const noQty = html(COM_ACTIVE).replace(
      /\n\s*<td class="shui-dt-column__availableQuantity [^\n]*/g,
      '',
    );
    expect(snap(noQty, COM_ACTIVE_URL).listings!.map((l) => 'quantity' in l)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('reads a quantity it cannot read as null with a warning', () => {
    const page = edit(html(COM_ACTIVE), '<div>142</div>', '<div>lots</div>');
    const q = snap(page, COM_ACTIVE_URL);
    expect(q.listings![0]!.quantity).toBeNull();
    expect(q.warnings![0]).toBe('listing row 1 (item 285917364021): unreadable quantity "lots"');
  });

  it('takes the item id from the title link when a row has lost its data-id', () => {
    const page = edit(
      html(COM_ACTIVE),
      '<tr class="grid-row" data-id="285917364021">',
      '<tr class="grid-row" data-id="">',
    );
    expect(snap(page, COM_ACTIVE_URL).listings).toEqual(ACTIVE_ROWS);
  });
});

/** An own Seller Hub row of ebay.co.uk, priced in pounds. */
function ukRow(productKey: string, sku: string, title: string, price: number, quantity: number) {
  return {
    productKey,
    own: true,
    status: 'Active',
    url: `https://www.ebay.co.uk/itm/${productKey}`,
    sku,
    title,
    price: gbp(price),
    quantity,
  };
}

describe('Seller Hub Active listings on ebay.co.uk, columns rearranged', () => {
  const s = snap(html(UK_ACTIVE), UK_ACTIVE_URL);

  it('reads the rows by column class in pounds, the quantity being edited from its input', () => {
    expect(s.listings).toEqual([
      ukRow(
        '166234509871',
        'NT-MER-W48',
        'Womens Merino Wool Hiking Socks 3 Pairs Cushioned Walking Crew Socks UK 4-8',
        8.99,
        214,
      ),
      ukRow(
        '166234509902',
        'NT-MER-M711',
        'Mens Merino Wool Hiking Socks 3 Pairs Cushioned Walking Crew Socks UK 7-11',
        9.49,
        96,
      ),
      ukRow(
        '166251187430',
        'NT-THROW-NAT',
        'Merino Wool Blanket Throw Undyed Natural 150 x 200 cm Yorkshire Knitted',
        1249,
        2,
      ),
      ukRow(
        '166260044318',
        'NT-BEANIE-CHR',
        'Merino Wool Beanie Hat Ribbed Unisex Charcoal',
        16,
        7,
      ),
      ukRow(
        '166271903355',
        'NT-DARN-KIT',
        'Darning Kit for Wool Socks Mushroom Needles Yarn Gift Set',
        11.5,
        33,
      ),
    ]);
    expect(s.warnings).toEqual([
      'listing row 1 (item 166234509871): price range "£8.99 - £14.99": using the lower bound 8.99 (upper 14.99)',
    ]);
  });

  it('gives the same snapshot in jsdom', () => {
    expect(snap(html(UK_ACTIVE), UK_ACTIVE_URL, 'jsdom')).toEqual(s);
  });
});

describe('Seller Hub Active listings: rows not loaded, layouts not understood', () => {
  it('is zero listings plus a warning before the rows arrive by XHR, not an error', () => {
    const s = snap(html(LOADING), COM_ACTIVE_URL);
    expect(s.listings).toEqual([]);
    expect(s.warnings).toEqual(['no listing rows yet: Seller Hub loads them after the page']);
  });

  it('says when there is no listings table at all', () => {
    const page = html(LOADING).replace(/<div class="shui-dt[\s\S]*?<\/table>\n {6}<\/div>/, '');
    expect(snap(page, COM_ACTIVE_URL).warnings).toEqual([
      'no listings table (.shui-dt) on the page',
    ]);
  });

  it('reports failed when the rows name no item at all (data-id and item links gone)', () => {
    const page = html(COM_ACTIVE)
      .replace(/ data-id="\d+"/g, '')
      .replace(/\/itm\/\d+/g, '/itm/');
    expect(parseHtml(page, COM_ACTIVE_URL)).toMatchObject({
      kind: 'failed',
      parser: { id: 'ebay/inventory', version: 1 },
      error: expect.stringMatching(/6 listing rows \(tr\.grid-row\) but none names its item/),
    });
  });

  it('skips a row without an item id, with a warning, and reads the others', () => {
    const page = edit(
      html(COM_ACTIVE),
      /<tr class="grid-row" data-id="285917364022">[\s\S]*?<\/tr>/,
      (m: string) =>
        m.replace(' data-id="285917364022"', '').replace(/\/itm\/285917364022/g, '/itm/'),
    );
    const s = snap(page, COM_ACTIVE_URL);
    expect(s.listings!.map((l) => l.productKey)).toEqual(
      ACTIVE_ROWS.filter((r) => r.productKey !== '285917364022').map((r) => r.productKey),
    );
    expect(s.warnings![0]).toBe('listing row 2 (SKU TW-PM12-BLU): no item id');
  });
});

describe('one listing from Seller Hub and the item page', () => {
  it('joins the own row and the public page of an item under one listing id', async () => {
    const db = freshDb();
    const settings = { ownSellers: defaultSettings.ownSellers };
    const inventory = snap(html(COM_ACTIVE), COM_ACTIVE_URL);
    const item = snap(html(COM_ITEM), COM_URL);
    await ingestSnapshot(db, inventory, { key: 'k-inventory', settings });
    await ingestSnapshot(
      db,
      { ...item, capturedAt: '2026-11-20T10:05:00Z' },
      { key: 'k-item', settings },
    );
    const row = await db.listings.get('ebay:285917364021');
    expect(row).toMatchObject({
      market: 'ebay',
      productKey: '285917364021',
      own: true,
      skus: ['TW-PM12-BLK'],
      gtin: '850012345671',
      brand: 'Tidewave',
      featuredSeller: 'tidewave_audio',
    });
    expect(await db.listings.where('market').equals('ebay').count()).toBe(6);
  });
});

describe('eBay text', () => {
  it.each([
    ['Free Standard Shipping', usd(0)],
    ['FREE Expedited Shipping', usd(0)],
    ['Free', usd(0)],
    ['Kostenloser Versand', usd(0)],
    ['Versandkostenfrei', usd(0)],
    ['Livraison gratuite', usd(0)],
    ['Spedizione gratuita', usd(0)],
    ['Envío gratis', usd(0)],
    ['Gratis verzending', usd(0)],
    ['Darmowa wysyłka', usd(0)],
    ['US $5.99 USPS Ground Advantage', usd(5.99)],
    ['$5.99 Standard Shipping', usd(5.99)],
    ['£3.49 Royal Mail 2nd Class', gbp(3.49)],
    ['EUR 4,99 Standardversand', eur(4.99)],
    ['4,99 EUR Livraison standard', eur(4.99)],
    ['US $20.00 (approx £15.80) eBay International Shipping', usd(20)],
    ['Does not ship to Germany', undefined],
    [
      'May not ship to United States. Read item description or contact seller for shipping options.',
      undefined,
    ],
    ['Local pickup only', undefined],
    ['Calculated at checkout', null],
  ])('shipping "%s" → %j', (text, money) => {
    expect(readEbayShipping(text, site('com'), 'USD')).toEqual(money);
  });

  it('keeps the text\'s own currency without a note, the site\'s for a bare "$"', () => {
    expect(ebayMoney('£12.50', site('com'))).toEqual({ money: gbp(12.5) });
    expect(ebayMoney('$25.00', site('ca'))).toEqual({ money: { amount: 25, currency: 'CAD' } });
    expect(ebayMoney('$25.00', site('com.au'))).toEqual({ money: { amount: 25, currency: 'AUD' } });
    expect(ebayMoney('--', site('com'))).toEqual({
      money: null,
      warning: 'unreadable price "--": no price shown',
    });
  });

  it.each([
    ['850012345671', '850012345671'],
    ['0 12345 67890 5', '012345678905'],
    ['4260708123456', '4260708123456'],
    ['9780306406157', '9780306406157'],
    ['12345670', '12345670'],
    ['1234567890123', null],
    ['850012345679', null],
    ['0306406152', null],
    ['TW-PM12-BLK', null],
  ])('GTIN of "%s" is %s', (value, gtin) => {
    expect(gtinOf(value)).toBe(gtin);
  });

  it.each([
    ['Brand', 'brand'],
    ['Marke', 'brand'],
    ['Marque:', 'brand'],
    ['Marca', 'brand'],
    ['Merk', 'brand'],
    ['UPC', 'gtin'],
    ['EAN:', 'gtin'],
    ['ISBN', 'gtin'],
    ['Kompatible Marke', null],
    ['Compatible Brand', null],
    ['MPN', null],
    ['Herstellernummer', null],
  ])('item-specific label "%s" is %s', (label, field) => {
    expect(specificField(label)).toBe(field);
  });
});
