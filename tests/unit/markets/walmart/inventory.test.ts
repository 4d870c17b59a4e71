/**
 * Walmart Seller Center's item list (walmart/inventory) on its hand-made fixtures
 * (tests/fixtures/walmart/inventory/, provenance in SOURCE.txt): URL matching on seller.walmart.com
 * beside the public site, the item grid read by its column labels (pinned columns, reordered
 * columns, hidden Item ID column), the Item ID as the usItemId the public page uses, GTINs, prices,
 * stock and statuses, a grid still loading, a broken layout and the sign-in page.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jsdomDocument, linkedomDocument } from '../amazon/fixtures';
import { coveredBy } from '../match-pattern';
import { matchUrl, parseDocument, type ParseOutcome } from '../../../../lib/markets/index';
import { walmart } from '../../../../lib/markets/walmart';
import { shortGtin } from '../../../../lib/markets/walmart/parse-inventory';
import { listingId } from '../../../../lib/db/ingest';
import type { PageSnapshot } from '../../../../lib/schemas/snapshot';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/walmart/', import.meta.url));
const AT = '2026-11-20T10:00:00Z';
const ITEMS_URL = 'https://seller.walmart.com/items-and-inventory/manage-items';
const ITEMS = 'inventory/manage-items_seller-walmart-com.html';
const USD = (amount: number) => ({ amount, currency: 'USD' });

const read = (file: string): string => readFileSync(FIXTURES + file, 'utf8');

function parseHtml(html: string, url = ITEMS_URL, dom: 'linkedom' | 'jsdom' = 'linkedom') {
  return parseDocument(dom === 'jsdom' ? jsdomDocument(html) : linkedomDocument(html), url, AT);
}

function snap(html: string, url = ITEMS_URL, dom: 'linkedom' | 'jsdom' = 'linkedom') {
  const out: ParseOutcome = parseHtml(html, url, dom);
  if (out.kind !== 'snapshot') throw new Error(JSON.stringify(out).slice(0, 400));
  return out.snapshot;
}

const rowsOf = (s: PageSnapshot) =>
  s.listings!.map((l) => [
    l.productKey,
    l.sku,
    l.gtin,
    l.price,
    l.quantity,
    l.status,
    l.fulfillment,
    l.own,
  ]);

const EXPECTED = [
  [
    '1728394056',
    'BH-KET-17-SS',
    '810043710255',
    USD(24.88),
    132,
    'Published (Active)',
    'merchant',
    true,
  ],
  [
    '1728394117',
    'BH-KET-17-BLK',
    '810043710262',
    USD(26.49),
    0,
    'Published (Active)',
    'walmart',
    true,
  ],
  // "$1,024.50": a thousands separator.
  [
    '2093317450',
    'BH-ESP-2G-SS',
    '810043719913',
    USD(1024.5),
    3,
    'Published (Active)',
    'merchant',
    true,
  ],
  // "Price unavailable": shown but unreadable, null and never 0.
  ['2093317502', 'BH-TOAST-4S', '810043719920', null, 48, 'Unpublished (Active)', 'merchant', true],
];

describe('Seller Center URLs', () => {
  it.each([
    ITEMS_URL,
    `${ITEMS_URL}/`,
    `${ITEMS_URL}?searchType=ALL_ITEMS&searchQuery=BH-KET-17-SS`,
    `${ITEMS_URL}?filters=%7B%22publishStatus%22%3A%5B%22PUBLISHED%22%5D%7D&page=2`,
  ])('%s is the item list (walmart/inventory)', (url) => {
    expect(matchUrl(url)).toMatchObject({
      market: 'walmart',
      pageType: 'inventory',
      parserId: 'walmart/inventory',
    });
    expect(coveredBy(walmart.matches, url)).toBe(true);
  });

  it.each([
    'https://seller.walmart.com/home',
    'https://seller.walmart.com/items-and-inventory/manage-items/bulk-upload',
    'https://seller.walmart.com/order-management/details',
    'https://www.walmart.com/items-and-inventory/manage-items',
    'https://seller.walmart.com.evil.io/items-and-inventory/manage-items',
    'https://evil.io/seller.walmart.com/items-and-inventory/manage-items',
    'https://seller.walmart.ca/items-and-inventory/manage-items',
  ])('%s is not', (url) => {
    expect(matchUrl(url)).toBeNull();
  });

  it('keeps the public pages on www.walmart.com only, and never runs over plain HTTP', () => {
    expect(matchUrl('https://seller.walmart.com/ip/x/1728394056')).toBeNull();
    expect(matchUrl('https://www.walmart.com/ip/x/1728394056')?.pageType).toBe('product');
    expect(
      coveredBy(walmart.matches, `http://seller.walmart.com/items-and-inventory/manage-items`),
    ).toBe(false);
  });
});

describe.each(['linkedom', 'jsdom'] as const)('the item grid (%s)', (dom) => {
  const s = snap(read(ITEMS), ITEMS_URL, dom);

  it('reads one own row per item by the column labels: Item ID, SKU, GTIN, price, stock, status', () => {
    expect(s).toMatchObject({
      market: 'walmart',
      pageType: 'inventory',
      parser: { id: 'walmart/inventory', version: 1 },
    });
    expect(rowsOf(s)).toEqual(EXPECTED);
  });

  it('gives each row its product name from the pinned column (not its category line) and the public URL', () => {
    expect(s.listings!.map((l) => [l.title, l.url])).toEqual([
      [
        'BrightHome 1.7L Stainless Steel Electric Kettle, Cordless with Auto Shut-Off, Silver',
        'https://www.walmart.com/ip/1728394056',
      ],
      [
        'BrightHome 1.7L Stainless Steel Electric Kettle, Cordless with Auto Shut-Off, Black',
        'https://www.walmart.com/ip/1728394117',
      ],
      [
        'BrightHome Commercial Espresso Machine, 2-Group, Stainless Steel',
        'https://www.walmart.com/ip/2093317450',
      ],
      [
        'BrightHome 4-Slice Toaster with Bagel and Defrost Settings',
        'https://www.walmart.com/ip/2093317502',
      ],
    ]);
  });

  it('leaves out an item with only a WPID, and says what it could not read', () => {
    expect(s.warnings).toEqual([
      'item 2093317502 (SKU BH-TOAST-4S): price: unreadable price "Price unavailable": not available',
      'item SKU BH-MIX-5QT: no Item ID, only the WPID 0RCPILAXM0C1 (not the id walmart.com pages use): left out',
    ]);
  });
});

describe('identity', () => {
  it('the Item ID is the usItemId: an own row and the public product page are one listing, one GTIN', () => {
    const own = snap(read(ITEMS)).listings![0]!;
    const page = snap(
      read('product/ip_third-party-seller_www-walmart-com.html'),
      'https://www.walmart.com/ip/BrightHome-1-7L-Stainless-Steel-Electric-Kettle-Cordless-Auto-Shutoff-Silver/1728394056',
    ).listings![0]!;
    expect(listingId('walmart', own.productKey, own.url)).toBe(
      listingId('walmart', page.productKey, page.url),
    );
    expect(own.gtin).toBe(page.gtin);
  });

  it.each([
    ['00810043710255', '810043710255'],
    ['0810043710255', '810043710255'],
    ['810043710255', '810043710255'],
    ['4006381333931', '4006381333931'],
    ['12345670', '12345670'],
  ])('GTIN %s is kept as %s', (gtin, expected) => {
    expect(shortGtin(gtin)).toBe(expected);
  });

  it('a hidden Item ID column: the id comes from the row link to walmart.com', () => {
    const html = read(ITEMS)
      .replace(/<div role="columnheader" aria-colindex="4"[^]*?<\/div>/, '')
      .replace(/<div role="gridcell" aria-colindex="4">.*?<\/div>\n/g, '');
    const s = snap(html);
    expect(rowsOf(s)).toEqual(EXPECTED);
    expect(s.warnings![0]).toBe(
      'no "Item ID" column shown: items are read from their walmart.com links',
    );
  });
});

describe('columns by label, never by position', () => {
  it('follows columns the seller moved (their aria-colindex changed)', () => {
    // Price and Inventory swap places: header and cells swap their column indexes.
    const html = read(ITEMS)
      .replace(/aria-colindex="7"/g, 'aria-colindex="X"')
      .replace(/aria-colindex="8"/g, 'aria-colindex="7"')
      .replace(/aria-colindex="X"/g, 'aria-colindex="8"');
    expect(rowsOf(snap(html))).toEqual(EXPECTED);
  });

  it('reads a plain table the same way', () => {
    const table = `<table><thead><tr><th>Product Name</th><th>Price</th><th>SKU</th><th>Item ID</th><th>UPC</th><th>Available</th><th>Status</th></tr></thead>
      <tbody><tr><td>BrightHome Kettle</td><td>$24.88</td><td>BH-KET-17-SS</td><td>1728394056</td><td>810043710255</td><td>132</td><td>Published</td></tr></tbody></table>`;
    expect(rowsOf(snap(`<html><body><main>${table}</main></body></html>`))).toEqual([
      ['1728394056', 'BH-KET-17-SS', '810043710255', USD(24.88), 132, 'Published', undefined, true],
    ]);
  });
});

describe('pages without rows', () => {
  it('the grid before its rows arrived: zero listings and a warning, not an error', () => {
    expect(
      snap(
        read('inventory/manage-items-loading_seller-walmart-com.html'),
        `${ITEMS_URL}?searchType=ALL_ITEMS&searchQuery=BH-KET`,
      ),
    ).toMatchObject({
      listings: [],
      warnings: ['the items have not loaded yet (placeholders shown)'],
    });
  });

  it('a layout without the item grid is a parser-health failure', () => {
    expect(parseHtml(read('inventory/broken-layout_seller-walmart-com.html'))).toMatchObject({
      kind: 'failed',
      match: { market: 'walmart', pageType: 'inventory' },
      error: expect.stringMatching(/walmart\/inventory: no item grid .*layout may have changed/),
    });
  });

  it('the sign-in page and the robot check are blocked, never an empty inventory', () => {
    expect(parseHtml(read('blocked/signin_seller-walmart-com.html'))).toMatchObject({
      kind: 'blocked',
      reason: 'sign-in',
      match: { pageType: 'inventory' },
    });
    expect(parseHtml(read('blocked/robot-or-human_www-walmart-com.html'))).toMatchObject({
      kind: 'blocked',
      reason: 'captcha',
    });
    // The item list itself is no sign-in page (a password field elsewhere does not matter with a grid).
    expect(walmart.detectBlocked(linkedomDocument(read(ITEMS)), new URL(ITEMS_URL))).toBeNull();
  });
});
