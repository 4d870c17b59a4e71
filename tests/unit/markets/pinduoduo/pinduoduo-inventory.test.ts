/**
 * The Pinduoduo product list (`pinduoduo/inventory`) on its hand-made fixtures
 * (tests/fixtures/pinduoduo/inventory/, provenance in SOURCE.txt): URL matching, every value of every
 * row as the seller's own listing, a spec price range, 拼单价 before 单买价, specs expanded under a row,
 * the status from the selected tab, rows not loaded yet, a broken layout and the MMS login.
 */
import { describe, expect, it } from 'vitest';
import { pinduoduo } from '../../../../lib/markets/pinduoduo';
import { matchUrl } from '../../../../lib/markets/index';
import {
  fixturesOf,
  parseHtml,
  patternCovers,
  snapshotOf,
  type Dom,
} from '../back-office-fixtures';

const html = fixturesOf('pinduoduo');
const AT = '2026-11-20T08:00:00Z';
const LIST_URL = 'https://mms.pinduoduo.com/goods/goods_list?msfrom=mms_sidenav';
const ON_SALE = 'inventory/on-sale_mms-pinduoduo-com.html';
const SOLD_OUT = 'inventory/sold-out-columns_mms-pinduoduo-com.html';
const CNY = (amount: number) => ({ amount, currency: 'CNY' });
const goodsUrl = (id: string) => `https://mobile.yangkeduo.com/goods.html?goods_id=${id}`;

const onSale = (dom: Dom = 'linkedom') => snapshotOf(html(ON_SALE), LIST_URL, AT, dom);

describe('matchUrl: the MMS goods list', () => {
  it.each([
    [LIST_URL, true],
    ['https://mms.pinduoduo.com/goods/goods_list', true],
    ['https://mms.pinduoduo.com/goods/goods_list/', true],
    ['https://mms.pinduoduo.com/goods/goods_detail?goods_id=409876543210', false],
    ['https://mms.pinduoduo.com/goods/goods_add/index', false],
    ['https://mms.pinduoduo.com/home', false],
    ['https://mms.pinduoduo.com/login/?redirectUrl=%2Fgoods%2Fgoods_list', false],
    ['https://mobile.yangkeduo.com/goods.html?goods_id=409876543210', false],
    ['https://mms.pinduoduo.com.evil.io/goods/goods_list', false],
    ['https://fakemms.pinduoduo.com/goods/goods_list', false],
  ])('%s → inventory: %s', (url, ok) => {
    const m = matchUrl(url);
    if (!ok) expect(m).toBeNull();
    else
      expect(m).toMatchObject({
        market: 'pinduoduo',
        pageType: 'inventory',
        parserId: 'pinduoduo/inventory',
      });
  });

  it('asks for the MMS host over HTTPS only', () => {
    expect(pinduoduo.matches).toEqual(['https://mms.pinduoduo.com/*']);
    expect(patternCovers(pinduoduo.matches[0]!, LIST_URL)).toBe(true);
    expect(patternCovers(pinduoduo.matches[0]!, LIST_URL.replace('https:', 'http:'))).toBe(false);
  });
});

