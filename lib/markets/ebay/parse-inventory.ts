/**
 * Seller Hub › Listings › Active (`/sh/lst/active`): the seller's own live listings (`own: true`).
 *
 * Each listing is a `tr.grid-row` whose `data-id` is its item id, the id of its item page, so a row
 * and the item page join into one listing. Cells are found by their column class
 * (`td.shui-dt-column__title`, `__listingSKU`, `__price`, `__availableQuantity`), never by position:
 * the seller chooses and orders the columns ("Customize table"), and a column they hid is absent
 * (its field is left out, not guessed). Read per row: the item id, the title, the SKU ("Custom label"),
 * the price as Money in the currency the row shows (a bare "$" is the site's dollar; Seller Hub lists
 * the listings of every eBay site the seller sells on, "£" rows on ebay.com included), the available
 * quantity, the item page's URL. Views and watchers (`visitCount`, `watchCount`) are not read: the
 * snapshot has no field for them.
 *
 * A price shown but unreadable is null plus a warning, never 0; an auction's price is its current or
 * starting bid, not a price the seller set, and is left out with a warning. Rows arrive by XHR after the
 * page (the content script re-parses on mutations): a grid with no rows yet is zero listings plus a
 * warning, not an error. A grid with rows none of which names its item is a layout we no longer
 * understand (LayoutChangedError → parser-health).
 */
import type { ListingSnapshot } from '../../schemas/snapshot';
import { LayoutChangedError, type MarketParser } from '../types';
import { attr, querySelectorFirst, textOf } from '../dom';
import { parseCount } from '../amazon/text';
import { ebaySite, isEbayItemId, itemIdFromHref, type EbaySite } from './match';
import { CLIPPED, sellerHubSelectors as S } from './selectors';
import { AUCTION_TEXT, ebayMoney } from './text';

/** Text of an element without screen-reader spans ("Link. Views …", "Opens in a new window"). */
const visible = (el: Element | null | undefined): string => textOf(el, { exclude: CLIPPED });

/** Placeholders Seller Hub prints in an empty cell. */
const EMPTY = /^[-–—]*$/;

/** A cell's value: the inline-edit input's, else its text column's, else its own text. */
function cellValue(cell: Element): string {
  const input = cell.querySelector(S.input);
  const value = attr(input, 'value');
  if (value) return value;
  return visible(cell.querySelector(S.cellText) ?? cell);
}

function rowItemId(row: Element, titleCell: Element | null): string | null {
  const id = attr(row, 'data-id');
  if (isEbayItemId(id)) return id;
  const link = (titleCell ?? row).querySelector(S.itemLink);
  return itemIdFromHref(attr(link, 'href'));
}

function readRow(
  row: Element,
  i: number,
  site: EbaySite,
  origin: string,
  warnings: string[],
): ListingSnapshot | null {
  const cell = (column: string) => row.querySelector(S.cell(column));
  const titleCell = cell('title');
  const item = rowItemId(row, titleCell);
  const skuCell = cell('listingSKU');
  const skuText = skuCell ? cellValue(skuCell) : '';
  const sku = EMPTY.test(skuText) ? '' : skuText;
  const name = `listing row ${i + 1}${item ? ` (item ${item})` : sku ? ` (SKU ${sku})` : ''}`;
  if (!item) {
    warnings.push(`${name}: no item id`);
    return null;
  }
  const listing: ListingSnapshot = {
    productKey: item,
    own: true,
    // The Active tab lists live listings only.
    status: 'Active',
    url: new URL(`/itm/${item}`, origin).href,
  };
  if (sku) listing.sku = sku.slice(0, 2_000);
  if (titleCell) {
    const title = visible(querySelectorFirst(titleCell, S.titleText) ?? titleCell);
    if (title) listing.title = title.slice(0, 2_000);
    else warnings.push(`${name}: no title`);
  }

  const priceCell = cell('price');
  if (priceCell) {
    const current = priceCell.querySelector(S.priceCurrent);
    const option = visible(priceCell.querySelector(S.purchaseOption));
    const input = priceCell.querySelector(S.input);
    const text =
      (current ? visible(current) : '') ||
      attr(input, 'value') ||
      textOf(priceCell, { exclude: `${CLIPPED}, ${S.purchaseOption}` });
    if (AUCTION_TEXT.test(option)) {
      warnings.push(`${name}: an auction (${option.slice(0, 40)}): its bid is not read as a price`);
    } else {
      const r = ebayMoney(text, site);
      listing.price = r.money;
      if (!r.money) warnings.push(`${name}: ${r.warning ?? `unreadable price "${text}"`}`);
      else if (r.warning) warnings.push(`${name}: ${r.warning}`);
    }
  }

  const qtyCell = cell('availableQuantity');
  if (qtyCell) {
    const text = cellValue(qtyCell);
    listing.quantity = text ? parseCount(text) : null;
    if (listing.quantity === null) {
      warnings.push(`${name}: unreadable quantity "${text.slice(0, 40)}"`);
    }
  }
  return listing;
}

export const parseEbayInventoryPage: MarketParser = {
  id: 'ebay/inventory',
  version: 1,
  parse(doc, ctx) {
    const site = ebaySite(ctx.url);
    if (!site) throw new LayoutChangedError('ebay/inventory: not an eBay site');
    const warnings: string[] = [];
    const listings: ListingSnapshot[] = [];
    const rows = doc.querySelectorAll(S.anyRow);
    for (let i = 0; i < rows.length; i++) {
      const l = readRow(rows[i]!, i, site, ctx.url.origin, warnings);
      if (l) listings.push(l);
    }
    if (rows.length > 0 && listings.length === 0) {
      throw new LayoutChangedError(
        `ebay/inventory: ${rows.length} listing rows (tr.grid-row) but none names its item (data-id) — the page layout may have changed`,
      );
    }
    if (rows.length === 0) {
      warnings.push(
        querySelectorFirst(doc, S.grid)
          ? 'no listing rows yet: Seller Hub loads them after the page'
          : 'no listings table (.shui-dt) on the page',
      );
    }
    return warnings.length ? { listings, warnings: warnings.slice(0, 500) } : { listings };
  },
};
