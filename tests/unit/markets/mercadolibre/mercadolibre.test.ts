/**
 * The Mercado Libre market module on its hand-made fixtures (tests/fixtures/mercadolibre/, provenance
 * in SOURCE.txt): URL matching on the seven country sites (item ids, catalog and user-product pages,
 * the seller's listings), the product page (current price, not the struck one; seller; rating; the
 * item id vs the catalog product id), the listings page (own rows per sale option, variations,
 * stock, statuses), localized numbers, rows not loaded yet, broken layouts and the sign-in page.
 * Parsed through the real registry (parseDocument) with linkedom, as the CLI does, and with jsdom.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jsdomDocument, linkedomDocument } from '../amazon/fixtures';
import { coveredBy } from '../match-pattern';
import { matchUrl, parseDocument, type ParseOutcome } from '../../../../lib/markets/index';
import { mercadolibre } from '../../../../lib/markets/mercadolibre';
import { meliProductFromUrl, MELI_SITES } from '../../../../lib/markets/mercadolibre/match';
import { currencyOfSymbol } from '../../../../lib/markets/mercadolibre/money';
import { listingId } from '../../../../lib/db/ingest';
import type { PageSnapshot } from '../../../../lib/schemas/snapshot';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/mercadolibre/', import.meta.url));
const AT = '2026-11-20T10:00:00Z';
const MX_ITEM_URL =
  'https://articulo.mercadolibre.com.mx/MLM-1987654321-cafetera-espresso-automatica-20-bares-acero-_JM';
const BR_CATALOG_URL =
  'https://www.mercadolivre.com.br/cafeteira-espresso-automatica-20-bar-inox/p/MLB19655437#polycard_client=search-nordic&wid=MLB3456789012&sid=search';
const MX_LISTINGS_URL =
  'https://www.mercadolibre.com.mx/publicaciones/listado?filters=OMNI_ACTIVE&page=1';
const BR_LISTINGS_URL = 'https://www.mercadolivre.com.br/anuncios/lista?page=1';
const MX_ITEM = 'product/articulo-item_mercadolibre-com-mx.html';
const BR_CATALOG = 'product/catalogo-p_mercadolivre-com-br.html';
const MX_LISTINGS = 'inventory/publicaciones-listado_mercadolibre-com-mx.html';
const MXN = (amount: number) => ({ amount, currency: 'MXN' });
const BRL = (amount: number) => ({ amount, currency: 'BRL' });

const read = (file: string): string => readFileSync(FIXTURES + file, 'utf8');

function parseHtml(
  html: string,
  url: string,
  dom: 'linkedom' | 'jsdom' = 'linkedom',
): ParseOutcome {
  return parseDocument(dom === 'jsdom' ? jsdomDocument(html) : linkedomDocument(html), url, AT);
}

function snap(html: string, url: string, dom: 'linkedom' | 'jsdom' = 'linkedom'): PageSnapshot {
  const out = parseHtml(html, url, dom);
  if (out.kind !== 'snapshot') throw new Error(JSON.stringify(out).slice(0, 400));
  return out.snapshot;
}

const rowsOf = (s: PageSnapshot) =>
  s.listings!.map((l) => [l.productKey, l.sku, l.price, l.quantity, l.status, l.own]);

describe('URLs', () => {
  it.each([
    [MX_ITEM_URL, 'product'],
    [`${MX_ITEM_URL}#position=3&search_layout=grid&type=item&tracking_id=abc`, 'product'],
    ['https://articulo.mercadolibre.com.mx/MLM-1987654321-_JM', 'product'],
    ['https://articulo.mercadolibre.com.ar/MLA-1122334455-auriculares-bluetooth-_JM', 'product'],
    ['https://produto.mercadolivre.com.br/MLB-3399001122-cafeteira-espresso-_JM', 'product'],
    ['https://articulo.mercadolibre.cl/MLC-1500600700-hervidor-electrico-_JM', 'product'],
    ['https://articulo.mercadolibre.com.co/MCO-1200300400-licuadora-_JM', 'product'],
    ['https://articulo.mercadolibre.com.pe/MPE-700800900-olla-arrocera-_JM', 'product'],
    ['https://articulo.mercadolibre.com.uy/MLU-600700800-tostadora-_JM', 'product'],
    ['https://www.mercadolibre.com.mx/MLM-1987654321-cafetera-espresso-_JM', 'product'],
    [BR_CATALOG_URL, 'product'],
    ['https://www.mercadolibre.com.mx/cafetera-espresso/p/MLM20334455', 'product'],
    ['https://www.mercadolibre.com.mx/p/MLM20334455?pdp_filters=item_id:MLM1987654321', 'product'],
    ['https://www.mercadolibre.com.mx/taza-termica/up/MLMU3012345678#wid=MLM2109876543', 'product'],
    [MX_LISTINGS_URL, 'inventory'],
    ['https://www.mercadolibre.com.mx/publicaciones/listado', 'inventory'],
    ['https://www.mercadolibre.com.mx/publicaciones', 'inventory'],
    [
      'https://www.mercadolibre.com.ar/publicaciones/listado?filters=OMNI_ACTIVE&page=1',
      'inventory',
    ],
    ['https://www.mercadolibre.cl/publicaciones/listado/', 'inventory'],
    [BR_LISTINGS_URL, 'inventory'],
    ['https://www.mercadolivre.com.br/anuncios?filters=OMNI_ACTIVE', 'inventory'],
  ])('%s → %s', (url, pageType) => {
    expect(matchUrl(url)).toMatchObject({
      market: 'mercadolibre',
      pageType,
      parserId: `mercadolibre/${pageType}`,
    });
    expect(coveredBy(mercadolibre.matches, url)).toBe(true);
  });

  it.each([
    'https://www.mercadolibre.com.mx/',
    'https://listado.mercadolibre.com.mx/cafetera-espresso',
    'https://www.mercadolibre.com.mx/ofertas',
    'https://www.mercadolibre.com.mx/publicaciones/listado/promos',
    'https://www.mercadolibre.com.mx/publicaciones/1987654321/modificar',
    'https://www.mercadolibre.com.mx/anuncios/lista',
    'https://www.mercadolivre.com.br/publicaciones/listado',
    'https://articulo.mercadolibre.com.mx/MLA-1122334455-otro-sitio-_JM',
    'https://www.mercadolibre.com.mx/cafetera/p/MLA20334455',
    'https://www.mercadolibre.com.br/anuncios/lista',
    'https://articulo.mercadolibre.com.mx.evil.io/MLM-1987654321-_JM',
    'https://evil.io/articulo.mercadolibre.com.mx/MLM-1987654321-_JM',
    'https://www.mercadolibre.com/jms/mlm/lgz/login',
  ])('%s is not a page we read', (url) => {
    expect(matchUrl(url)).toBeNull();
  });

  it('asks for HTTPS pages of the seven sites only', () => {
    for (const p of mercadolibre.matches)
      expect(p).toMatch(/^https:\/\/(?:www|articulo|produto)\./);
    expect(
      new Set(mercadolibre.matches.map((p) => new URL(p.replace(/\*/g, 'x')).hostname)),
    ).toEqual(new Set(MELI_SITES.flatMap((s) => [s.host, s.itemHost])));
    expect(coveredBy(mercadolibre.matches, MX_ITEM_URL.replace('https:', 'http:'))).toBe(false);
  });

  it('tells the item id from the catalog product id', () => {
    expect(meliProductFromUrl(new URL(MX_ITEM_URL))).toMatchObject({
      kind: 'item',
      itemId: 'MLM1987654321',
    });
    expect(meliProductFromUrl(new URL(BR_CATALOG_URL))).toMatchObject({
      kind: 'catalog',
      productId: 'MLB19655437',
      itemId: 'MLB3456789012',
    });
    expect(
      meliProductFromUrl(
        new URL(
          'https://www.mercadolibre.com.mx/p/MLM20334455?pdp_filters=category:MLM1747|item_id:MLM1987654321',
        ),
      ),
    ).toMatchObject({ kind: 'catalog', productId: 'MLM20334455', itemId: 'MLM1987654321' });
    expect(
      meliProductFromUrl(new URL('https://www.mercadolibre.com.mx/taza/up/MLMU3012345678')),
    ).toMatchObject({ kind: 'user-product', productId: 'MLMU3012345678', itemId: null });
    // An item of another site in wid= is not this page's item.
    expect(
      meliProductFromUrl(
        new URL('https://www.mercadolibre.com.mx/x/p/MLM20334455#wid=MLA123456789'),
      ),
    ).toMatchObject({ itemId: null });
  });

  it.each([
    ['$', 'MLM', 'MXN'],
    ['$', 'MLA', 'ARS'],
    ['US$', 'MLA', 'USD'],
    ['U$S', 'MLU', 'USD'],
    ['R$', 'MLB', 'BRL'],
    ['S/', 'MPE', 'PEN'],
    ['UF', 'MLC', 'CLF'],
    ['¤', 'MLM', null],
  ])('currency symbol %s on %s is %s', (symbol, id, currency) => {
    expect(
      currencyOfSymbol(
        symbol,
        MELI_SITES.find((s) => s.id === id)!,
      ),
    ).toBe(currency);
  });
});

