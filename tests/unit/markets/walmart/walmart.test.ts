/**
 * The Walmart market module on its hand-made fixtures (tests/fixtures/walmart/, provenance in
 * SOURCE.txt): URL matching, the "Robot or human?" interstitial, the product page read from its
 * __NEXT_DATA__ (and from the rendered DOM when that data is missing or stale), the reviews page, US
 * month/day/year dates, and malformed or hostile page data. Parsed through the real registry
 * (parseDocument) with linkedom, as the CLI does, and with jsdom, as a browser-like DOM.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { linkedomDocument, jsdomDocument } from '../amazon/fixtures';
import { matchUrl, parseDocument, type ParseOutcome } from '../../../../lib/markets/index';
import { walmart } from '../../../../lib/markets/walmart';
import { parseWalmartDate } from '../../../../lib/markets/walmart/text';
import type { PageSnapshot } from '../../../../lib/schemas/snapshot';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/walmart/', import.meta.url));
const AT = '2025-02-01T08:00:00Z';
const ITEM = '1728394056';
const SLUG = 'BrightHome-1-7L-Stainless-Steel-Electric-Kettle-Cordless-Auto-Shutoff-Silver';
const PRODUCT_URL = `https://www.walmart.com/ip/${SLUG}/${ITEM}`;
const REVIEWS_URL = `https://www.walmart.com/reviews/product/${ITEM}`;
const TITLE =
  'BrightHome 1.7L Stainless Steel Electric Kettle, Cordless with Auto Shut-Off, Silver';
const PRODUCT = 'product/ip_third-party-seller_www-walmart-com.html';
const USD = (amount: number) => ({ amount, currency: 'USD' });

const html = (file: string) => readFileSync(FIXTURES + file, 'utf8');

function parseHtml(
  page: string,
  url = PRODUCT_URL,
  dom: 'linkedom' | 'jsdom' = 'linkedom',
): ParseOutcome {
  return parseDocument(dom === 'jsdom' ? jsdomDocument(page) : linkedomDocument(page), url, AT);
}

function snap(page: string, url = PRODUCT_URL, dom: 'linkedom' | 'jsdom' = 'linkedom') {
  const out = parseHtml(page, url, dom);
  if (out.kind !== 'snapshot') throw new Error(JSON.stringify(out).slice(0, 400));
  return out.snapshot;
}

/** Parsed JSON, as JSON.parse types it: the edits below know the fixture's shape. */
type Json = ReturnType<typeof JSON.parse>;

/** The product fixture with its __NEXT_DATA__ JSON changed by `edit` (the rest of the page as is). */
function withNextData(edit: (data: Json) => void, file = PRODUCT): string {
  const page = html(file);
  const open = page.indexOf('<script id="__NEXT_DATA__"');
  const start = page.indexOf('>', open) + 1;
  const end = page.indexOf('</script>', start);
  const json = JSON.parse(page.slice(start, end));
  edit(json.props.pageProps.initialData.data);
  const text = JSON.stringify(json).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
  return page.slice(0, start) + text + page.slice(end);
}

describe('matchUrl', () => {
  it.each([
    [PRODUCT_URL, 'product'],
    [`https://www.walmart.com/ip/${ITEM}`, 'product'],
    [`https://www.walmart.com/ip/${SLUG}/${ITEM}?classType=REGULAR&athbdg=L1600`, 'product'],
    [REVIEWS_URL, 'reviews'],
    [`${REVIEWS_URL}?page=2&sort=submission-desc`, 'reviews'],
    [`https://www.walmart.com/blocked?url=${btoa(`/ip/${SLUG}/${ITEM}`)}&uuid=8f3c&g=b`, 'product'],
    [`https://www.walmart.com/blocked?url=${btoa(`/reviews/product/${ITEM}`)}`, 'reviews'],
    ['https://www.walmart.com/', null],
    ['https://www.walmart.com/search?q=kettle', null],
    ['https://www.walmart.com/product/1728394056/sellers', null],
    ['https://www.walmart.com/cp/kitchen-appliances/90548', null],
    ['https://walmart.com.evil.example/ip/x/1728394056', null],
    ['https://www.walmart.ca/ip/x/1728394056', null],
    ['https://seller.walmart.com/ip/x/1728394056', null],
  ])('%s → %s', (url, pageType) => {
    const m = matchUrl(url);
    if (pageType === null) expect(m).toBeNull();
    else expect(m).toMatchObject({ market: 'walmart', pageType, parserId: `walmart/${pageType}` });
  });

  it('asks for www.walmart.com product, review and block pages and Seller Center items only, over HTTPS', () => {
    expect(walmart.matches).toEqual([
      'https://www.walmart.com/ip/*',
      'https://www.walmart.com/reviews/product/*',
      'https://www.walmart.com/blocked*',
      'https://seller.walmart.com/items-and-inventory/manage-items*',
    ]);
  });
});

