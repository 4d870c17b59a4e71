/**
 * The seller's back offices beyond Amazon, end to end in real Chromium: Etsy Shop Manager, Walmart
 * Seller Center, Mercado Libre's Publicaciones, JD 京麦, Taobao 千牛, Pinduoduo MMS and Shopee Seller
 * Centre, each a hand-made fixture (see its header and SOURCE.txt) served at its real hostname, so the
 * marketplace content script's real `matches` fire. Each page's rows reach IndexedDB as the seller's own
 * listings (an unreadable price stored as null, never 0); the side panel lists them; and the same SKU
 * on JD, Taobao and Pinduoduo at different prices opens a channel-mismatch alert, with the Shopee row in
 * SGD left out and named, since no rate reaches it. Fails without any one of the market modules.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, waitFor, type Harness } from './harness';
import type { ListingRecord } from '../../lib/db/types';
import type { Alert } from '../../lib/schemas/alert';

interface BackOffice {
  market: string;
  url: string;
  fixture: string;
  /** Own listings the page holds. */
  rows: number;
  /** One row as stored: listing id, SKU, price. */
  sample: [string, string, { amount: number; currency: string }];
}

const BACK_OFFICES: BackOffice[] = [
  {
    market: 'etsy',
    url: 'https://www.etsy.com/your/shops/me/tools/listings',
    fixture: 'tests/fixtures/etsy/inventory/listings-gallery-active_www-etsy-com.html',
    rows: 5,
    sample: ['etsy:1587412365', 'LL-MUG-SPK-12', { amount: 24, currency: 'USD' }],
  },
  {
    market: 'walmart',
    url: 'https://seller.walmart.com/items-and-inventory/manage-items',
    fixture: 'tests/fixtures/walmart/inventory/manage-items_seller-walmart-com.html',
    rows: 4,
    sample: ['walmart:1728394056', 'BH-KET-17-SS', { amount: 24.88, currency: 'USD' }],
  },
  {
    market: 'mercadolibre',
    url: 'https://www.mercadolibre.com.mx/publicaciones/listado',
    fixture: 'tests/fixtures/mercadolibre/inventory/publicaciones-listado_mercadolibre-com-mx.html',
    rows: 6,
    sample: ['mercadolibre:MLM1987654321', 'CFX-ESP-20B', { amount: 1299, currency: 'MXN' }],
  },
  {
    market: 'jd',
    url: 'https://shop.jd.com/jdm/ware/manage/list/OnsaleWare',
    fixture: 'tests/fixtures/jd/inventory/onsale-ware_shop-jd-com.html',
    rows: 4,
    sample: ['jd:100012345678', 'QY-TS-01', { amount: 89, currency: 'CNY' }],
  },
  {
    market: 'taobao',
    url: 'https://myseller.taobao.com/home.htm/SellManage/on_sale',
    fixture: 'tests/fixtures/taobao/inventory/on-sale_myseller-taobao-com.html',
    rows: 4,
    sample: ['taobao:652301847716', 'QY-TS-01', { amount: 89, currency: 'CNY' }],
  },
  {
    market: 'pinduoduo',
    url: 'https://mms.pinduoduo.com/goods/goods_list',
    fixture: 'tests/fixtures/pinduoduo/inventory/on-sale_mms-pinduoduo-com.html',
    rows: 4,
    sample: ['pinduoduo:409876543210', 'QY-TS-01', { amount: 79.9, currency: 'CNY' }],
  },
  {
    market: 'shopee',
    url: 'https://seller.shopee.sg/portal/product/list/live',
    fixture: 'tests/fixtures/shopee/inventory/live_seller-shopee-sg.html',
    rows: 3,
    sample: ['shopee:sg.23456789012', 'QY-TS-01', { amount: 12.9, currency: 'SGD' }],
  },
];

let h: Harness;
beforeAll(async () => {
  h = await launch(
    BACK_OFFICES.map((b) => {
      const u = new URL(b.url);
      return { host: u.hostname, path: u.pathname, body: b.fixture };
    }),
  );
});
afterAll(async () => h?.close());

describe('back offices of seven markets (real Chromium)', () => {
  it('stores each page’s rows as the seller’s own listings and shows them in the side panel', async () => {
    const tab = await h.context.newPage();
    for (const b of BACK_OFFICES) {
      await tab.goto(b.url, { waitUntil: 'domcontentloaded' });
      const own = await waitFor(
        async () => {
          const rows = (await h.dbRows<ListingRecord>('listings')).filter(
            (l) => l.market === b.market && l.own,
          );
          return rows.length === b.rows ? rows : null;
        },
        20_000,
        `${b.rows} own ${b.market} listings`,
      );
      const [id, sku, price] = b.sample;
      expect(
        own.find((l) => l.id === id),
        b.market,
      ).toMatchObject({ skus: [sku], price });
      // Prices are positive or unknown (null), never 0.
      expect(
        own.every((l) => l.price === null || l.price.amount > 0),
        b.market,
      ).toBe(true);
    }
    expect(
      (await h.dbRows<ListingRecord>('listings')).filter((l) => l.price === null).length,
    ).toBeGreaterThanOrEqual(3);

    const panel = await h.openExtensionPage('sidepanel.html');
    await panel.getByRole('tab', { name: 'Products' }).click();
    for (const title of [
      'Hand-thrown Speckled Ceramic Mug',
      '青屿 轻氧速干运动T恤男',
      'Cafetera Espresso',
    ]) {
      await panel.getByTestId('product-row').filter({ hasText: title }).first().waitFor({
        timeout: 10_000,
      });
    }
    await panel.close();
    await tab.close();
  });

  it('compares one SKU across JD, Taobao and Pinduoduo, leaving out the SGD price it cannot convert', async () => {
    const alert = await waitFor(
      async () =>
        (await h.dbRows<Alert>('alerts')).find(
          (a) =>
            a.kind === 'channel-mismatch' && a.subject === 'sku:QY-TS-01' && a.state === 'open',
        ) ?? null,
      20_000,
      'the QY-TS-01 channel-mismatch alert',
    );
    expect(alert.message.zh).toBe(
      'SKU QY-TS-01：您在各渠道的价格相差 11%：京东 100012345678 ¥89.00，拼多多 409876543210 ¥79.90，淘宝/天猫 652301847716 ¥89.00。',
    );
    const evidence = alert.evidence as { members: Array<{ listingId: string }>; notes: string[] };
    expect(evidence.members.map((m) => m.listingId)).not.toContain('shopee:sg.23456789012');
    expect(evidence.notes).toEqual([
      'no rate between SGD and CNY: shopee:sg.23456789012 left out of the comparison',
    ]);
  });
});