describe('在售中', () => {
  it('reads every row as an own listing keyed by its goods id: title, 商品编码, price in CNY, 库存, the tab', () => {
    const s = onSale();
    expect(s).toMatchObject({
      market: 'pinduoduo',
      pageType: 'inventory',
      parser: { id: 'pinduoduo/inventory', version: 1 },
    });
    expect(s.listings).toEqual([
      {
        productKey: '409876543210',
        url: goodsUrl('409876543210'),
        own: true,
        title: '青屿速干运动T恤男夏季冰丝透气短袖跑步健身上衣',
        sku: 'QY-TS-01',
        price: CNY(79.9),
        quantity: 2340,
        status: '在售中',
      },
      {
        productKey: '409876543322',
        url: goodsUrl('409876543322'),
        own: true,
        title: '青屿速干运动短裤男宽松五分裤跑步训练',
        sku: 'QY-SP-02',
        price: CNY(19.9),
        quantity: 500,
        status: '在售中',
      },
      {
        productKey: '409876543987',
        url: goodsUrl('409876543987'),
        own: true,
        title: '青屿运动腰包跑步手机包防水贴身',
        price: CNY(25),
        quantity: 0,
        status: '在售中',
      },
      {
        productKey: '409876544101',
        url: goodsUrl('409876544101'),
        own: true,
        title: '青屿冰丝防晒冰袖男女骑行护臂2双装',
        sku: 'QY-BX-05',
        price: CNY(9.9),
        quantity: 12580,
        status: '在售中',
      },
    ]);
    expect(s.warnings).toEqual([
      'inventory row 2 (goods 409876543322): price range "¥19.90~¥39.90": using the lower bound 19.9 (upper 39.9)',
    ]);
  });

  it('reads the same in a browser-like DOM', () => {
    expect(onSale('jsdom')).toEqual(onSale());
  });

  it('an unreadable price is null with a warning, never 0', () => {
    const page = html(ON_SALE).replace('>¥25.00<', '>价格审核中<');
    const s = snapshotOf(page, LIST_URL, AT);
    expect(s.listings![2]!.price).toBeNull();
    expect(s.warnings).toContain(
      'inventory row 3 (goods 409876543987): unreadable price "价格审核中": no number',
    );
  });

  it('takes the goods id from the edit link when the goods cell prints none', () => {
    const page = html(ON_SALE)
      .replace('ID: 409876543987', '')
      .replace('href="https://mobile.yangkeduo.com/goods.html?goods_id=409876543987"', 'href="#"');
    expect(snapshotOf(page, LIST_URL, AT).listings![2]!.productKey).toBe('409876543987');
  });
});

describe('已售罄, with the seller’s own columns', () => {
  const s = snapshotOf(html(SOLD_OUT), LIST_URL, AT);

  it('takes the 拼单价 (never the 单买价), reads "已售罄" stock as 0, and the tab as status', () => {
    expect(s.listings).toEqual([
      {
        productKey: '409876545555',
        url: goodsUrl('409876545555'),
        own: true,
        title: '青屿速干运动T恤女修身短袖瑜伽健身服',
        sku: 'QY-TW-03',
        price: CNY(49.9),
        quantity: 0,
        status: '已售罄',
      },
      {
        productKey: '409876546666',
        url: goodsUrl('409876546666'),
        own: true,
        title: '青屿加厚运动毛巾速干吸汗健身房专用',
        price: CNY(12.8),
        quantity: 0,
        status: '已售罄',
      },
    ]);
    expect(s.warnings).toEqual([
      'inventory row 1 (goods 409876545555): price range "¥49.90~¥55.90": using the lower bound 49.9 (upper 55.9)',
    ]);
  });

  it('gives the specs expanded under a goods row no listings of their own', () => {
    expect(s.listings!.map((l) => l.sku)).not.toContain('QY-TW-03-S');
  });
});

describe('a list whose rows have not arrived yet', () => {
  it('is a snapshot with zero listings and a warning, not an error', () => {
    const s = snapshotOf(html('inventory/loading_mms-pinduoduo-com.html'), LIST_URL, AT);
    expect(s.listings).toEqual([]);
    expect(s.warnings).toEqual(['no goods rows yet: the list is still loading']);
  });
});

describe('a list the parser no longer understands', () => {
  it('is `failed` (parser-health alert), not an empty list', () => {
    const page = html(ON_SALE)
      .replace('<span>商品信息</span>', '<span>货品</span>')
      .replace('<span>价格(元)</span>', '<span>到手价</span>')
      .replace('<span>总库存</span>', '<span>可售数</span>');
    const out = parseHtml(page, LIST_URL, AT);
    expect(out).toMatchObject({ kind: 'failed', parser: { id: 'pinduoduo/inventory' } });
    if (out.kind !== 'failed') throw new Error('expected failed');
    expect(out.error).toBe(
      'parser threw: pinduoduo/inventory: 4 rows but no goods and price/stock columns among the headers [ | 货品 | 到手价 | 可售数 | 累计销量 | 创建时间 | 操作] — the page layout may have changed',
    );
  });
});

describe('sign-in', () => {
  it('the MMS login at the list’s address is `blocked`, never a snapshot', () => {
    expect(parseHtml(html('blocked/login_mms-pinduoduo-com.html'), LIST_URL, AT)).toMatchObject({
      kind: 'blocked',
      reason: 'sign-in',
      match: { market: 'pinduoduo', pageType: 'inventory' },
    });
  });

  it('does not take the list itself for an interstitial', () => {
    expect(parseHtml(html(ON_SALE), LIST_URL, AT).kind).toBe('snapshot');
  });
});