describe('detectBlocked', () => {
  const robot = html('blocked/robot-or-human_www-walmart-com.html');

  it.each([
    [`https://www.walmart.com/blocked?url=${btoa(`/ip/${ITEM}`)}&uuid=8f3c&g=b`, 'product'],
    [PRODUCT_URL, 'product'],
    [REVIEWS_URL, 'reviews'],
  ])('the "Robot or human?" page at %s is a captcha, never a snapshot', (url, pageType) => {
    expect(parseHtml(robot, url)).toMatchObject({
      kind: 'blocked',
      reason: 'captcha',
      match: { market: 'walmart', pageType },
    });
  });

  it('a block page without its challenge is still a robot check', () => {
    const bare = robot.replace('<div id="px-captcha"></div>', '').replace(/Robot or human\?/g, '');
    expect(
      parseHtml(bare, 'https://www.walmart.com/blocked?url=L2lwLzE3MjgzOTQwNTY'),
    ).toMatchObject({
      kind: 'blocked',
      reason: 'robot-check',
    });
  });

  it('does not take a product page (PerimeterX sensor script, a product named like the page) for one', () => {
    for (const [file, url] of [
      [PRODUCT, PRODUCT_URL],
      ['product/dom-only_www-walmart-com.html', PRODUCT_URL],
      ['reviews/reviews-product_www-walmart-com.html', REVIEWS_URL],
    ] as const) {
      expect(walmart.detectBlocked(linkedomDocument(html(file)), new URL(url))).toBeNull();
    }
    const game = html(PRODUCT).replace(
      /<title>[^<]*<\/title>/,
      '<title>Robot or Human? Party Game - Walmart.com</title>',
    );
    expect(walmart.detectBlocked(linkedomDocument(game), new URL(PRODUCT_URL))).toBeNull();
  });
});

describe('product page (__NEXT_DATA__)', () => {
  const s = snap(html(PRODUCT));

  it('reads the listing: usItemId, title, current price in USD (not was/list/unit/carousel prices), seller', () => {
    expect(s).toMatchObject({
      market: 'walmart',
      pageType: 'product',
      parser: { id: 'walmart/product', version: 1 },
    });
    expect(s.listings).toEqual([
      {
        productKey: ITEM,
        url: `https://www.walmart.com/ip/${ITEM}`,
        title: TITLE,
        price: USD(24.88),
        featuredOffer: {
          price: USD(24.88),
          sellerName: 'BrightHome Goods',
          sellerId: 'A1B2C3D4E5F60718293A4B5C6D7E8F90',
        },
        rating: 4.3,
        ratingCount: 1287,
        brand: 'BrightHome',
        gtin: '810043710255',
        offerCount: 4,
      },
    ]);
    expect(s.warnings).toBeUndefined();
  });

  it('reads the 5 reviews with ids, stars, titles, US dates, authors, verified badges and votes', () => {
    expect(s.reviews!.map((r) => [r.id, r.rating, r.date, r.dateText, r.verified])).toEqual([
      ['298145531', 5, '2024-06-05', '6/5/2024', true],
      ['298377102', 1, '2024-06-12', '6/12/2024', true],
      ['297960448', 4, '2024-05-30', '5/30/2024', false],
      ['298502917', 2, '2024-12-01', '12/1/2024', true],
      ['296801774', 5, '2024-05-20', '5/20/2024', false],
    ]);
    expect(s.reviews![1]).toEqual({
      id: '298377102',
      productKey: ITEM,
      rating: 1,
      title: 'Leaked after two weeks',
      body: 'Started leaking from the base after two weeks and now it trips the breaker. The box was also crushed when it arrived. Returning it.',
      date: '2024-06-12',
      dateText: '6/12/2024',
      author: 'Marcus',
      verified: true,
      helpfulVotes: 3,
    });
    // reviewTitle null → no title; the seller's reply (clientResponses) is not part of the review.
    expect(s.reviews![2]).toMatchObject({ title: '', author: 'kim_r', helpfulVotes: 0 });
    expect(s.reviews!.some((r) => r.body.includes('BrightHome Support'))).toBe(false);
    expect(s.reviews![4]!.body).toMatch(/^\[This review was collected as part of a promotion\.\] /);
  });

  it('keeps markup in a review as inert text', () => {
    expect(s.reviews![3]).toMatchObject({
      title: '<b>Not</b> as pictured',
      body: "Arrived dented <script>alert('x')</script> <img src=x onerror=alert(1)> and the seller never answered my message.",
      author: 'Jo & Al',
    });
  });

  it('gives the same snapshot in jsdom', () => {
    expect(snap(html(PRODUCT), PRODUCT_URL, 'jsdom')).toEqual(s);
  });

  it('names Walmart.com as the seller when Walmart sells the item itself', () => {
    const page = withNextData((d) => {
      Object.assign(d.product, {
        sellerName: 'Walmart.com',
        sellerDisplayName: 'Walmart.com',
        sellerId: 'F55CDC31AB754BB68FE0B39041159D63',
        sellerType: 'INTERNAL',
      });
    });
    expect(snap(page).listings![0]!.featuredOffer).toEqual({
      price: USD(24.88),
      sellerName: 'Walmart.com',
      sellerId: 'F55CDC31AB754BB68FE0B39041159D63',
    });
  });
});

