/**
 * `seller-radar parse` on the back-office and Mercado Libre fixtures: one snapshot line of own rows,
 * exit 1 with one stderr line on a layout the parser no longer knows, exit 3 on a sign-in page.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../../lib/cli/main';
import { pageSnapshotSchema, type PageSnapshot } from '../../../lib/schemas/snapshot';
import { captureIO } from './harness';

const FIX = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const AT = '2026-11-20T10:00:00Z';

/** Runs `parse --url <url> --at AT <file>` through main(): exit code, the snapshot, stderr. */
async function parse(url: string, file: string) {
  const { io, out, err } = captureIO();
  const code = await main(['parse', '--url', url, '--at', AT, FIX + file], io);
  const snapshot: PageSnapshot | undefined =
    code === 0 ? pageSnapshotSchema.parse(JSON.parse(out[0]!)) : undefined;
  return { code, out, err, snapshot };
}

describe('etsy/inventory', () => {
  it('prints the Shop Manager listings as own rows', async () => {
    const r = await parse(
      'https://www.etsy.com/your/shops/me/tools/listings?ref=seller-platform-mcnav',
      'etsy/inventory/listings-gallery-active_www-etsy-com.html',
    );
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(1);
    expect(r.snapshot).toMatchObject({ market: 'etsy', pageType: 'inventory', capturedAt: AT });
    expect(r.snapshot!.listings!.map((l) => [l.productKey, l.sku, l.price?.amount, l.own])).toEqual(
      [
        ['1587412365', 'LL-MUG-SPK-12', 24, true],
        ['1587462390', 'LL-DIN-32', 1240, true],
        ['1601177245', undefined, 18, true],
        ['1599023411', 'LL-PDF-GLAZE40', 6.5, true],
        ['1577340021', 'LL-BUTTER-01', undefined, true],
      ],
    );
    expect(r.snapshot!.listings![4]!.price).toBeNull();
  });

  it('exits 1 with one line on a layout it no longer knows', async () => {
    const r = await parse(
      'https://www.etsy.com/your/shops/me/tools/listings',
      'etsy/inventory/broken-layout_www-etsy-com.html',
    );
    expect(r.code).toBe(1);
    expect(r.out).toEqual([]);
    expect(r.err).toEqual([
      expect.stringMatching(
        /^seller-radar parse: parse failed \(etsy\/inventory v1\): .*layout may have changed/,
      ),
    ]);
  });

  it('exits 3 on the sign-in page', async () => {
    const r = await parse(
      'https://www.etsy.com/your/shops/me/tools/listings',
      'etsy/blocked/signin_www-etsy-com.html',
    );
    expect(r.code).toBe(3);
    expect(r.err).toEqual([expect.stringMatching(/served a sign-in page/)]);
  });
});

describe('walmart/inventory', () => {
  it('prints Seller Center items as own rows keyed by the Item ID', async () => {
    const r = await parse(
      'https://seller.walmart.com/items-and-inventory/manage-items',
      'walmart/inventory/manage-items_seller-walmart-com.html',
    );
    expect(r.code).toBe(0);
    expect(r.snapshot).toMatchObject({ market: 'walmart', pageType: 'inventory' });
    expect(
      r.snapshot!.listings!.map((l) => [l.productKey, l.sku, l.gtin, l.price, l.quantity]),
    ).toEqual([
      ['1728394056', 'BH-KET-17-SS', '810043710255', { amount: 24.88, currency: 'USD' }, 132],
      ['1728394117', 'BH-KET-17-BLK', '810043710262', { amount: 26.49, currency: 'USD' }, 0],
      ['2093317450', 'BH-ESP-2G-SS', '810043719913', { amount: 1024.5, currency: 'USD' }, 3],
      ['2093317502', 'BH-TOAST-4S', '810043719920', null, 48],
    ]);
    expect(r.snapshot!.warnings).toHaveLength(2);
  });

  it('exits 1 on a layout without the item grid, 3 on the sign-in page', async () => {
    const broken = await parse(
      'https://seller.walmart.com/items-and-inventory/manage-items',
      'walmart/inventory/broken-layout_seller-walmart-com.html',
    );
    expect([broken.code, broken.err]).toEqual([
      1,
      [expect.stringMatching(/parse failed \(walmart\/inventory v1\): .*no item grid/)],
    ]);
    const signIn = await parse(
      'https://seller.walmart.com/items-and-inventory/manage-items',
      'walmart/blocked/signin_seller-walmart-com.html',
    );
    expect([signIn.code, signIn.err]).toEqual([
      3,
      [expect.stringMatching(/walmart inventory URL served a sign-in page/)],
    ]);
  });
});

describe('mercadolibre', () => {
  it('prints the item page and the seller listings', async () => {
    const page = await parse(
      'https://articulo.mercadolibre.com.mx/MLM-1987654321-cafetera-espresso-automatica-20-bares-acero-_JM',
      'mercadolibre/product/articulo-item_mercadolibre-com-mx.html',
    );
    expect(page.code).toBe(0);
    expect(page.snapshot!.listings).toEqual([
      expect.objectContaining({
        productKey: 'MLM1987654321',
        price: { amount: 1299, currency: 'MXN' },
        featuredOffer: { price: { amount: 1299, currency: 'MXN' }, sellerName: 'CAFEMEX OFICIAL' },
      }),
    ]);
    expect(page.snapshot!.reviews!.map((r) => [r.rating, r.date])).toEqual([
      [5, '2025-03-14'],
      [2, '2025-02-02'],
      [4, '2025-01-10'],
      [1, '2024-12-28'],
    ]);
    const own = await parse(
      'https://www.mercadolivre.com.br/anuncios/lista?page=1',
      'mercadolibre/inventory/anuncios-lista_mercadolivre-com-br.html',
    );
    expect(own.code).toBe(0);
    expect(own.snapshot!.listings!.map((l) => [l.productKey, l.sku, l.price, l.own])).toEqual([
      ['MLB3456789012', 'CB-ESP-20-INOX', { amount: 1299.9, currency: 'BRL' }, true],
      ['MLB2233445566', 'CB-FILTRO-103', { amount: 8.9, currency: 'BRL' }, true],
    ]);
  });

  it('exits 1 on broken layouts and 3 on the sign-in page', async () => {
    const product = await parse(
      'https://articulo.mercadolibre.com.ar/MLA-1122334455-auriculares-inalambricos-bluetooth-_JM',
      'mercadolibre/product/broken-layout_mercadolibre-com-ar.html',
    );
    expect([product.code, product.err]).toEqual([
      1,
      [expect.stringMatching(/parse failed \(mercadolibre\/product v2\)/)],
    ]);
    const listings = await parse(
      'https://www.mercadolibre.com.mx/publicaciones/listado',
      'mercadolibre/inventory/broken-layout_mercadolibre-com-mx.html',
    );
    expect([listings.code, listings.err]).toEqual([
      1,
      [expect.stringMatching(/parse failed \(mercadolibre\/inventory v1\)/)],
    ]);
    const signIn = await parse(
      'https://www.mercadolibre.com.mx/publicaciones/listado',
      'mercadolibre/blocked/login_mercadolibre-com-mx.html',
    );
    expect([signIn.code, signIn.err]).toEqual([
      3,
      [expect.stringMatching(/mercadolibre inventory URL served a sign-in page/)],
    ]);
  });
});
