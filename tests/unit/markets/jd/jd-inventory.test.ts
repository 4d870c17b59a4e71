/**
 * The 京麦 product list (`jd/inventory`) on its hand-made fixtures (tests/fixtures/jd/inventory/,
 * provenance in SOURCE.txt): URL matching, every value of every row as the seller's own listing, a price
 * range, an unreadable price, reordered and renamed columns, an expanded SKU sub-table, rows not loaded
 * yet, a broken layout, the merchant sign-in, and the join with the public item page of the same SKU.
 */
import { describe, expect, it } from 'vitest';
import { jd } from '../../../../lib/markets/jd';
import { matchUrl } from '../../../../lib/markets/index';
import { listingId } from '../../../../lib/db/ingest';
import {
  fixturesOf,
  parseHtml,
  patternCovers,
  snapshotOf,
  type Dom,
} from '../back-office-fixtures';

const html = fixturesOf('jd');
const AT = '2026-11-20T08:00:00Z';
const ONSALE_URL = 'https://shop.jd.com/jdm/ware/manage/list/OnsaleWare?_JDMOMID_=1303,1302';
const ALL_URL = 'https://wares-jdm.jd.com/ware/wareList?activeTab=AllWare&businessModel=0';
const LOADING_URL = 'https://wares-jdm.jd.com/ware/wareList?activeTab=OnsaleWare&businessModel=0';
const CNY = (amount: number) => ({ amount, currency: 'CNY' });

const onsale = (dom: Dom = 'linkedom') =>
  snapshotOf(html('inventory/onsale-ware_shop-jd-com.html'), ONSALE_URL, AT, dom);

describe('matchUrl: the 京麦 product list', () => {
  it.each([
    [ONSALE_URL, 'inventory'],
    ['https://shop.jd.com/jdm/ware/manage/list/OnsaleWare', 'inventory'],
    ['https://shop.jd.com/jdm/ware/manage/list/AllWare/', 'inventory'],
    [ALL_URL, 'inventory'],
    ['https://wares-jdm.jd.com/ware/wareList', 'inventory'],
    ['https://wares-jdm.jd.com/ware/wareList?businessModel=2&loginType=2', 'inventory'],
    ['https://wares-jdm.jd.com/list/OnsaleWare?firstQuery=1', 'inventory'],
    ['https://item.jd.com/100012345678.html', 'product'],
    ['https://shop.jd.com/jdm/home', null],
    ['https://shop.jd.com/jdm/ware/publish', null],
    ['https://shop.jd.com/jdm/trade/after-sale/independent-after-sale/list', null],
    ['https://wares-jdm.jd.com/ware/commodity-inspection', null],
    ['https://wares-jdm.jd.com/ware/wareList?activeTab=<script>', null],
    ['https://passport.shop.jd.com/login/index.action/jdm', null],
    ['https://shop.jd.com.evil.io/jdm/ware/manage/list/OnsaleWare', null],
    ['https://wares-jdm.jd.com.evil.io/ware/wareList', null],
    ['https://evil-shop.jd.com.cn/jdm/ware/manage/list/OnsaleWare', null],
  ])('%s → %s', (url, pageType) => {
    const m = matchUrl(url);
    if (pageType === null) expect(m).toBeNull();
    else expect(m).toMatchObject({ market: 'jd', pageType, parserId: `jd/${pageType}` });
  });

  it('asks for the 京麦 workbench and the list app over HTTPS only', () => {
    for (const url of [ONSALE_URL, ALL_URL, 'https://wares-jdm.jd.com/list/OnsaleWare']) {
      expect(jd.matches.some((p) => patternCovers(p, url))).toBe(true);
      expect(jd.matches.some((p) => patternCovers(p, url.replace('https:', 'http:')))).toBe(false);
    }
    // Only the workbench's /jdm/ pages of shop.jd.com, not the shop's other sites.
    expect(jd.matches.some((p) => patternCovers(p, 'https://shop.jd.com/index.html'))).toBe(false);
  });
});