describe('product page from the rendered DOM', () => {
  it('reads title, price (not the sponsored banner above it nor the struck price) and "Walmart.com" with a warning', () => {
    const s = snap(
      html('product/dom-only_www-walmart-com.html'),
      `https://www.walmart.com/ip/${ITEM}`,
    );
    expect(s.listings).toEqual([
      {
        productKey: ITEM,
        url: `https://www.walmart.com/ip/${ITEM}`,
        title: 'Mainstays 12-Cup Programmable Coffee Maker, Black',
        price: USD(19.97),
        featuredOffer: { price: USD(19.97), sellerName: 'Walmart.com' },
      },
    ]);
    expect(s.reviews).toEqual([]);
    expect(s.warnings).toEqual([
      'no __NEXT_DATA__ script on the page: read from the rendered page',
    ]);
  });

  it('reads the DOM when __NEXT_DATA__ describes another item (navigation without reload)', () => {
    const s = snap(html(PRODUCT), `https://www.walmart.com/ip/other-kettle/5523190477`);
    expect(s.listings![0]).toMatchObject({
      productKey: '5523190477',
      title: TITLE,
      price: USD(24.88),
      featuredOffer: { price: USD(24.88), sellerName: 'BrightHome Goods' },
    });
    // The other item's reviews are not this one's.
    expect(s.reviews).toEqual([]);
    expect(s.warnings).toEqual([
      '__NEXT_DATA__ describes item 1728394056, not 5523190477 (a navigation without reload): read from the rendered page',
    ]);
  });

  it('reads the DOM when __NEXT_DATA__ is not valid JSON', () => {
    const page = html(PRODUCT).replace('{"props":{"pageProps"', '{"props":{pageProps');
    const s = snap(page);
    expect(s.listings![0]).toMatchObject({ title: TITLE, price: USD(24.88) });
    expect(s.warnings).toEqual(['__NEXT_DATA__ is not valid JSON: read from the rendered page']);
  });

  it('a page with neither the data nor a known title or price is a typed failure (parser-health)', () => {
    const out = parseHtml(html('product/broken-layout_www-walmart-com.html'));
    expect(out.kind).toBe('failed');
    if (out.kind === 'failed') {
      expect(out.parser).toEqual({ id: 'walmart/product', version: 1 });
      expect(out.error).toMatch(/no __NEXT_DATA__ script.*neither the title/);
    }
  });
});

