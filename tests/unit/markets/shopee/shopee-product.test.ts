/**
 * Shopee's public product page (`shopee/product`) on its hand-made fixtures
 * (tests/fixtures/shopee/product/, provenance in SOURCE.txt): URL matching on every region's storefront,
 * the listing keyed `<region>.<item id>` as Seller Centre keys it (never own), region currencies and a
 * variation price range, the shop as the seller, the reviews with their stars, dates, variations,
 * labelled prompt lines, likes and a seller's reply left out; a page before its price and reviews
 * arrived, page data left from the previous product, two broken layouts and the interstitials.
 * Parsed through the real registry with linkedom (as the CLI does) and jsdom.
 */
import { describe, expect, it } from 'vitest';
import { shopee } from '../../../../lib/markets/shopee';
import { matchUrl } from '../../../../lib/markets/index';
import { parseLikes, parseTimeLine } from '../../../../lib/markets/shopee/text';
import type { PageSnapshot, ReviewSnapshot } from '../../../../lib/schemas/snapshot';
import {
  fixturesOf,
  parseHtml,
  patternCovers,
  snapshotOf,
  type Dom,
} from '../back-office-fixtures';

const html = fixturesOf('shopee');
const AT = '2025-10-05T03:00:00Z';
const TW = 'product/product-2024_shopee-tw.html';
const SG = 'product/product-2025_shopee-sg.html';
const ID = 'product/reviews-pending_shopee-co-id.html';
const TW_URL =
  'https://shopee.tw/%E3%80%90%E7%8F%BE%E8%B2%A8%E3%80%91%E9%9D%92%E5%B1%BF-%E8%BC%95%E6%B0%A7%E9%80%9F%E4%B9%BE%E9%81%8B%E5%8B%95T%E6%81%A4-i.178293456.24681357913?sp_atk=9f1c0a7e&xptdk=9f1c0a7e';
const SG_URL = 'https://shopee.sg/product/1029384756/23456789012';
const SG_SLUG_URL =
  'https://shopee.sg/Qingyu-Quick-Dry-Sports-T-Shirt-Men-Ice-Silk-Breathable-Running-Gym-Top-i.1029384756.23456789012';
const ID_URL =
  'https://shopee.co.id/Kaos-Olahraga-Pria-Qingyu-Dry-Fit-Ice-Silk-i.387654321.27654321098';

const tw = (dom: Dom = 'linkedom') => snapshotOf(html(TW), TW_URL, AT, dom);
const sg = (dom: Dom = 'linkedom') => snapshotOf(html(SG), SG_URL, AT, dom);
const byAuthor = (s: PageSnapshot, author: string): ReviewSnapshot =>
  s.reviews!.find((r) => r.author === author)!;

describe('matchUrl: the product page on every storefront', () => {
  it.each([
    [TW_URL, true],
    [SG_URL, true],
    [SG_SLUG_URL, true],
    [ID_URL, true],
    ['https://shopee.com.my/Beg-Pinggang-i.7788990.7891234560', true],
    ['https://shopee.co.th/product/1234567/8912345678/', true],
    ['https://shopee.ph/Arm-Sleeves-i.55667788.7891234561?sp_atk=abc', true],
    ['https://shopee.vn/%C3%81o-thun-th%E1%BB%83-thao-i.88679925.25678901234', true],
    ['https://shopee.com.br/Camiseta-Dry-Fit-i.33445566.22334455667', true],
    ['https://shopee.com.mx/product/44556677/3344556677', true],
    ['https://shopee.com.co/Camiseta-i.44556677.3344556678', true],
    ['https://shopee.cl/Polera-i.44556677.3344556679', true],
    ['http://shopee.sg/product/1029384756/23456789012', true],
    ['https://shopee.sg/', false],
    ['https://shopee.sg/search?keyword=t%20shirt', false],
    ['https://shopee.sg/qingyu.sports.sg', false],
    ['https://shopee.sg/cart', false],
    ['https://shopee.sg/Men-s-Wear-cat.11012963', false],
    ['https://shopee.sg/buyer/login?next=https%3A%2F%2Fshopee.sg%2Fproduct%2F1%2F2', false],
    ['https://shopee.sg/product/1029384756', false],
    ['https://shopee.sg.evil.io/product/1029384756/23456789012', false],
    ['https://shopee.com/product/1029384756/23456789012', false],
    ['https://www.shopee.sg.example.com/x-i.1.2', false],
    ['https://seller.shopee.sg/product/1029384756/23456789012', false],
  ])('%s → product: %s', (url, ok) => {
    const m = matchUrl(url);
    if (!ok) expect(m?.parserId).not.toBe('shopee/product');
    else
      expect(m).toMatchObject({
        market: 'shopee',
        pageType: 'product',
        parserId: 'shopee/product',
      });
  });

  it("asks for each region's storefront, over HTTPS, beside Seller Centre", () => {
    const storefronts = shopee.matches.filter((p) => !p.includes('/portal/'));
    expect(storefronts).toEqual([
      'https://shopee.sg/*',
      'https://shopee.com.my/*',
      'https://shopee.co.th/*',
      'https://shopee.tw/*',
      'https://shopee.ph/*',
      'https://shopee.co.id/*',
      'https://shopee.vn/*',
      'https://shopee.com.br/*',
      'https://shopee.com.mx/*',
      'https://shopee.com.co/*',
      'https://shopee.cl/*',
    ]);
    for (const url of [TW_URL, SG_URL, ID_URL]) {
      expect(shopee.matches.some((p) => patternCovers(p, url))).toBe(true);
    }
    expect(shopee.matches.some((p) => patternCovers(p, 'http://shopee.sg/product/1/2'))).toBe(
      false,
    );
  });
});