describe.each(['linkedom', 'jsdom'] as const)('item page (%s)', (dom) => {
  const s = snap(read(MX_ITEM), MX_ITEM_URL, dom);

  it('reads the item: id, title, the current price (not the struck one or the instalments), seller, rating', () => {
    expect(s).toMatchObject({
      market: 'mercadolibre',
      pageType: 'product',
      parser: { id: 'mercadolibre/product', version: 2 },
    });
    expect(s.listings).toEqual([
      {
        productKey: 'MLM1987654321',
        url: 'https://articulo.mercadolibre.com.mx/MLM-1987654321-_JM',
        title: 'Cafetera Espresso Automática 20 Bares Acero Inoxidable Con Espumador',
        price: MXN(1299),
        featuredOffer: { price: MXN(1299), sellerName: 'CAFEMEX OFICIAL' },
        rating: 4.7,
        ratingCount: 1234,
      },
    ]);
    expect(s.warnings).toBeUndefined();
  });
});

describe.each(['linkedom', 'jsdom'] as const)('catalog page (%s)', (dom) => {
  const s = snap(read(BR_CATALOG), BR_CATALOG_URL, dom);

  it('keys the listing by the winning item, reads "R$ 1.299,90" as 1299.90, never another seller\'s price', () => {
    expect(s.listings).toEqual([
      {
        productKey: 'MLB3456789012',
        url: 'https://produto.mercadolivre.com.br/MLB-3456789012-_JM',
        title: 'Cafeteira Espresso Automática 20 Bar Inox',
        price: BRL(1299.9),
        featuredOffer: { price: BRL(1299.9), sellerName: 'CAFEBRASIL' },
        rating: 4.6,
        ratingCount: 2315,
      },
    ]);
    expect(s.warnings).toBeUndefined();
  });
});

