/**
 * Shopee Seller Centre's My Products (`shopee/inventory`) on its hand-made fixtures
 * (tests/fixtures/shopee/inventory/, provenance in SOURCE.txt): URL matching on the local and
 * cross-border centres, every value of every row as the seller's own listing keyed `<region>.<item id>`,
 * region currencies and digit grouping, variation price ranges, a product priced only by its variations,
 * abbreviated stock, the region of a cross-border shop, rows not loaded, a broken layout and the login.
 */
import { describe, expect, it } from 'vitest';
import { shopee } from '../../../../lib/markets/shopee';
import { matchUrl } from '../../../../lib/markets/index';
import { matchEditorUrl } from '../../../../lib/markets/editors';
import {
  fixturesOf,
  parseHtml,
  patternCovers,
  snapshotOf,
  type Dom,
} from '../back-office-fixtures';

const html = fixturesOf('shopee');
const AT = '2026-11-20T08:00:00Z';
const SG_URL = 'https://seller.shopee.sg/portal/product/list/live';
const CNSC_URL = 'https://seller.shopee.cn/portal/product/list/all?cnsc_shop_id=1187654321';
const VN_URL = 'https://banhang.shopee.vn/portal/product/list/live/all';
const SG = 'inventory/live_seller-shopee-sg.html';
const CNSC = 'inventory/all-cnsc_seller-shopee-cn.html';
const VN = 'inventory/live_banhang-shopee-vn.html';

const sg = (dom: Dom = 'linkedom') => snapshotOf(html(SG), SG_URL, AT, dom);

/** The fixture with every product row taken out, as the page is before its rows arrive. */
function withoutRows(page: string, loading: boolean): string {
  const empty = page.replace(/<tr class="eds-table__row[^"]*">[\s\S]*?<\/tr>/g, '');
  return loading
    ? empty.replace(
        '<div class="eds-table__body-container">',
        '<div class="eds-table__body-container"><div class="eds-table__loading"><div class="eds-spinner"></div></div>',
      )
    : empty;
}

describe('matchUrl: My Products on every Seller Centre', () => {
  it.each([
    [SG_URL, true],
    ['https://seller.shopee.sg/portal/product/list/all', true],
    [
      'https://seller.shopee.sg/portal/product/list/all?page=2&size=48&operationSortBy=recommend_v2',
      true,
    ],
    ['https://seller.shopee.com.my/portal/product/list/live/all', true],
    ['https://seller.shopee.co.th/portal/product/list/soldout', true],
    ['https://seller.shopee.tw/portal/product/list/all?keyword=123', true],
    ['https://seller.shopee.ph/portal/product/list/unpublished/draft', true],
    ['https://seller.shopee.co.id/portal/product/list/violation/banned', true],
    ['https://seller.shopee.com.br/portal/product/list/all', true],
    ['https://seller.shopee.vn/portal/product/list/all', true],
    [VN_URL, true],
    [CNSC_URL, true],
    ['https://seller.shopee.kr/portal/product/list/all?cnsc_shop_id=358623637', true],
    ['https://seller.shopee.sg/portal/product/23456789012', false],
    ['https://seller.shopee.sg/portal/product/new', false],
    ['https://seller.shopee.sg/portal/sale/order', false],
    ['https://shopee.sg/product/123456/23456789012', false],
    ['https://seller.shopee.sg.evil.io/portal/product/list/all', false],
    ['https://seller.shopee.com/portal/product/list/all', false],
    ['https://fakeseller.shopee.sg/portal/product/list/all', false],
  ])('%s → inventory: %s', (url, ok) => {
    const m = matchUrl(url);
    // The storefront's product page is another parser's (shopee-product.test.ts).
    if (!ok) expect(m === null || m.parserId === 'shopee/product').toBe(true);
    else
      expect(m).toMatchObject({
        market: 'shopee',
        pageType: 'inventory',
        parserId: 'shopee/inventory',
      });
  });

  it('leaves the product editor to the listing-edit script', () => {
    expect(matchEditorUrl('https://seller.shopee.sg/portal/product/23456789012')?.market).toBe(
      'shopee',
    );
    expect(matchEditorUrl(SG_URL)).toBeNull();
  });

  it('asks for the Seller Centres’ /portal/ pages over HTTPS only', () => {
    for (const url of [SG_URL, CNSC_URL, VN_URL]) {
      expect(shopee.matches.some((p) => patternCovers(p, url))).toBe(true);
      expect(shopee.matches.some((p) => patternCovers(p, url.replace('https:', 'http:')))).toBe(
        false,
      );
    }
    expect(
      shopee.matches.some((p) => patternCovers(p, 'https://seller.shopee.sg/account/signin')),
    ).toBe(false);
  });
});

