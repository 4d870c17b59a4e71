/**
 * The Taobao/Tmall product list (`taobao/inventory`) on its hand-made fixtures
 * (tests/fixtures/taobao/inventory/, provenance in SOURCE.txt): URL matching, every value of every row
 * as the seller's own listing, a SKU price range, ID and 编码 printed in one span, an item known only by
 * its link, rows not loaded yet, a broken layout, the 千牛 login, and the Tmall item link.
 */
import { describe, expect, it } from 'vitest';
import { taobao } from '../../../../lib/markets/taobao';
import { matchUrl } from '../../../../lib/markets/index';
import { matchEditorUrl } from '../../../../lib/markets/editors';
import {
  fixturesOf,
  parseHtml,
  patternCovers,
  snapshotOf,
  type Dom,
} from '../back-office-fixtures';

const html = fixturesOf('taobao');
const AT = '2026-11-20T08:00:00Z';
const ON_SALE_URL = 'https://myseller.taobao.com/home.htm/SellManage/on_sale?current=1&pageSize=20';
const IN_STOCK_URL = 'https://item.manager.taobao.com/taobao/manager/render.htm?tab=in_stock';
const ON_SALE = 'inventory/on-sale_myseller-taobao-com.html';
const IN_STOCK = 'inventory/in-stock_item-manager-taobao-com.html';
const CNY = (amount: number) => ({ amount, currency: 'CNY' });

const onSale = (dom: Dom = 'linkedom') => snapshotOf(html(ON_SALE), ON_SALE_URL, AT, dom);

describe('matchUrl: the 千牛 product list', () => {
  it.each([
    [ON_SALE_URL, true],
    ['https://myseller.taobao.com/home.htm/SellManage/in_stock', true],
    ['https://myseller.taobao.com/home.htm/SellManage/all?queryItemId=652301847716', true],
    ['https://qn.taobao.com/home.htm/SellManage/on_sale', true],
    ['https://qn.taobao.com/home.htm/sell-manage-tm/on_sale', true],
    [IN_STOCK_URL, true],
    [
      'https://item.publish.taobao.com/taobao/manager/render.htm?tab=on_sale&table.sort.startDate_m=desc',
      true,
    ],
    [
      'https://item.upload.taobao.com/taobao/manager/render.htm?tab=in_stock&table.sort.endDate_m=desc',
      true,
    ],
    ['https://item.manager.tmall.com/tmall/manager/render.htm?tab=on_sale', true],
    ['https://item.manager.taobao.com/taobao/manager/render.htm', true],
    ['https://myseller.taobao.com/home.htm/QnworkbenchHome/', false],
    ['https://myseller.taobao.com/home.htm/SellManage/publish/x', false],
    ['https://myseller.taobao.com/', false],
    ['https://item.upload.taobao.com/sell/v2/publish.htm?itemId=652301847716', false],
    ['https://item.manager.taobao.com/taobao/manager/table.htm', false],
    ['https://item.manager.taobao.com/taobao/manager/render.htm?tab=<b>', false],
    ['https://loginmyseller.taobao.com/?redirect_url=https%3A%2F%2Fmyseller.taobao.com', false],
    ['https://myseller.taobao.com.evil.io/home.htm/SellManage/on_sale', false],
    ['https://evilmyseller.taobao.com/home.htm/SellManage/on_sale', false],
  ])('%s → inventory: %s', (url, ok) => {
    const m = matchUrl(url);
    if (!ok) expect(m).toBeNull();
    else
      expect(m).toMatchObject({
        market: 'taobao',
        pageType: 'inventory',
        parserId: 'taobao/inventory',
      });
  });

  it('leaves the publish form to the listing editor', () => {
    const publish = 'https://item.upload.taobao.com/sell/v2/publish.htm?itemId=652301847716';
    expect(matchEditorUrl(publish)?.market).toBe('taobao');
    expect(matchEditorUrl(ON_SALE_URL)).toBeNull();
  });

  it('asks for the workbench and the item managers over HTTPS only', () => {
    for (const url of [
      ON_SALE_URL,
      IN_STOCK_URL,
      'https://qn.taobao.com/home.htm/SellManage/on_sale',
    ]) {
      expect(taobao.matches.some((p) => patternCovers(p, url))).toBe(true);
      expect(taobao.matches.some((p) => patternCovers(p, url.replace('https:', 'http:')))).toBe(
        false,
      );
    }
  });

  it('reads an item page as the public product, never as the list', () => {
    // The item page's own parser (taobao-product.test.ts) reads it.
    expect(matchUrl('https://item.taobao.com/item.htm?id=652301847716')?.parserId).toBe(
      'taobao/product',
    );
  });
});

