/**
 * Walmart Seller Center, Catalog › Items (`seller.walmart.com/items-and-inventory/manage-items`): the
 * seller's own items (`own: true`), one per row of the item grid, read by the grid's column labels
 * (data-grid.ts; the seller can hide, reorder and pin columns).
 *
 * The product identity is the "Item ID" column: Walmart's item number, the usItemId of the public page
 * `www.walmart.com/ip/<usItemId>` (Walmart's Item Report lists the same number beside "Item Page URL"
 * `https://www.walmart.com/ip/<Item ID>`), so an own row and the public page join. It is not the WPID
 * ("Walmart Product ID", 12 letters and digits such as `6VT45CI75EF8`), which no public page uses as
 * its identity: a row that shows only a WPID (an item Walmart has not published yet) has no listing to
 * join and is left out with a warning, as is a row without either. A row's link to
 * `walmart.com/ip/<id>` stands in for a hidden Item ID column.
 *
 * Each row: SKU, Item ID, GTIN / UPC (8–14 digits, zero padding to a UPC-A dropped), product name, price in USD, inventory quantity,
 * and the status as Seller Center shows it: the publish status with the lifecycle status after it
 * ("Published (Active)", "Unpublished (Retired)"). A price cell that is empty or a dash shows no price
 * (absent); one shown but unreadable is null plus a warning, never 0.
 *
 * Rows load by XHR after the page: a grid without rows yet gives zero listings and a warning, never an
 * error; a page without the item grid (no grid whose headers name "SKU" or "Item ID") is a layout we
 * no longer understand (LayoutChangedError → parser-health).
 */
import type { ListingSnapshot } from '../../schemas/snapshot';
import { parseMoney } from '../../money';
import { parseCount } from '../amazon/text';
import { gridColumnsByLabel, readDataGrids, type DataGrid, type DataGridRow } from '../data-grid';
import { LayoutChangedError, type MarketParser } from '../types';
import { attr, textOf } from '../dom';
import { sellerCenterSelectors as sel } from './selectors';

type Field =
  | 'sku'
  | 'itemId'
  | 'wpid'
  | 'gtin'
  | 'upc'
  | 'title'
  | 'price'
  | 'quantity'
  | 'publish'
  | 'lifecycle'
  | 'fulfillment';

/** Column labels → field, first match wins; a label is matched as a whole (after trimming). */
const LABELS: ReadonlyArray<readonly [RegExp, Field]> = [
  [/^(?:seller\s+)?sku$/i, 'sku'],
  [/^(?:walmart\s+)?item\s*id$/i, 'itemId'],
  [/^wpid$/i, 'wpid'],
  [/^(?:gtin|gtin\s*\/\s*upc|product\s+id)$/i, 'gtin'],
  [/^upc$/i, 'upc'],
  [
    /^(?:product\s+name|item\s+name|item|product|product\s+details|item\s+details|title)$/i,
    'title',
  ],
  [/^(?:price|your\s+price|item\s+price|selling\s+price|current\s+price)$/i, 'price'],
  [
    /^(?:inventory|available(?:\s+(?:inventory|to\s+sell|qty))?|qty|quantity|on\s+hand)$/i,
    'quantity',
  ],
  [/^(?:publish(?:ed)?\s+status|status|listing\s+status)$/i, 'publish'],
  [/^lifecycle(?:\s+status)?$/i, 'lifecycle'],
  [/^(?:fulfil?lment(?:\s+type)?|fulfil?led\s+by|shipped\s+by)$/i, 'fulfillment'],
];