describe('shopee.tw, 2024 layout, Traditional Chinese reviews', () => {
  const s = tw();

  it('reads one listing keyed tw.<item id>, never own: title, the range’s lowest TWD price, shop, rating', () => {
    expect(s).toMatchObject({
      market: 'shopee',
      pageType: 'product',
      parser: { id: 'shopee/product', version: 1 },
    });
    expect(s.listings).toEqual([
      {
        productKey: 'tw.24681357913',
        url: 'https://shopee.tw/product/178293456/24681357913',
        title: '【現貨】青屿 輕氧速乾運動T恤 男 夏季冰絲透氣短袖 跑步健身上衣',
        price: { amount: 299, currency: 'TWD' },
        featuredOffer: {
          price: { amount: 299, currency: 'TWD' },
          sellerName: '青屿運動旗艦館',
          sellerId: '178293456',
        },
        rating: 4.7,
        ratingCount: 1287,
      },
    ]);
    expect(s.warnings).toEqual(['price range "$299 - $459": the variations\' lowest price, 299']);
  });

  it('reads all 5 reviews: stars, dates, variations, authors, likes, under the product', () => {
    expect(s.reviews).toHaveLength(5);
    expect(s.reviews!.every((r) => r.productKey === 'tw.24681357913' && r.title === '')).toBe(true);
    expect(s.reviews!.map((r) => r.rating)).toEqual([5, 1, 4, 5, 2]);
    expect(s.reviews!.map((r) => r.date)).toEqual([
      '2024-03-12',
      '2024-03-10',
      '2024-03-08',
      '2024-02-29',
      '2024-02-15',
    ]);
    expect(byAuthor(s, 'h*****8')).toEqual({
      id: expect.stringMatching(/^shopee-[0-9a-f]{16}$/),
      productKey: 'tw.24681357913',
      rating: 5,
      title: '',
      body: '材質：冰絲面料，摸起來涼涼的\n與描述相符：相符\n布料很舒服，速乾效果不錯，跑步流汗也不會黏在身上。\n尺寸剛好，下次會再回購其他顏色！',
      date: '2024-03-12',
      dateText: '2024-03-12 14:21',
      author: 'h*****8',
      variant: '黑色,L',
      helpfulVotes: 3,
    });
    expect(byAuthor(s, '拾***光')).toMatchObject({
      rating: 1,
      body: '品質太差了，洗一次就起毛球，而且線頭很多。傳訊息給賣家也都不回，非常失望，不會再買。',
      variant: '白色,M',
      helpfulVotes: 12,
    });
    expect(byAuthor(s, 'm*****a')).toMatchObject({
      rating: 4,
      body: '材質：還可以\n衣服本身不錯，但是物流太慢了，等了一個多星期才收到，外包裝還破了一個洞。',
    });
  });

  it("keeps a stars-only review with an empty body, never the seller's reply under it", () => {
    expect(byAuthor(s, '0*****z')).toMatchObject({
      rating: 5,
      body: '',
      date: '2024-02-29',
      variant: '黑色,XL',
      helpfulVotes: 0,
    });
    expect(s.reviews!.some((r) => r.body.includes('謝謝您') || r.body.includes('期待您'))).toBe(
      false,
    );
  });

  it('keeps review text that looks like markup as inert text, and a time line without a variation', () => {
    const r = byAuthor(s, 's*****t');
    expect(r.body).toBe('尺碼標示不準，偏小很多，退貨流程也很麻煩。<img src=x onerror=alert(1)>');
    expect(r.variant).toBeUndefined();
    expect(r.dateText).toBe('2024-02-15 18:02');
  });

  it('gives the same snapshot in jsdom, with ids stable across parses', () => {
    expect(tw('jsdom')).toEqual(s);
    expect(new Set(s.reviews!.map((r) => r.id)).size).toBe(5);
  });
});