describe('malformed or hostile page data', () => {
  it('a missing price is null plus a warning, never 0', () => {
    const page = withNextData((d) => {
      d.product.priceInfo.currentPrice = null;
    }).replace(/<span itemprop="price"[^]*?<\/span><\/span>/, '');
    const s = snap(page);
    expect(s.listings![0]!.price).toBeNull();
    expect(s.listings![0]!.featuredOffer).toEqual({
      price: null,
      sellerName: 'BrightHome Goods',
      sellerId: 'A1B2C3D4E5F60718293A4B5C6D7E8F90',
    });
    expect(s.warnings).toEqual(['no price on the page']);
  });

  it('a price missing from the data is read from the page, with a warning', () => {
    const s = snap(withNextData((d) => delete d.product.priceInfo));
    expect(s.listings![0]!.price).toEqual(USD(24.88));
    expect(s.warnings).toEqual(['no current price in the page data: read from the page']);
  });

  it.each([
    ['a string', '24.88'],
    ['NaN text', 'NaN'],
    ['negative', -24.88],
    ['zero', 0],
    ['huge', 1e300],
    ['an object', { valueOf: 5 }],
  ])('a current price that is %s falls back to the shown priceString', (_what, value) => {
    const s = snap(
      withNextData((d) => {
        d.product.priceInfo.currentPrice.price = value;
      }),
    );
    expect(s.listings![0]!.price).toEqual(USD(24.88));
  });

  it('a price whose number and shown string disagree is the shown one, with a warning', () => {
    const s = snap(
      withNextData((d) => {
        d.product.priceInfo.currentPrice.price = 2.488;
      }),
    );
    expect(s.listings![0]!.price).toEqual(USD(24.88));
    expect(s.warnings![0]).toMatch(/says 2\.49 but shows "\$24\.88"/);
  });

  it('a product without a chosen variant shows a range: the lower bound, with a warning', () => {
    const s = snap(
      withNextData((d) => {
        d.product.priceInfo.currentPrice = null;
        d.product.priceInfo.priceRange = {
          minPrice: 19.88,
          maxPrice: 34.88,
          priceString: '$19.88 - $34.88',
        };
      }),
    );
    expect(s.listings![0]!.price).toEqual(USD(19.88));
    expect(s.warnings).toEqual(['price range: using the lower bound 19.88 (upper 34.88)']);
  });

  it('the was price is never the price', () => {
    const s = snap(
      withNextData((d) => {
        d.product.priceInfo.currentPrice = { price: null, priceString: '' };
      }).replace(/<span itemprop="price"[^]*?<\/span><\/span>/, ''),
    );
    expect(s.listings![0]!.price).toBeNull();
    expect(JSON.stringify(s.listings)).not.toContain('39.99');
  });

  it('odd field types read as absent, hostile ids are dropped, prototype keys change nothing', () => {
    const page = withNextData((d) => {
      d.product.name = { toString: 'x' };
      d.product.sellerDisplayName = ['<img src=x>'];
      d.product.sellerName = 'BrightHome Goods LLC';
      d.product.sellerId = '"><script>alert(1)</script>';
      d.product.averageRating = 'five';
      d.product.numberOfReviews = -3;
      d.product.additionalOfferCount = 2.5;
      d.product.upc = '81004371025X';
      d.product['__proto__'] = { polluted: true };
      const [a, b, c, e] = d.reviews.customerReviews;
      a.reviewId = null;
      b.rating = 7;
      b.reviewSubmissionTime = '13/45/2024';
      c.reviewText = 42;
      e.reviewId = '<b>1</b>';
      d.reviews.customerReviews.push('not a review', null, { reviewId: 12345678, rating: 3 });
    });
    const s = snap(page);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(s.listings![0]).toEqual({
      productKey: ITEM,
      url: `https://www.walmart.com/ip/${ITEM}`,
      title: TITLE, // from the page's h1 when the data's name is not text
      price: USD(24.88),
      featuredOffer: { price: USD(24.88), sellerName: 'BrightHome Goods LLC' },
      rating: 4.3, // the reviews block's rounded average
      ratingCount: 1287,
      brand: 'BrightHome',
    });
    expect(s.reviews!.map((r) => [r.id, r.rating, r.date, r.body.slice(0, 12)])).toEqual([
      ['298377102', null, null, 'Started leak'],
      ['297960448', 4, '2024-05-30', ''],
      ['296801774', 5, '2024-05-20', '[This review'],
      ['12345678', 3, null, ''],
    ]);
    expect(s.warnings).toEqual([
      'review 1: no review id',
      'review 298377102: unreadable star rating',
      'review 298377102: unreadable date "13/45/2024"',
      'review 4: no review id',
      'review 6: no review id',
      'review 7: no review id',
      'review 12345678: unreadable date ""',
    ]);
  });

  it('a page data block that is not an object is read from the DOM instead', () => {
    const page = withNextData((d) => {
      d.product = 'hostile';
      d.reviews = [1, 2, 3];
    });
    const s = snap(page);
    expect(s.listings![0]).toMatchObject({ title: TITLE, price: USD(24.88) });
    expect(s.reviews).toEqual([]);
    expect(s.warnings).toEqual([
      '__NEXT_DATA__ has no product (data.product): read from the rendered page',
    ]);
  });
});