describe('Seller Centre Singapore, Live', () => {
  it('reads each product (not its variations) as an own listing keyed sg.<item id>, in SGD, with the tab as status', () => {
    const s = sg();
    expect(s).toMatchObject({
      market: 'shopee',
      pageType: 'inventory',
      parser: { id: 'shopee/inventory', version: 1 },
    });
    expect(s.listings).toEqual([
      {
        productKey: 'sg.23456789012',
        own: true,
        title: 'Qingyu Quick-Dry Sports T-Shirt Men Ice Silk Breathable Running Gym Top',
        sku: 'QY-TS-01',
        price: { amount: 12.9, currency: 'SGD' },
        quantity: 150,
        status: 'Live',
      },
      {
        productKey: 'sg.23456789045',
        own: true,
        title: 'Qingyu Ice Silk UV Arm Sleeves Cycling Sun Protection (2 Pairs)',
        sku: 'QY-BX-05',
        price: { amount: 4.9, currency: 'SGD' },
        quantity: null,
        status: 'Live',
      },
      {
        productKey: 'sg.23456789078',
        own: true,
        title: 'Qingyu Waterproof Running Waist Pack Phone Belt',
        price: { amount: 9.5, currency: 'SGD' },
        quantity: 0,
        status: 'Live',
      },
    ]);
  });

  it('takes the lower bound of a variation range with a note, and abbreviated stock as null with a warning', () => {
    expect(sg().warnings).toEqual([
      'inventory row 1 (item 23456789012): price range "$12.90 - $15.90": using the lower bound 12.9 (upper 15.9)',
      'inventory row 2 (item 23456789045): stock: abbreviated count "2k" is not exact',
    ]);
  });

  it('never reads the fixed Action column’s copy of the rows, and reads the same in a browser-like DOM', () => {
    expect(sg('jsdom')).toEqual(sg());
  });

  it('keys a product like its public page: the region and the item id (no shop id on a local centre)', () => {
    const { productKey, url } = sg().listings![0]!;
    // shopee.sg/Qingyu-Quick-Dry-…-i.1029384756.23456789012 names shop 1029384756, item 23456789012.
    expect(productKey).toBe('sg.23456789012');
    expect(url).toBeUndefined();
    // A shop id in the address gives the public page.
    const withShop = snapshotOf(html(SG), `${SG_URL}?shopId=1029384756`, AT);
    expect(withShop.listings![0]!.url).toBe('https://shopee.sg/product/1029384756/23456789012');
  });
});

describe('China Seller Centre (CNSC), a Malaysian shop, 全部', () => {
  const s = snapshotOf(html(CNSC), CNSC_URL, AT);

  it('reads the region from the prices (RM → my), the public page from cnsc_shop_id, variations when the product shows no price', () => {
    expect(s.listings).toEqual([
      {
        productKey: 'my.7891234560',
        url: 'https://shopee.com.my/product/1187654321/7891234560',
        own: true,
        title: '青屿速干运动T恤男 冰丝透气 跑步健身上衣',
        sku: 'QY-TS-01',
        price: { amount: 25.9, currency: 'MYR' },
        quantity: 87,
      },
      {
        productKey: 'my.7891234561',
        url: 'https://shopee.com.my/product/1187654321/7891234561',
        own: true,
        title: '青屿运动腰包 防水 跑步手机包',
        sku: 'QY-WB-07',
        price: { amount: 19.9, currency: 'MYR' },
        quantity: 0,
        status: '已下架',
      },
    ]);
    expect(s.warnings).toEqual([
      'inventory row 1 (item 7891234560): no product price shown: the lowest of 3 variations, 25.9',
    ]);
  });

  it('takes a region the address names (cbsc_shop_region) over the prices', () => {
    const page = html(CNSC).replaceAll('RM ', '₱');
    const ph = snapshotOf(page, `${CNSC_URL}&cbsc_shop_region=ph`, AT);
    expect(ph.listings![1]).toMatchObject({
      productKey: 'ph.7891234561',
      url: 'https://shopee.ph/product/1187654321/7891234561',
      price: { amount: 19.9, currency: 'PHP' },
    });
  });

  it('cannot key a page whose prices name no currency: zero listings and a warning, never a guessed region', () => {
    const page = html(CNSC).replaceAll('RM ', '$');
    const s2 = snapshotOf(page, CNSC_URL, AT);
    expect(s2.listings).toEqual([]);
    expect(s2.warnings).toEqual([
      'shop region unknown (no cbsc_shop_region in the address, no price naming its currency): 2 rows not read',
    ]);
  });
});