describe('shopee.sg, 2025 layout, English reviews', () => {
  const s = sg();

  it('keys the product as Seller Centre does, so the public page joins the seller’s row', () => {
    const own = snapshotOf(
      html('inventory/live_seller-shopee-sg.html'),
      'https://seller.shopee.sg/portal/product/list/live',
      AT,
    );
    expect(own.listings!.map((l) => l.productKey)).toContain(s.listings![0]!.productKey);
    expect(snapshotOf(html(SG), SG_SLUG_URL, AT).listings).toEqual(s.listings);
  });

  it('reads the current SGD price (not the struck one), the shop and the rating; never own', () => {
    expect(s.listings).toEqual([
      {
        productKey: 'sg.23456789012',
        url: SG_URL,
        title: 'Qingyu Quick-Dry Sports T-Shirt Men Ice Silk Breathable Running Gym Top',
        price: { amount: 12.9, currency: 'SGD' },
        featuredOffer: {
          price: { amount: 12.9, currency: 'SGD' },
          sellerName: 'Qingyu Sports Official',
          sellerId: '1029384756',
        },
        rating: 4.6,
        ratingCount: 386,
      },
    ]);
    expect(s.listings![0]!.own).toBeUndefined();
    expect(s.warnings).toBeUndefined();
  });

  it('reads the labelled prompt lines with the text, and leaves the seller’s response out', () => {
    expect(s.reviews!.map((r) => [r.author, r.rating, r.date, r.variant, r.helpfulVotes])).toEqual([
      ['j*****n', 5, '2025-10-02', 'Black,L', 4],
      ['k*****3', 1, '2025-09-28', 'White,M', 9],
      ['a*****e', 3, '2025-09-20', 'Grey,XL', 0],
      ['r*****8', 4, '2025-09-11', undefined, 0],
    ]);
    expect(byAuthor(s, 'j*****n').body).toBe(
      'Quality: Very good, soft and light\nPerformance: Dries fast\nFabric is soft and dries really fast after my evening runs. Fits true to size.\nWill buy another colour!',
    );
    expect(byAuthor(s, 'r*****8').body).toBe(
      'Good value for the price, a bit thin but comfortable for the gym.',
    );
  });

  it('ignores page data left from the previous product after an in-app navigation', () => {
    const stale = html(SG)
      .replace('"productID":"23456789012"', '"productID":"23456789099"')
      .replace(/<section class="page-product__shop">[\s\S]*?<\/section>/, '');
    const out = snapshotOf(stale, SG_URL, AT);
    expect(out.listings![0]).toMatchObject({ price: { amount: 12.9 }, rating: 4.6 });
    expect(out.listings![0]!.ratingCount).toBeUndefined();
    expect(out.listings![0]!.featuredOffer).toEqual({
      price: { amount: 12.9, currency: 'SGD' },
      sellerId: '1029384756',
    });
    expect(out.warnings).toContain(
      'the page data names another product (left from the previous page): not used',
    );
  });

  it('says so when the page data and the shown price differ, and uses the shown price', () => {
    const out = snapshotOf(html(SG).replace('"price":"12.90"', '"price":"13.90"'), SG_URL, AT);
    expect(out.listings![0]!.price).toEqual({ amount: 12.9, currency: 'SGD' });
    expect(out.warnings).toEqual([
      'the page data says 13.9 but the page shows 12.9: the shown price is used',
    ]);
  });
});

describe('a page before its price and reviews arrived (shopee.co.id)', () => {
  it('is the listing with the page data’s lowest IDR price and warnings, no reviews, no failure', () => {
    const s = snapshotOf(html(ID), ID_URL, AT);
    expect(s.listings).toEqual([
      {
        productKey: 'id.27654321098',
        url: 'https://shopee.co.id/product/387654321/27654321098',
        title: 'Kaos Olahraga Pria Qingyu Dry Fit Ice Silk',
        price: { amount: 59000, currency: 'IDR' },
        featuredOffer: { price: { amount: 59000, currency: 'IDR' }, sellerId: '387654321' },
        rating: 4.83,
        ratingCount: 2318,
      },
    ]);
    expect(s.reviews).toEqual([]);
    expect(s.warnings).toEqual([
      "no price shown yet: the page data's lowest price, 59000",
      'no reviews rendered yet (Shopee loads them when the section scrolls into view)',
    ]);
  });

  it('gives a null price with a warning when neither the page nor its data shows one', () => {
    const bare = html(ID).replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '');
    const s = snapshotOf(bare, ID_URL, AT);
    expect(s.listings![0]!.price).toBeNull();
    expect(s.warnings).toContain('price not shown yet');
  });

  it('reads a price shown but unreadable as null plus a warning, never 0', () => {
    const odd = html(ID).replace(
      '<div class="shopee-loading-skeleton" style="width: 180px; height: 30px;"></div>',
      '<div class="IZPeQz B67UQ0">Rp 5.9.0.0</div>',
    );
    const s = snapshotOf(
      odd.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, ''),
      ID_URL,
      AT,
    );
    expect(s.listings![0]!.price).toBeNull();
    expect(s.warnings).toContain('unreadable price "Rp 5.9.0.0"');
  });
});