describe('product page: identity and hard cases', () => {
  it('a catalog page that names no item is kept under the catalog product, with a warning', () => {
    const s = snap(
      read(BR_CATALOG),
      'https://www.mercadolivre.com.br/cafeteira-espresso-automatica-20-bar-inox/p/MLB19655437',
    );
    expect(s.listings![0]).toMatchObject({
      productKey: 'catalog:MLB19655437',
      url: 'https://www.mercadolivre.com.br/p/MLB19655437',
      price: BRL(1299.9),
    });
    expect(s.warnings).toEqual([
      "the page names no item (publicación) of catalog product MLB19655437: kept under the product, it does not join the seller's own items",
    ]);
  });

  it('takes the item from "Publicación #…" when the URL names none', () => {
    const s = snap(
      read(MX_ITEM),
      'https://www.mercadolibre.com.mx/cafetera-espresso/p/MLM20334455',
    );
    expect(s.listings![0]!.productKey).toBe('MLM1987654321');
  });

  it('an unreadable shown price falls back to the page data, and without it is null, never 0', () => {
    const garbled = read(MX_ITEM).replace(
      '<span class="andes-money-amount__fraction" aria-hidden="true">1,299</span>',
      '<span class="andes-money-amount__fraction" aria-hidden="true">1,2</span>',
    );
    expect(garbled).not.toBe(read(MX_ITEM));
    const withMeta = snap(garbled, MX_ITEM_URL);
    expect(withMeta.listings![0]!.price).toEqual(MXN(1299));
    expect(withMeta.warnings).toEqual([
      'price: unreadable price "$ 1,2": read from the page data instead',
    ]);
    const bare = snap(garbled.replace('<meta itemprop="price" content="1299">', ''), MX_ITEM_URL);
    expect(bare.listings![0]!.price).toBeNull();
    expect(bare.listings![0]!.featuredOffer!.price).toBeNull();
    expect(bare.warnings).toEqual(['unreadable price "$ 1,2"']);
  });

  it('without the second-line wrapper, the struck original price is still never the price', () => {
    const html = read(MX_ITEM).replace(
      'class="ui-pdp-price__second-line"',
      'class="ui-pdp-price__line"',
    );
    expect(html).not.toBe(read(MX_ITEM));
    expect(snap(html, MX_ITEM_URL).listings![0]!.price).toEqual(MXN(1299));
  });

  it('a dollar price on a peso site is USD ("US$" in Argentina, "U$S" in Uruguay)', () => {
    for (const [symbol, url] of [
      ['US$', 'https://articulo.mercadolibre.com.ar/MLA-1122334455-cafetera-_JM'],
      ['U$S', 'https://articulo.mercadolibre.com.uy/MLU-600700800-cafetera-_JM'],
    ] as const) {
      const html = read(MX_ITEM)
        .replace('<meta itemprop="priceCurrency" content="MXN">', '')
        .replace(
          '<span class="andes-money-amount__currency-symbol" aria-hidden="true">$</span><span class="andes-money-amount__fraction" aria-hidden="true">1,299</span></span><span class="andes-money-amount__discount',
          `<span class="andes-money-amount__currency-symbol" aria-hidden="true">${symbol}</span><span class="andes-money-amount__fraction" aria-hidden="true">1.299</span></span><span class="andes-money-amount__discount`,
        );
      expect(snap(html, url).listings![0]!.price).toEqual({ amount: 1299, currency: 'USD' });
    }
  });

  it('a page without title and price block is a parser-health failure', () => {
    expect(
      parseHtml(
        read('product/broken-layout_mercadolibre-com-ar.html'),
        'https://articulo.mercadolibre.com.ar/MLA-1122334455-auriculares-inalambricos-bluetooth-_JM',
      ),
    ).toMatchObject({
      kind: 'failed',
      match: { market: 'mercadolibre', pageType: 'product' },
      error: expect.stringMatching(/mercadolibre\/product: .*layout may have changed/),
    });
  });

  it('the product pages are no interstitials', () => {
    for (const [file, url] of [
      [MX_ITEM, MX_ITEM_URL],
      [BR_CATALOG, BR_CATALOG_URL],
      [MX_LISTINGS, MX_LISTINGS_URL],
    ] as const) {
      expect(mercadolibre.detectBlocked(linkedomDocument(read(file)), new URL(url))).toBeNull();
    }
  });
});