describe('Seller Centre Vietnam, Đang hoạt động', () => {
  it('reads đồng prices and stock grouped with dots, in VND', () => {
    const s = snapshotOf(html(VN), VN_URL, AT);
    expect(s.listings).toEqual([
      {
        productKey: 'vn.25678901234',
        own: true,
        title: 'Áo thun thể thao nam Qingyu thoáng khí nhanh khô',
        sku: 'QY-TS-01',
        price: { amount: 129000, currency: 'VND' },
        quantity: 1250,
        status: 'Đang hoạt động',
      },
      {
        productKey: 'vn.25678901256',
        own: true,
        title: 'Túi đeo hông chạy bộ Qingyu chống nước',
        sku: 'QY-WB-07',
        price: { amount: 89000, currency: 'VND' },
        quantity: 320,
        status: 'Đang hoạt động',
      },
    ]);
    expect(s.warnings).toEqual([
      'inventory row 2 (item 25678901256): price range "₫89.000 - ₫99.000": using the lower bound 89000 (upper 99000)',
    ]);
  });
});

describe('hard pages', () => {
  it('an unreadable price is null with a warning, never 0', () => {
    const page = html(SG).replace('>$9.50<', '>Set price<');
    const s = snapshotOf(page, SG_URL, AT);
    expect(s.listings![2]!.price).toBeNull();
    expect(s.warnings).toContain(
      'inventory row 3 (item 23456789078): unreadable price "Set price": no number',
    );
  });

  it('rows not loaded yet: zero listings and a warning, not an error', () => {
    const loading = snapshotOf(withoutRows(html(SG), true), SG_URL, AT);
    expect(loading.listings).toEqual([]);
    expect(loading.warnings).toEqual(['no product rows yet: the list is still loading']);
    const bare = snapshotOf('<html><body><div id="app"></div></body></html>', SG_URL, AT);
    expect(bare.warnings).toEqual([
      'no product list on the page yet (Seller Centre renders it after the page)',
    ]);
  });

  it('a list the parser no longer understands is `failed` (parser-health alert)', () => {
    const page = html(SG)
      .replace('list-header-item-label">Product(s)<', 'list-header-item-label">Listing<')
      .replace('list-header-item-label">Price<', 'list-header-item-label">Amount<')
      .replace('list-header-item-label">Stock<', 'list-header-item-label">Qty<');
    const out = parseHtml(page, SG_URL, AT);
    expect(out).toMatchObject({ kind: 'failed', parser: { id: 'shopee/inventory' } });
    if (out.kind !== 'failed') throw new Error('expected failed');
    expect(out.error).toBe(
      'parser threw: shopee/inventory: 3 rows but no product and price/stock columns among the headers [Listing | Sales | Amount | Qty] — the page layout may have changed',
    );
  });

  it('the login drawn at the list’s address is `blocked`, never a snapshot', () => {
    const login =
      '<html><head><title>Shopee Seller Centre</title></head><body><div id="app"><form class="signin-form"><input name="loginKey" placeholder="Phone number / Username / Email"><input type="password" name="password"><button>Log In</button></form></div></body></html>';
    expect(parseHtml(login, SG_URL, AT)).toMatchObject({
      kind: 'blocked',
      reason: 'sign-in',
      match: { market: 'shopee', pageType: 'inventory' },
    });
    expect(parseHtml(html(SG), SG_URL, AT).kind).toBe('snapshot');
  });
});