describe('layouts the parser cannot read, and interstitials', () => {
  it.each([
    ['product/broken-layout_shopee-sg.html', SG_URL, /neither the product briefing/],
    [
      'product/broken-reviews_shopee-tw.html',
      TW_URL,
      /2 review cards on the page but none could be read/,
    ],
  ])('%s is `failed`, never an empty product', (file, url, error) => {
    const out = parseHtml(html(file), url, AT);
    expect(out).toMatchObject({ kind: 'failed', parser: { id: 'shopee/product' } });
    expect(out.kind === 'failed' && out.error).toMatch(error);
  });

  it.each([
    [
      'sign-in',
      '<html><head><title>Log In | Shopee Singapore</title></head><body><div id="main"><form class="login-form"><input name="loginKey" placeholder="Phone number / Username / Email"><input type="password" name="password"><button>LOG IN</button></form></div></body></html>',
    ],
    [
      'captcha',
      '<html><head><title>Shopee</title></head><body><div id="main"><div class="captcha-slider-container"><div class="captcha-slider__track"></div></div></div></body></html>',
    ],
  ])('a %s page drawn at a product address is `blocked`, never a snapshot', (reason, page) => {
    expect(parseHtml(page, SG_URL, AT)).toMatchObject({ kind: 'blocked', reason });
  });

  it('does not take a product page (with its header "Login" link) for an interstitial', () => {
    expect(parseHtml(html(SG), SG_URL, AT).kind).toBe('snapshot');
    expect(parseHtml(html(TW), TW_URL, AT).kind).toBe('snapshot');
  });
});

describe('Shopee review text', () => {
  it.each([
    ['2024-03-12 14:21 | Variation: Black,L', '2024-03-12 14:21', '2024-03-12', 'Black,L'],
    [
      '2024-03-16 18:14 | Phân loại hàng: Hk3 Xanh lam',
      '2024-03-16 18:14',
      '2024-03-16',
      'Hk3 Xanh lam',
    ],
    ['2024-02-29 11:30 | 規格: 黑色,XL', '2024-02-29 11:30', '2024-02-29', '黑色,XL'],
    ['2025-01-05 08:00 | Variasi: Hitam,XL', '2025-01-05 08:00', '2025-01-05', 'Hitam,XL'],
    ['2024-02-15 18:02', '2024-02-15 18:02', '2024-02-15', ''],
    ['2023-02-30 10:00', '2023-02-30 10:00', null, ''],
    ['há 2 dias', 'há 2 dias', null, ''],
  ])('%s → %s, %s, %s', (text, dateText, date, variant) => {
    expect(parseTimeLine(text)).toEqual({ dateText, date, variant });
  });

  it('reads like counts', () => {
    expect(parseLikes('12', true)).toBe(12);
    expect(parseLikes('1,204', true)).toBe(1204);
    expect(parseLikes('', true)).toBe(0);
    expect(parseLikes('Helpful?', true)).toBe(0);
    expect(parseLikes('', false)).toBeUndefined();
  });

  it('puts a space after a prompt label the page writes without one', () => {
    const page = html(SG).replace(
      '<span style="color: rgba(0, 0, 0, 0.4);">Quality: </span>Very good',
      '<span style="color: rgba(0, 0, 0, 0.4);">Quality:</span>Very good',
    );
    expect(byAuthor(snapshotOf(page, SG_URL, AT), 'j*****n').body).toMatch(
      /^Quality: Very good, soft and light\n/,
    );
  });

  it('reads the 2018–2022 card, whose text is `.shopee-product-rating__content`', () => {
    const old = html(SG).replace(
      /<div class="shopee-product-rating__time">2025-09-11 12:00<\/div>/,
      '<div class="shopee-product-rating__time">2021-06-01 09:30</div><div class="shopee-product-rating__content">Nice shirt, fast delivery</div>',
    );
    expect(byAuthor(snapshotOf(old, SG_URL, AT), 'r*****8')).toMatchObject({
      body: 'Nice shirt, fast delivery',
      date: '2021-06-01',
    });
  });
});