const MX_ROWS = [
  // Promotion: "$ 1,299" after the struck "$ 1,899"; 12 own + 30 at the Full warehouse.
  ['MLM1987654321', 'CFX-ESP-20B', MXN(1299), 42, 'Activa', true],
  // One publication, two sale options (classic and premium), each its own item.
  ['MLM2001122334', 'CFX-MOL-30', MXN(459), 45, 'Activa', true],
  ['MLM2001122335', 'CFX-MOL-30', MXN(499), 45, 'Activa', true],
  ['MLM1876543210', undefined, MXN(2349.5), 0, 'Pausada', true],
  // The variations of a product, not their parent.
  ['MLM2109876543', 'CFX-TZA-500-NEG', MXN(289), 8, 'Activa', true],
  // "$ --": shown but unreadable, null and never 0.
  ['MLM2109876544', 'CFX-TZA-500-ROJ', null, 0, 'Pausada', true],
];

describe.each(['linkedom', 'jsdom'] as const)('listings, México (%s)', (dom) => {
  const s = snap(read(MX_LISTINGS), MX_LISTINGS_URL, dom);

  it('reads one own row per item (sale option or variation): id, SKU, price, stock, status', () => {
    expect(s).toMatchObject({
      market: 'mercadolibre',
      pageType: 'inventory',
      parser: { id: 'mercadolibre/inventory', version: 1 },
    });
    expect(rowsOf(s)).toEqual(MX_ROWS);
  });

  it('titles, public URLs and the Full warehouse', () => {
    expect(s.listings!.map((l) => [l.title, l.url, l.fulfillment])).toEqual([
      [
        'Cafetera Espresso Automática 20 Bares Acero Inoxidable Con Espumador',
        'https://articulo.mercadolibre.com.mx/MLM-1987654321-_JM',
        'mercadolibre',
      ],
      [
        'Molino De Café Eléctrico Muelas Cónicas 30 Niveles',
        'https://articulo.mercadolibre.com.mx/MLM-2001122334-_JM',
        undefined,
      ],
      [
        'Molino De Café Eléctrico Muelas Cónicas 30 Niveles',
        'https://articulo.mercadolibre.com.mx/MLM-2001122335-_JM',
        undefined,
      ],
      [
        'Máquina De Café De Goteo Programable 12 Tazas',
        'https://articulo.mercadolibre.com.mx/MLM-1876543210-_JM',
        undefined,
      ],
      [
        'Taza Térmica De Acero Inoxidable 500 ml Con Tapa - Color: Negro',
        'https://articulo.mercadolibre.com.mx/MLM-2109876543-_JM',
        undefined,
      ],
      [
        'Taza Térmica De Acero Inoxidable 500 ml Con Tapa - Color: Rojo',
        'https://articulo.mercadolibre.com.mx/MLM-2109876544-_JM',
        undefined,
      ],
    ]);
    expect(s.warnings).toEqual(['item MLM2109876544: unreadable price "$ --"']);
  });
});