const ITEM_ID = /^\d{4,15}$/;
const IP_LINK =
  /walmart\.com\/ip\/(?:[^/?#]+\/)?(\d{4,15})(?:[/?#]|$)|^\/ip\/(?:[^/?#]+\/)?(\d{4,15})(?:[/?#]|$)/;
const DASH = /^[-–—]+$|^n\/a$/i;

/** The item grid: the first grid whose columns name the SKU or the Item ID. */
function itemGrid(doc: Document): { grid: DataGrid; cols: Partial<Record<Field, string>> } | null {
  for (const grid of readDataGrids(doc)) {
    const cols = gridColumnsByLabel(grid, LABELS);
    if (cols.sku !== undefined || cols.itemId !== undefined) return { grid, cols };
  }
  return null;
}

function cellText(row: DataGridRow, key: string | undefined): string {
  if (key === undefined) return '';
  const cell = row.cells.get(key);
  if (!cell) return '';
  const text = textOf(cell, { exclude: '[role="tooltip"], .sr-only, .visually-hidden' });
  return DASH.test(text) ? '' : text;
}

/** The Item ID of a row: its column, else the row's link to the public page. */
function itemIdOf(row: DataGridRow, key: string | undefined): string | null {
  const shown = cellText(row, key).replace(/^#/, '');
  if (ITEM_ID.test(shown)) return shown;
  for (const el of row.elements) {
    const links = el.querySelectorAll(sel.itemLink);
    for (let i = 0; i < links.length; i++) {
      const m = IP_LINK.exec(attr(links[i]!, 'href'));
      if (m) return m[1] ?? m[2]!;
    }
  }
  return null;
}

/** A product title cell may hold the image, the name and the SKU under it: the name is its link or heading. */
function titleOf(row: DataGridRow, key: string | undefined): string {
  if (key === undefined) return '';
  const cell = row.cells.get(key);
  if (!cell) return '';
  const named = cell.querySelector('a[href*="/ip/"], [data-testid*="name" i], h3, h4, strong');
  return textOf(named ?? cell);
}

/**
 * A GTIN-14 or EAN-13 that only pads a UPC-A with zeros (`00810043710255`) as the 12-digit UPC it
 * pads (`810043710255`), the form walmart.com pages give: the row and the public page then agree on
 * one GTIN, and channel-mismatch groups them with the other channels' UPC.
 */
export function shortGtin(digits: string): string {
  let g = digits;
  while (g.length > 12 && g.startsWith('0')) g = g.slice(1);
  return g;
}

function normalizeFulfillment(text: string): string | undefined {
  const t = text.trim();
  if (!t) return undefined;
  if (/\bwfs\b|walmart\s+fulfil/i.test(t)) return 'walmart';
  if (/seller|merchant|self/i.test(t)) return 'merchant';
  return t.slice(0, 200);
}

function readRow(
  row: DataGridRow,
  i: number,
  cols: Partial<Record<Field, string>>,
  warnings: string[],
): ListingSnapshot | null {
  const sku = cellText(row, cols.sku);
  const itemId = itemIdOf(row, cols.itemId);
  const label = sku ? `SKU ${sku}` : `row ${i + 1}`;
  if (!itemId) {
    const wpid = cellText(row, cols.wpid);
    warnings.push(
      wpid
        ? `item ${label}: no Item ID, only the WPID ${wpid.slice(0, 40)} (not the id walmart.com pages use): left out`
        : `item ${label}: no Item ID: left out`,
    );
    return null;
  }
  const listing: ListingSnapshot = {
    productKey: itemId,
    url: `https://www.walmart.com/ip/${itemId}`,
    own: true,
  };
  if (sku) listing.sku = sku.slice(0, 2_000);
  const title = titleOf(row, cols.title);
  if (title) listing.title = title.slice(0, 2_000);
  const priceText = cellText(row, cols.price);
  if (priceText) {
    const r = parseMoney(priceText, { currencyHint: 'USD', locale: 'en-US' });
    listing.price = r.money;
    if (r.warning) warnings.push(`item ${itemId} (${label}): price: ${r.warning}`);
    else if (!r.money) warnings.push(`item ${itemId} (${label}): unreadable price "${priceText}"`);
  }
  const qtyText = cellText(row, cols.quantity);
  if (qtyText) {
    listing.quantity = parseCount(qtyText);
    if (listing.quantity === null) {
      warnings.push(`item ${itemId} (${label}): unreadable inventory "${qtyText.slice(0, 80)}"`);
    }
  }
  for (const key of [cols.gtin, cols.upc]) {
    const digits = cellText(row, key)
      .replace(/^(?:gtin|upc|ean)\s*:?\s*/i, '')
      .replace(/\s/g, '');
    if (/^\d{8,14}$/.test(digits)) {
      listing.gtin = shortGtin(digits);
      break;
    }
  }
  const publish = cellText(row, cols.publish);
  const lifecycle = cellText(row, cols.lifecycle);
  const status = publish && lifecycle ? `${publish} (${lifecycle})` : publish || lifecycle;
  if (status) listing.status = status.slice(0, 2_000);
  const fulfillment = normalizeFulfillment(cellText(row, cols.fulfillment));
  if (fulfillment) listing.fulfillment = fulfillment;
  return listing;
}

export const parseWalmartInventoryPage: MarketParser = {
  id: 'walmart/inventory',
  version: 1,
  parse(doc) {
    const warnings: string[] = [];
    const found = itemGrid(doc);
    if (!found) {
      throw new LayoutChangedError(
        'walmart/inventory: no item grid (a grid whose column headers name "SKU" or "Item ID") on the page — the page layout may have changed',
      );
    }
    const { grid, cols } = found;
    if (cols.itemId === undefined) {
      warnings.push('no "Item ID" column shown: items are read from their walmart.com links');
    }
    // Placeholder rows (skeletons while the grid loads) have no text and no link.
    const rows = grid.rows.filter((r) =>
      r.elements.some((el) => textOf(el) !== '' || el.querySelector('a[href]') !== null),
    );
    if (rows.length === 0) {
      warnings.push(
        grid.element.querySelector(sel.emptyState) || doc.querySelector(sel.emptyState)
          ? 'no items in this view'
          : grid.rows.length > 0 ||
              grid.element.matches(sel.loading) ||
              grid.element.querySelector(sel.loading)
            ? 'the items have not loaded yet (placeholders shown)'
            : 'no item rows found on the page',
      );
      return { listings: [], warnings };
    }
    const listings: ListingSnapshot[] = [];
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      const l = readRow(row, i, cols, warnings);
      if (!l) return;
      // One item listed twice (a variant group shown under its parent too) is one listing.
      if (seen.has(l.productKey)) return;
      seen.add(l.productKey);
      listings.push(l);
    });
    return { listings, ...(warnings.length ? { warnings: warnings.slice(0, 500) } : {}) };
  },
};