describe('出售中 in the 千牛 workbench', () => {
  it('reads every row as an own listing keyed by its item id: title, 编码, 价格 in CNY, 库存, the tab', () => {
    const s = onSale();
    expect(s).toMatchObject({
      market: 'taobao',
      pageType: 'inventory',
      parser: { id: 'taobao/inventory', version: 1 },
    });
    expect(s.listings).toEqual([
      {
        productKey: '652301847716',
        url: 'https://item.taobao.com/item.htm?id=652301847716',
        own: true,
        title: '青屿轻氧速干运动T恤男夏季冰丝透气短袖跑步健身上衣',
        sku: 'QY-TS-01',
        price: CNY(89),
        quantity: 1234,
        status: '出售中',
      },
      {
        productKey: '703318824590',
        url: 'https://item.taobao.com/item.htm?id=703318824590',
        own: true,
        title: '青屿速干运动短裤男夏季宽松五分裤跑步训练带口袋',
        sku: 'QY-SP-02',
        price: CNY(29.9),
        quantity: 356,
        status: '出售中',
      },
      {
        productKey: '719902345611',
        url: 'https://item.taobao.com/item.htm?id=719902345611',
        own: true,
        title: '青屿运动腰包跑步手机包防水贴身',
        price: CNY(39),
        quantity: 0,
        status: '出售中',
      },
      {
        productKey: '724410098762',
        url: 'https://item.taobao.com/item.htm?id=724410098762',
        own: true,
        title: '青屿冰丝防晒冰袖男女骑行护臂2双装',
        sku: 'QY-BX-05',
        price: CNY(19.9),
        quantity: 12580,
        status: '出售中',
      },
    ]);
  });

  it('takes the lower bound of a SKU price range, with a note (and nothing else to warn about)', () => {
    expect(onSale().warnings).toEqual([
      'inventory row 2 (ID 703318824590): price range "29.90-59.90": using the lower bound 29.9 (upper 59.9)',
    ]);
  });

  it('never reads the locked 操作 column’s copy of the rows, and reads the same in a browser-like DOM', () => {
    expect(onSale('jsdom')).toEqual(onSale());
  });

  it('an unreadable price is null with a warning, never 0', () => {
    const page = html(ON_SALE).replace('>¥19.90<', '>待定<');
    const s = snapshotOf(page, ON_SALE_URL, AT);
    expect(s.listings![3]!.price).toBeNull();
    expect(s.warnings).toContain(
      'inventory row 4 (ID 724410098762): unreadable price "待定": no number',
    );
  });
});

describe('仓库中的宝贝 in the item manager', () => {
  const s = snapshotOf(html(IN_STOCK), IN_STOCK_URL, AT);

  it('reads ID and 编码 printed in one span, an item known only by its link, the tab’s own wording', () => {
    expect(s.listings).toEqual([
      {
        productKey: '741209876543',
        url: 'https://item.taobao.com/item.htm?id=741209876543',
        own: true,
        title: '青屿瑜伽运动内衣女防震高强度聚拢健身背心',
        sku: 'QY-YJ-09',
        price: CNY(129),
        quantity: 88,
        status: '仓库中的宝贝',
      },
      {
        productKey: '738800012345',
        url: 'https://item.taobao.com/item.htm?id=738800012345',
        own: true,
        title: '青屿加厚运动毛巾速干吸汗健身房专用',
        price: CNY(59),
        quantity: 0,
        status: '仓库中的宝贝',
      },
    ]);
    expect(s.warnings).toBeUndefined();
  });

  it('keeps a Tmall item’s page address on detail.tmall.com', () => {
    const page = html(IN_STOCK).replace(
      '//item.taobao.com/item.htm?id=738800012345',
      '//detail.tmall.com/item.htm?id=738800012345',
    );
    expect(snapshotOf(page, IN_STOCK_URL, AT).listings![1]).toMatchObject({
      productKey: '738800012345',
      url: 'https://detail.tmall.com/item.htm?id=738800012345',
    });
  });

  it('takes the status from the URL’s tab when the tab bar is not drawn', () => {
    const page = html(IN_STOCK).replace(/class="next-tabs-tab( active)?"/g, 'class="x"');
    const bare = page.replace(/role="tab"[^>]*aria-selected="true"/g, 'role="tab"');
    expect(snapshotOf(bare, IN_STOCK_URL, AT).listings![0]!.status).toBe('仓库中');
  });
});

describe('a list whose rows have not arrived yet', () => {
  it('is a snapshot with zero listings and a warning, not an error', () => {
    const s = snapshotOf(
      html('inventory/loading_myseller-taobao-com.html'),
      'https://myseller.taobao.com/home.htm/SellManage/in_stock',
      AT,
    );
    expect(s.listings).toEqual([]);
    expect(s.warnings).toEqual(['no product rows yet: the list is still loading']);
  });
});

describe('a list the parser no longer understands', () => {
  it('is `failed` (parser-health alert), not an empty list', () => {
    const page = html(ON_SALE)
      .replace('data-next-table-row="0">商品<', 'data-next-table-row="0">货品概览<')
      .replace('data-next-table-row="0">价格<', 'data-next-table-row="0">到手价<')
      .replace('data-next-table-row="0">库存<', 'data-next-table-row="0">可用数量<');
    const out = parseHtml(page, ON_SALE_URL, AT);
    expect(out).toMatchObject({ kind: 'failed', parser: { id: 'taobao/inventory' } });
    if (out.kind !== 'failed') throw new Error('expected failed');
    expect(out.error).toMatch(
      /^parser threw: taobao\/inventory: 4 rows but no product and price\/stock columns among the headers \[ \| 货品概览 \| 到手价 \| 可用数量 \| 30日销量 \| 创建时间 \| 操作\]/,
    );
  });
});

describe('sign-in', () => {
  it('the 千牛 login box at the list’s address is `blocked`, never a snapshot', () => {
    expect(
      parseHtml(html('blocked/login_myseller-taobao-com.html'), ON_SALE_URL, AT),
    ).toMatchObject({
      kind: 'blocked',
      reason: 'sign-in',
      match: { market: 'taobao', pageType: 'inventory' },
    });
  });

  it('does not take the product list itself for an interstitial', () => {
    expect(parseHtml(html(ON_SALE), ON_SALE_URL, AT).kind).toBe('snapshot');
  });
});
