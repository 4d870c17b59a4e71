/**
 * Etsy Shop Manager's listings (etsy/inventory) on its hand-made fixtures (tests/fixtures/etsy/inventory/,
 * provenance in SOURCE.txt): URL variants, the gallery and list views, own rows that join the public
 * listing page, unreadable and ranged prices, a page whose cards have not loaded, a broken layout and
 * the sign-in page. Parsed through the real registry (parseDocument) with linkedom, as the CLI does,
 * and with jsdom, as a browser-like DOM.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jsdomDocument, linkedomDocument } from '../amazon/fixtures';
import { coveredBy } from '../match-pattern';
import { matchUrl, parseDocument, type ParseOutcome } from '../../../../lib/markets/index';
import { etsy } from '../../../../lib/markets/etsy';
import { etsyInventoryFromUrl } from '../../../../lib/markets/etsy/match';
import { listingId } from '../../../../lib/db/ingest';
import type { PageSnapshot } from '../../../../lib/schemas/snapshot';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/etsy/', import.meta.url));
const AT = '2026-11-20T10:00:00Z';
const LISTINGS_URL = 'https://www.etsy.com/your/shops/me/tools/listings?ref=seller-platform-mcnav';
const DRAFTS_URL =
  'https://www.etsy.com/your/shops/NorthfieldPrints/tools/listings/state:draft,view:table';
const LOADING_URL = 'https://www.etsy.com/your/shops/me/tools/listings/page:2,state:inactive';
const GALLERY = 'inventory/listings-gallery-active_www-etsy-com.html';
const TABLE = 'inventory/listings-table-drafts_www-etsy-com.html';
const USD = (amount: number) => ({ amount, currency: 'USD' });
const GBP = (amount: number) => ({ amount, currency: 'GBP' });

const read = (file: string): string => readFileSync(FIXTURES + file, 'utf8');

function parseHtml(html: string, url: string, dom: 'linkedom' | 'jsdom'): ParseOutcome {
  return parseDocument(dom === 'jsdom' ? jsdomDocument(html) : linkedomDocument(html), url, AT);
}

function snap(html: string, url: string, dom: 'linkedom' | 'jsdom' = 'linkedom'): PageSnapshot {
  const out = parseHtml(html, url, dom);
  if (out.kind !== 'snapshot') throw new Error(JSON.stringify(out).slice(0, 400));
  return out.snapshot;
}

const rowsOf = (s: PageSnapshot) =>
  s.listings!.map((l) => [l.productKey, l.sku, l.price, l.quantity, l.status, l.own]);

describe('Shop Manager URLs', () => {
  it.each([
    'https://www.etsy.com/your/shops/me/tools/listings',
    LISTINGS_URL,
    'https://www.etsy.com/your/shops/me/tools/listings/',
    'https://www.etsy.com/your/shops/me/tools/listings/state:draft',
    'https://www.etsy.com/your/shops/me/tools/listings/state:expired',
    'https://www.etsy.com/your/shops/me/tools/listings/state:sold_out,view:table',
    'https://www.etsy.com/your/shops/me/tools/listings/sort:stock,order:ascending,view:table',
    'https://www.etsy.com/your/shops/me/tools/listings/state:draft,sort:update_date',
    'https://www.etsy.com/your/shops/me/tools/listings/state:active,stats:true',
    LOADING_URL,
    DRAFTS_URL,
    'https://www.etsy.com/your/shops/NorthfieldPrints/tools/listings/state:draft,view:table/details/1623004518',
    'https://www.etsy.com/your/shops/me/tools/listings?item_status=draft',
  ])('%s is the listings page (etsy/inventory)', (url) => {
    expect(matchUrl(url)).toMatchObject({
      market: 'etsy',
      pageType: 'inventory',
      parserId: 'etsy/inventory',
    });
    expect(coveredBy(etsy.matches, url)).toBe(true);
  });

  it.each([
    'https://www.etsy.com/your/shops/me/tools/listings/create',
    'https://www.etsy.com/your/shops/me/tools/listings/bulk',
    'https://www.etsy.com/your/shops/me/tools/listings/1587412365',
    'https://www.etsy.com/your/shops/me/listing-editor/edit/1587412365',
    'https://www.etsy.com/your/shops/me/dashboard',
    'https://www.etsy.com/uk/your/shops/me/tools/listings',
    'https://etsy.com/your/shops/me/tools/listings',
    'https://www.etsy.com.evil.io/your/shops/me/tools/listings',
    'https://evil.io/www.etsy.com/your/shops/me/tools/listings',
  ])('%s is not', (url) => {
    expect(matchUrl(url)?.pageType === 'inventory').toBe(false);
  });

  it('reads the shop and the filters of the path, and never runs over plain HTTP', () => {
    expect(etsyInventoryFromUrl(new URL(DRAFTS_URL))).toEqual({
      shop: 'NorthfieldPrints',
      filters: { state: 'draft', view: 'table' },
    });
    expect(etsyInventoryFromUrl(new URL(LISTINGS_URL))).toEqual({ shop: 'me', filters: {} });
    expect(coveredBy(etsy.matches, 'http://www.etsy.com/your/shops/me/tools/listings')).toBe(false);
    expect(etsy.matches).toContain('https://www.etsy.com/your/shops/*/tools/listings*');
  });
});