describe('listings: more layouts', () => {
  it('Brazil: "R$ 1.299,90" is 1299.90, "sem estoque" is 0', () => {
    const s = snap(read('inventory/anuncios-lista_mercadolivre-com-br.html'), BR_LISTINGS_URL);
    expect(rowsOf(s)).toEqual([
      ['MLB3456789012', 'CB-ESP-20-INOX', BRL(1299.9), 25, 'Ativo', true],
      ['MLB2233445566', 'CB-FILTRO-103', BRL(8.9), 0, 'Pausado', true],
    ]);
    expect(s.warnings).toBeUndefined();
  });

  it('sale options without the number in their class are paired with the item numbers in order', () => {
    const html = read(MX_LISTINGS).replace(
      /sll-list-grid-row__structure-columns-wrapper--\d+/g,
      'sll-list-grid-row__structure-columns-wrapper--option',
    );
    expect(rowsOf(snap(html, MX_LISTINGS_URL))).toEqual(MX_ROWS);
  });

  it('own rows join the public pages of the same items', () => {
    const own = snap(read(MX_LISTINGS), MX_LISTINGS_URL).listings![0]!;
    const page = snap(read(MX_ITEM), MX_ITEM_URL).listings![0]!;
    expect(listingId('mercadolibre', own.productKey, own.url)).toBe(
      listingId('mercadolibre', page.productKey, page.url),
    );
    const br = snap(read('inventory/anuncios-lista_mercadolivre-com-br.html'), BR_LISTINGS_URL);
    expect(br.listings![0]!.productKey).toBe(
      snap(read(BR_CATALOG), BR_CATALOG_URL).listings![0]!.productKey,
    );
  });

  it('the list before its rows: zero listings and a warning, not an error', () => {
    expect(
      snap(
        read('inventory/publicaciones-cargando_mercadolibre-com-ar.html'),
        'https://www.mercadolibre.com.ar/publicaciones/listado?filters=OMNI_ACTIVE&page=1',
      ),
    ).toMatchObject({
      listings: [],
      warnings: ['the publications have not loaded yet (placeholders shown)'],
    });
  });

  it('an empty view says so', () => {
    const html = read('inventory/publicaciones-cargando_mercadolibre-com-ar.html')
      .replace(
        ' aria-busy="true"></div>',
        '><div class="sll-list-empty-state"><p>No tienes publicaciones activas</p></div></div>',
      )
      .replace(/<div class="andes-progress-indicator-circular[\s\S]*?<\/svg><\/div>/, '');
    expect(snap(html, 'https://www.mercadolibre.com.ar/publicaciones/listado').warnings).toEqual([
      'no publications in this view: "No tienes publicaciones activas"',
    ]);
  });

  it('layouts the parser no longer knows are parser-health failures', () => {
    expect(
      parseHtml(read('inventory/broken-layout_mercadolibre-com-mx.html'), MX_LISTINGS_URL),
    ).toMatchObject({
      kind: 'failed',
      match: { market: 'mercadolibre', pageType: 'inventory' },
      error: expect.stringMatching(/mercadolibre\/inventory: .*layout may have changed/),
    });
    // Rows whose item numbers moved: not an inventory of nothing.
    const noIds = read(MX_LISTINGS)
      .replace(/sll-list-grid-row__structure-columns-wrapper--\d+/g, 'sll-list-cols')
      .replace(/#\d{6,}/g, '');
    expect(parseHtml(noIds, MX_LISTINGS_URL)).toMatchObject({
      kind: 'failed',
      error: expect.stringMatching(/publication rows but no item number could be read/),
    });
  });

  it('the sign-in page served at the listings URL is blocked', () => {
    expect(
      parseHtml(read('blocked/login_mercadolibre-com-mx.html'), MX_LISTINGS_URL),
    ).toMatchObject({ kind: 'blocked', reason: 'sign-in', match: { pageType: 'inventory' } });
  });
});