describe('reviews page', () => {
  const s: PageSnapshot = snap(html('reviews/reviews-product_www-walmart-com.html'), REVIEWS_URL);

  it('reads the product header (name, rating, count) as a listing without a price', () => {
    expect(s).toMatchObject({ pageType: 'reviews', parser: { id: 'walmart/reviews', version: 1 } });
    expect(s.listings).toEqual([
      {
        productKey: ITEM,
        url: `https://www.walmart.com/ip/${ITEM}`,
        title: TITLE,
        rating: 4.3,
        ratingCount: 1287,
      },
    ]);
    expect(s.warnings).toBeUndefined();
  });

  it('reads every review with id, stars, title, text, date, author, verified and votes', () => {
    expect(
      s.reviews!.map((r) => [
        r.id,
        r.rating,
        r.title,
        r.date,
        r.author,
        r.verified,
        r.helpfulVotes,
      ]),
    ).toEqual([
      ['298145531', 5, 'Boils fast, looks great', '2024-06-05', 'Dana', true, 15],
      ['301227645', 1, 'Stopped heating', '2025-01-15', 'Theresa', true, 2],
      ['300918220', 3, 'OK for the price', '2024-12-28', 'BigAl', true, 0],
      ['299004113', 5, 'Perfect size', '2024-09-03', 'mariag', false, 4],
      ['300112908', 4, 'Good kettle, slow delivery', '2024-11-09', 'Reggie', true, 1],
    ]);
    expect(s.reviews![1]!.body).toBe(
      'Stopped heating after a month. The light comes on but nothing happens. Very disappointed, waste of money.',
    );
  });

  it('fails (parser-health) when the page has no reviews data', () => {
    const page = html('reviews/reviews-product_www-walmart-com.html').replace(
      /<script id="__NEXT_DATA__"[^]*?<\/script>/,
      '',
    );
    const out = parseHtml(page, REVIEWS_URL);
    expect(out).toMatchObject({ kind: 'failed', error: expect.stringMatching(/no __NEXT_DATA__/) });
  });

  it('does not file another item’s reviews under this one', () => {
    const out = snap(
      html('reviews/reviews-product_www-walmart-com.html'),
      `${REVIEWS_URL.replace(ITEM, '5523190477')}`,
    );
    expect(out.reviews).toEqual([]);
    expect(out.listings).toBeUndefined();
    expect(out.warnings).toEqual([
      'the page data belongs to item 1728394056, not 5523190477: reviews not read',
    ]);
  });
});

describe('Walmart dates (US month/day/year)', () => {
  it.each([
    ['6/5/2024', '2024-06-05'],
    ['12/1/2024', '2024-12-01'],
    ['1/15/2025', '2025-01-15'],
    ['06/05/2024', '2024-06-05'],
    ['2/29/2024', '2024-02-29'],
    ['2/29/2023', null],
    ['13/5/2024', null],
    ['5/32/2024', null],
    ['2024-06-05T14:03:00.000Z', '2024-06-05'],
    ['Jun 5, 2024', '2024-06-05'],
    ['June 5, 2024', '2024-06-05'],
    ['5 days ago', null],
    ['', null],
  ])('%s → %s', (text, iso) => {
    expect(parseWalmartDate(text)).toBe(iso);
  });
});