describe.each(['linkedom', 'jsdom'] as const)('gallery view, Active tab (%s)', (dom) => {
  const s = snap(read(GALLERY), LISTINGS_URL, dom);

  it('reads one own row per card: listing id, SKU, price, stock, the tab as status', () => {
    expect(s).toMatchObject({
      market: 'etsy',
      pageType: 'inventory',
      parser: { id: 'etsy/inventory', version: 1 },
    });
    expect(rowsOf(s)).toEqual([
      ['1587412365', 'LL-MUG-SPK-12', USD(24), 12, 'Active', true],
      ['1587462390', 'LL-DIN-32', USD(1240), 1, 'Active', true],
      // "$18.00 – $32.00": a listing with variations, its lowest price.
      ['1601177245', undefined, USD(18), 24, 'Active', true],
      ['1599023411', 'LL-PDF-GLAZE40', USD(6.5), 999, 'Active', true],
      // "$--.--": a price shown but unreadable is null, never 0.
      ['1577340021', 'LL-BUTTER-01', null, 4, 'Active', true],
    ]);
  });

  it('gives each row its title (never the "Digital" badge or the renewal line) and the public URL', () => {
    expect(s.listings!.map((l) => [l.title, l.url])).toEqual([
      [
        'Hand-thrown Speckled Ceramic Mug, 12 oz Stoneware Coffee Cup',
        'https://www.etsy.com/listing/1587412365',
      ],
      [
        'Handmade Stoneware Dinnerware Set for 8, 32 Pieces, Speckled Oatmeal Glaze',
        'https://www.etsy.com/listing/1587462390',
      ],
      [
        'Speckled Ceramic Planter with Drainage Hole, 4 Sizes',
        'https://www.etsy.com/listing/1601177245',
      ],
      [
        'Glaze Recipe Cards for Potters, Printable PDF, 40 Cone 6 Recipes',
        'https://www.etsy.com/listing/1599023411',
      ],
      [
        'Ceramic Butter Dish with Lid, Farmhouse Kitchen Gift',
        'https://www.etsy.com/listing/1577340021',
      ],
    ]);
  });

  it('says what it could not read', () => {
    expect(s.warnings).toEqual([
      'listing 1601177245: price: price range "$18.00 – $32.00": using the lower bound 18 (upper 32)',
      'listing 1577340021: price: unreadable price "$--.--": no number',
    ]);
  });
});

describe('joins the public listing page', () => {
  it('an own row and the etsy/product page of the same listing have one listing id', () => {
    const own = snap(read(GALLERY), LISTINGS_URL).listings![0]!;
    const page = snap(
      read('product/listing-sale_www-etsy-com.html'),
      'https://www.etsy.com/listing/1587412365/hand-thrown-speckled-ceramic-mug',
    ).listings![0]!;
    expect(listingId('etsy', own.productKey, own.url)).toBe(
      listingId('etsy', page.productKey, page.url),
    );
  });
});