describe('在售商品 tab in the 京麦 workbench', () => {
  it('reads every row as an own listing keyed by its SKU id: title, 货号, 京东价 in CNY, 库存, the tab as status', () => {
    const s = onsale();
    expect(s).toMatchObject({
      market: 'jd',
      pageType: 'inventory',
      parser: { id: 'jd/inventory' },
    });
    expect(s.listings).toEqual([
      {
        productKey: '100012345678',
        url: 'https://item.jd.com/100012345678.html',
        own: true,
        title: '青屿 轻氧速干运动T恤男 夏季冰丝透气短袖 跑步健身上衣',
        sku: 'QY-TS-01',
        price: CNY(89),
        quantity: 1234,
        status: '在售商品',
      },
      {
        productKey: '100034567012',
        url: 'https://item.jd.com/100034567012.html',
        own: true,
        title: '青屿 速干运动短裤男 夏季宽松五分裤 跑步训练 带口袋',
        sku: 'QY-SP-02',
        price: CNY(69),
        quantity: 356,
        status: '在售商品',
      },
      {
        productKey: '100056781234',
        url: 'https://item.jd.com/100056781234.html',
        own: true,
        title: '青屿 运动腰包 跑步手机包 防水贴身',
        sku: 'QY-WB-07',
        price: null,
        quantity: 0,
        status: '在售商品',
      },
      {
        productKey: '100061234570',
        url: 'https://item.jd.com/100061234570.html',
        own: true,
        title: '青屿 冰丝防晒冰袖 男女骑行护臂 2双装',
        price: CNY(29.9),
        quantity: 12580,
        status: '在售商品',
      },
    ]);
  });

  it('takes the lower bound of a price range with a note, and a "--" price as null with a warning, never 0', () => {
    expect(onsale().warnings).toEqual([
      'inventory row 2 (SKU 100034567012): price range "¥69.00 - ¥99.00": using the lower bound 69 (upper 99)',
      'inventory row 3 (SKU 100056781234): unreadable price "--": no price shown',
    ]);
  });

  it('never counts the fixed 操作 column’s copy of each row, and reads the same in a browser-like DOM', () => {
    expect(onsale('jsdom')).toEqual(onsale());
  });

  it('keys the seller’s row like the public item page of the same SKU, so the two join', () => {
    const item = snapshotOf(
      html('product/classic_item-jd-com.html'),
      'https://item.jd.com/100012345678.html',
      AT,
    ).listings![0]!;
    const own = onsale().listings![0]!;
    expect(listingId('jd', own.productKey, own.url)).toBe(
      listingId('jd', item.productKey, item.url),
    );
    expect(own.url).toBe(item.url);
  });
});

describe('全部商品 tab of the list app, with the seller’s own columns', () => {
  const s = snapshotOf(html('inventory/all-ware-columns_wares-jdm-jd-com.html'), ALL_URL, AT);

  it('finds the columns by their labels in their new order, and each row’s own status', () => {
    expect(s.listings).toEqual([
      {
        productKey: '100012345678',
        url: 'https://item.jd.com/100012345678.html',
        own: true,
        title: '青屿 轻氧速干运动T恤男 夏季冰丝透气短袖 跑步健身上衣',
        sku: 'QY-TS-01',
        price: CNY(89),
        quantity: 1234,
        status: '在售',
      },
      {
        productKey: '100070001111',
        url: 'https://item.jd.com/100070001111.html',
        own: true,
        title: '青屿 速干运动T恤女 修身短袖 瑜伽健身服',
        sku: 'QY-TW-03',
        price: CNY(79),
        quantity: 52,
        status: '已下架',
      },
      {
        productKey: '100070002222',
        url: 'https://item.jd.com/100070002222.html',
        own: true,
        title: '青屿 加厚运动毛巾 速干吸汗 健身房专用',
        sku: 'YJ-MJ-11',
        price: CNY(39.9),
        quantity: 0,
        status: '待审核',
      },
    ]);
    expect(s.warnings).toEqual([
      'inventory row 2 (SKU 100070001111): price range "¥79.00 - ¥85.00": using the lower bound 79 (upper 85)',
    ]);
  });

  it('gives the SKUs expanded under a product no listings of their own', () => {
    expect(s.listings!.map((l) => l.productKey)).not.toContain('100070001112');
  });
});

describe('a list whose rows have not arrived yet', () => {
  it('is a snapshot with zero listings and a warning, not an error', () => {
    const s = snapshotOf(html('inventory/loading_wares-jdm-jd-com.html'), LOADING_URL, AT);
    expect(s.listings).toEqual([]);
    expect(s.warnings).toEqual(['no product rows yet: the list is still loading']);
  });

  it('before the table itself is drawn too', () => {
    const shell = '<html><body><div id="app" class="ware-list-app"></div></body></html>';
    const s = snapshotOf(shell, LOADING_URL, AT);
    expect(s.listings).toEqual([]);
    expect(s.warnings).toEqual([
      'no product list on the page yet (京麦 renders it after the page)',
    ]);
  });
});

describe('a list the parser no longer understands', () => {
  it('is `failed` with the headers it found (parser-health alert), not an empty list', () => {
    const out = parseHtml(html('inventory/broken-layout_shop-jd-com.html'), ONSALE_URL, AT);
    expect(out).toMatchObject({ kind: 'failed', parser: { id: 'jd/inventory', version: 1 } });
    if (out.kind !== 'failed') throw new Error('expected failed');
    expect(out.error).toBe(
      'parser threw: jd/inventory: 2 rows but no product and price/stock columns among the headers [ | 货品概览 | 到手价格 | 可用数量 | 操作] — the page layout may have changed',
    );
  });
});

describe('sign-in', () => {
  it('the JD login served at the list’s address is `blocked`, never a snapshot', () => {
    expect(parseHtml(html('blocked/login_passport-jd-com.html'), ONSALE_URL, AT)).toMatchObject({
      kind: 'blocked',
      reason: 'sign-in',
      match: { market: 'jd', pageType: 'inventory' },
    });
  });
});
