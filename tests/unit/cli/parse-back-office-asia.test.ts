/**
 * `seller-radar parse` (DESIGN.md §8) on the back-office product lists of the Asian markets: the
 * snapshot of own listings on stdout, and the exit codes of a list that cannot be read (1) and of a
 * sign-in page (3). Fixtures: tests/fixtures/<market>/inventory/.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../../lib/cli/main';
import { pageSnapshotSchema } from '../../../lib/schemas/snapshot';
import { captureIO } from './harness';

const FIX = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const AT = '2026-11-20T08:00:00Z';

async function parse(url: string, file: string) {
  const { io, out, err } = captureIO();
  const code = await main(['parse', '--url', url, '--at', AT, `${FIX}${file}`], io);
  return { code, out, err };
}

describe('seller-radar parse: JD 京麦 商品列表', () => {
  it('prints the own listings of the 在售商品 tab', async () => {
    const { code, out, err } = await parse(
      'https://shop.jd.com/jdm/ware/manage/list/OnsaleWare?_JDMOMID_=1303,1302',
      'jd/inventory/onsale-ware_shop-jd-com.html',
    );
    expect([code, err]).toEqual([0, []]);
    const snap = pageSnapshotSchema.parse(JSON.parse(out[0]!));
    expect(snap).toMatchObject({
      market: 'jd',
      pageType: 'inventory',
      capturedAt: AT,
      parser: { id: 'jd/inventory', version: 1 },
    });
    expect(snap.listings!.map((l) => [l.productKey, l.sku, l.price?.amount, l.quantity])).toEqual([
      ['100012345678', 'QY-TS-01', 89, 1234],
      ['100034567012', 'QY-SP-02', 69, 356],
      ['100056781234', 'QY-WB-07', undefined, 0],
      ['100061234570', undefined, 29.9, 12580],
    ]);
    expect(snap.listings!.every((l) => l.own === true)).toBe(true);
  });

  it('exits 1 with one line on a list it cannot read', async () => {
    const { code, out, err } = await parse(
      'https://shop.jd.com/jdm/ware/manage/list/OnsaleWare',
      'jd/inventory/broken-layout_shop-jd-com.html',
    );
    expect([code, out]).toEqual([1, []]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(
      /^seller-radar parse: parse failed \(jd\/inventory v1\): .*layout may have changed/,
    );
  });

  it('exits 3 on the JD login served at the list’s address', async () => {
    const { code, err } = await parse(
      'https://wares-jdm.jd.com/ware/wareList?activeTab=OnsaleWare',
      'jd/blocked/login_passport-jd-com.html',
    );
    expect(code).toBe(3);
    expect(err[0]).toMatch(/served a sign-in page/);
  });
});

describe('seller-radar parse: Taobao 千牛 商品管理', () => {
  it('prints the own listings of the 出售中 tab', async () => {
    const { code, out, err } = await parse(
      'https://myseller.taobao.com/home.htm/SellManage/on_sale?current=1&pageSize=20',
      'taobao/inventory/on-sale_myseller-taobao-com.html',
    );
    expect([code, err]).toEqual([0, []]);
    const snap = pageSnapshotSchema.parse(JSON.parse(out[0]!));
    expect(snap).toMatchObject({ market: 'taobao', pageType: 'inventory', capturedAt: AT });
    expect(
      snap.listings!.map((l) => [l.productKey, l.sku, l.price?.amount, l.quantity, l.status]),
    ).toEqual([
      ['652301847716', 'QY-TS-01', 89, 1234, '出售中'],
      ['703318824590', 'QY-SP-02', 29.9, 356, '出售中'],
      ['719902345611', undefined, 39, 0, '出售中'],
      ['724410098762', 'QY-BX-05', 19.9, 12580, '出售中'],
    ]);
    expect(snap.warnings).toHaveLength(1);
  });

  it('exits 3 on the 千牛 login box', async () => {
    const { code, out, err } = await parse(
      'https://myseller.taobao.com/home.htm/SellManage/on_sale',
      'taobao/blocked/login_myseller-taobao-com.html',
    );
    expect([code, out]).toEqual([3, []]);
    expect(err).toEqual([
      'seller-radar parse: blocked page: taobao inventory URL served a sign-in page instead of the content',
    ]);
  });
});

describe('seller-radar parse: Pinduoduo 商品列表', () => {
  it('prints the own listings of the 在售中 tab', async () => {
    const { code, out, err } = await parse(
      'https://mms.pinduoduo.com/goods/goods_list?msfrom=mms_sidenav',
      'pinduoduo/inventory/on-sale_mms-pinduoduo-com.html',
    );
    expect([code, err]).toEqual([0, []]);
    const snap = pageSnapshotSchema.parse(JSON.parse(out[0]!));
    expect(snap).toMatchObject({ market: 'pinduoduo', pageType: 'inventory', capturedAt: AT });
    expect(
      snap.listings!.map((l) => [l.productKey, l.sku, l.price?.amount, l.quantity, l.status]),
    ).toEqual([
      ['409876543210', 'QY-TS-01', 79.9, 2340, '在售中'],
      ['409876543322', 'QY-SP-02', 19.9, 500, '在售中'],
      ['409876543987', undefined, 25, 0, '在售中'],
      ['409876544101', 'QY-BX-05', 9.9, 12580, '在售中'],
    ]);
  });

  it('exits 3 on the MMS login', async () => {
    const { code, out, err } = await parse(
      'https://mms.pinduoduo.com/goods/goods_list',
      'pinduoduo/blocked/login_mms-pinduoduo-com.html',
    );
    expect([code, out]).toEqual([3, []]);
    expect(err[0]).toMatch(/pinduoduo inventory URL served a sign-in page/);
  });
});

describe('seller-radar parse: Shopee Seller Centre My Products', () => {
  it('prints the own listings of a local centre, keyed <region>.<item id>, in its currency', async () => {
    const { code, out, err } = await parse(
      'https://seller.shopee.sg/portal/product/list/live',
      'shopee/inventory/live_seller-shopee-sg.html',
    );
    expect([code, err]).toEqual([0, []]);
    const snap = pageSnapshotSchema.parse(JSON.parse(out[0]!));
    expect(snap).toMatchObject({ market: 'shopee', pageType: 'inventory', capturedAt: AT });
    expect(snap.listings!.map((l) => [l.productKey, l.sku, l.price, l.quantity, l.status])).toEqual(
      [
        ['sg.23456789012', 'QY-TS-01', { amount: 12.9, currency: 'SGD' }, 150, 'Live'],
        ['sg.23456789045', 'QY-BX-05', { amount: 4.9, currency: 'SGD' }, null, 'Live'],
        ['sg.23456789078', undefined, { amount: 9.5, currency: 'SGD' }, 0, 'Live'],
      ],
    );
  });

  it('prints a cross-border shop’s listings in its region', async () => {
    const { code, out } = await parse(
      'https://seller.shopee.cn/portal/product/list/all?cnsc_shop_id=1187654321',
      'shopee/inventory/all-cnsc_seller-shopee-cn.html',
    );
    expect(code).toBe(0);
    const snap = pageSnapshotSchema.parse(JSON.parse(out[0]!));
    expect(snap.listings!.map((l) => [l.productKey, l.price?.currency, l.url])).toEqual([
      ['my.7891234560', 'MYR', 'https://shopee.com.my/product/1187654321/7891234560'],
      ['my.7891234561', 'MYR', 'https://shopee.com.my/product/1187654321/7891234561'],
    ]);
  });
});