describe.each(['linkedom', 'jsdom'] as const)('list view of drafts (%s)', (dom) => {
  const s = snap(read(TABLE), DRAFTS_URL, dom);

  it('maps the columns by their header labels, pounds with a thousands separator', () => {
    expect(rowsOf(s)).toEqual([
      ['1623004518', 'NFP-LAKES-A3', GBP(38), 25, 'Draft', true],
      ['1623004777', 'NFP-ORIG-DERW', GBP(1250), 1, 'Draft', true],
      // "—" in the SKU column: no SKU.
      ['1623005102', undefined, GBP(4.5), 999, 'Draft', true],
    ]);
    expect(s.listings!.map((l) => l.title)).toEqual([
      'Lake District Fells Map, Hand-Drawn Giclée Print, A3',
      'Original Watercolour, Derwentwater at Dusk, Framed 60 × 80 cm',
      'Wainwright Walks Checklist Poster, Digital Download',
    ]);
    expect(s.warnings).toBeUndefined();
  });

  it('follows the columns when the seller rearranges them', () => {
    const swapped = read(TABLE)
      .replace(
        '<th class="wt-table__head__cell">Price</th>\n        <th class="wt-table__head__cell">Stock</th>',
        '<th class="wt-table__head__cell">Stock</th>\n        <th class="wt-table__head__cell">Price</th>',
      )
      .replace(
        '<td class="wt-table__row__cell">£38.00</td>\n        <td class="wt-table__row__cell">25</td>',
        '<td class="wt-table__row__cell">25</td>\n        <td class="wt-table__row__cell">£38.00</td>',
      );
    expect(swapped).not.toBe(read(TABLE));
    expect(rowsOf(snap(swapped, DRAFTS_URL, dom))[0]).toEqual([
      '1623004518',
      'NFP-LAKES-A3',
      GBP(38),
      25,
      'Draft',
      true,
    ]);
  });
});

describe('a card that says its own state, and status from the URL', () => {
  it('"Sold out" on a card is quantity 0 and status Sold out, whatever the tab', () => {
    const html = read(GALLERY).replace(
      '<span class="card-meta-row-item">4 in stock</span>',
      '<span class="wt-badge wt-badge--status-03">Sold out</span>',
    );
    const row = snap(html, LISTINGS_URL).listings!.find((l) => l.productKey === '1577340021')!;
    expect([row.quantity, row.status]).toEqual([0, 'Sold out']);
  });

  it('without status tabs the state: filter of the URL names the status', () => {
    const html = read(GALLERY).replace(/<input type="radio"[^>]*>/g, '');
    const s = snap(html, 'https://www.etsy.com/your/shops/me/tools/listings/state:expired');
    expect(new Set(s.listings!.map((l) => l.status))).toEqual(new Set(['Expired']));
  });
});

describe('pages without rows', () => {
  it('the app before its cards arrived: zero listings and a warning, not an error', () => {
    expect(snap(read('inventory/listings-loading_www-etsy-com.html'), LOADING_URL)).toMatchObject({
      listings: [],
      warnings: ['the listings have not loaded yet (placeholders shown)'],
    });
  });

  it('an empty view says so', () => {
    const html = read('inventory/listings-loading_www-etsy-com.html')
      .replace(/<li class="wt-grid__item[\s\S]*?<\/li>/g, '')
      .replace(' aria-busy="true"', '')
      .replace('</ul>', '</ul><div class="wt-empty-state"><p>No inactive listings</p></div>');
    expect(snap(html, LOADING_URL).warnings).toEqual([
      'no listings in this view: "No inactive listings"',
    ]);
  });

  it('a layout the parser no longer knows is a parser-health failure', () => {
    expect(
      parseHtml(read('inventory/broken-layout_www-etsy-com.html'), LISTINGS_URL, 'linkedom'),
    ).toMatchObject({
      kind: 'failed',
      match: { market: 'etsy', pageType: 'inventory' },
      error: expect.stringMatching(/etsy\/inventory: .*layout may have changed/),
    });
  });

  it('the sign-in page served at the listings URL is blocked, never an empty inventory', () => {
    expect(
      parseHtml(read('blocked/signin_www-etsy-com.html'), LISTINGS_URL, 'linkedom'),
    ).toMatchObject({ kind: 'blocked', reason: 'sign-in', match: { pageType: 'inventory' } });
    expect(
      parseHtml(read('blocked/datadome-captcha_www-etsy-com.html'), LISTINGS_URL, 'linkedom'),
    ).toMatchObject({ kind: 'blocked', reason: 'captcha' });
  });
});
