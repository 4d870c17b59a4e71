/**
 * Mercado Libre, the seller's listings ("Publicaciones", `/publicaciones/listado`; Brazil "Anúncios",
 * `/anuncios/lista`): the seller's own items (`own: true`).
 *
 * The list (2025–2026) shows one row per publication (`.sll-list-grid-row--item`; a product with
 * variations one `--family` row per variation under its parent, whose ranges are not read). A row
 * names its items by number ("#1987654321"): one per sale option (classic, premium listing type),
 * each with its own price, terms and status in its own column group
 * (`…structure-columns-wrapper--<item number>`). Each sale option is one own listing: item id
 * (site prefix + number, the id of its public page, so both join), title, SKU, price (the current
 * one, not the struck price of a promotion), available quantity (the seller's stock plus the stock at
 * Mercado Libre's Full warehouse; "sin stock" is 0) and status ("Activa", "Pausada", as shown).
 *
 * Prices are in the site's currency with its thousands separator ("$ 1.299" in Argentina, "$ 1,299" in
 * Mexico, "R$ 1.299,90" in Brazil; "US$" for a dollar-priced item): money.ts. An unreadable price is
 * null plus a warning, never 0. The rows load after the page: a page whose listings app is there
 * without rows yet gives zero listings and a warning, never an error; a page with neither is a layout
 * we no longer understand (LayoutChangedError → parser-health).
 */
import type { ListingSnapshot } from '../../schemas/snapshot';
import { parseCount } from '../amazon/text';
import { LayoutChangedError, type MarketParser } from '../types';
import { attr, closest, querySelectorFirst, textOf } from '../dom';
import { meliListingsSite, type MeliSite } from './match';
import { readAndesAmount, readMoneyText, type MoneyReading } from './money';
import { listingsSelectors as sel, productSelectors } from './selectors';

const ROW = sel.row.join(', ');
const STRUCK = 's, del, [class*="strikethrough"], .andes-money-amount--previous';
const NO_STOCK = /^(?:sin stock|sem estoque|agotado|esgotado|0)$/i;
const OPTION_ID = /structure-columns-wrapper--(\d{6,15})\b/;

/** Elements under `row` matching `selector` that are not inside a row nested in it. */
function own(row: Element, selector: string): Element[] {
  return Array.from(row.querySelectorAll(selector)).filter((el) => {
    let cur = el.parentElement;
    while (cur && cur !== row) {
      if (cur.matches(ROW)) return false;
      cur = cur.parentElement;
    }
    return true;
  });
}

function firstOwn(row: Element, selectors: readonly string[]): Element | null {
  for (const s of selectors) {
    const el = own(row, s)[0];
    if (el) return el;
  }
  return null;
}

/** The price of a sale option's price cell: the current amount, never the struck one. */
function priceOf(cell: Element, site: MeliSite): { text: string; reading: MoneyReading } | null {
  const amounts = cell.querySelectorAll(productSelectors.amount);
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i]!;
    if (closest(a, STRUCK)) continue;
    return { text: textOf(a), reading: readAndesAmount(a, site) };
  }
  const mains = cell.querySelectorAll(sel.priceMain);
  for (let i = 0; i < mains.length; i++) {
    const m = mains[i]!;
    if (closest(m, STRUCK)) continue;
    const text = textOf(m);
    if (text) return { text, reading: readMoneyText(text, site) };
  }
  const text = textOf(cell, { exclude: STRUCK });
  return text ? { text, reading: readMoneyText(text, site) } : null;
}

interface Stock {
  quantity?: number | null;
  full: boolean;
  unread?: string;
}

/** "12 u." and the Full warehouse's "30 u.": their sum; "sin stock" 0. */
function stockOf(row: Element): Stock {
  const labels = own(row, sel.stock);
  if (labels.length === 0) return { full: false };
  let total = 0;
  let full = false;
  for (const label of labels) {
    const text = textOf(label);
    if (closest(label, sel.fullStock)) full = true;
    if (NO_STOCK.test(text)) continue;
    const n = parseCount(text);
    if (n === null) return { quantity: null, full, unread: text };
    total += n;
  }
  return { quantity: total, full };
}

function statusIn(el: Element): string {
  for (const s of sel.status) {
    const badge = el.querySelector(s);
    const text = textOf(badge);
    if (text) return text;
  }
  return '';
}

/** A variation row's title: its parent publication's title with the variation ("… - Color: Negro"). */
function titleOf(row: Element): string {
  const rowTitle = textOf(firstOwn(row, sel.title));
  if (!row.matches(sel.row[1])) return rowTitle;
  let parent = row.parentElement;
  while (parent && !parent.matches(sel.row[0])) parent = parent.parentElement;
  const parentTitle = parent ? textOf(firstOwn(parent, sel.title)) : '';
  return parentTitle && rowTitle ? `${parentTitle} - ${rowTitle}` : parentTitle || rowTitle;
}

function readRow(row: Element, site: MeliSite, warnings: string[]): ListingSnapshot[] {
  const title = titleOf(row);
  const skuText = textOf(own(row, sel.sku)[0]).replace(/^sku\s*:?\s*/i, '');
  const ids = own(row, sel.itemIds)
    .map((el) => /#?\s*(?:[A-Z]{3})?(\d{6,15})/.exec(textOf(el))?.[1])
    .filter((d): d is string => d !== undefined);
  const stock = stockOf(row);
  const options = own(row, sel.saleOption);
  const parts: Array<{ digits: string | undefined; el: Element }> =
    options.length > 0
      ? options.map((el, i) => ({ digits: OPTION_ID.exec(attr(el, 'class'))?.[1] ?? ids[i], el }))
      : [{ digits: ids[0], el: row }];
  const rowStatus = statusIn(row);
  const out: ListingSnapshot[] = [];
  for (const { digits, el } of parts) {
    if (!digits) {
      warnings.push(`publication "${title.slice(0, 60)}": a sale option without an item number`);
      continue;
    }
    const productKey = `${site.id}${digits}`;
    const listing: ListingSnapshot = {
      productKey,
      url: `https://${site.itemHost}/${site.id}-${digits}-_JM`,
      own: true,
    };
    if (title) listing.title = title.slice(0, 2_000);
    if (skuText) listing.sku = skuText.slice(0, 2_000);
    const cell = el.matches(sel.price) ? el : el.querySelector(sel.price);
    const price = cell ? priceOf(cell, site) : null;
    if (price) {
      listing.price = price.reading.money;
      if (price.reading.warning) {
        warnings.push(
          price.reading.money
            ? `item ${productKey}: price: ${price.reading.warning}`
            : `item ${productKey}: unreadable price "${price.text.slice(0, 80)}"`,
        );
      }
    }
    if (stock.quantity !== undefined) listing.quantity = stock.quantity;
    if (stock.unread) warnings.push(`item ${productKey}: unreadable stock "${stock.unread}"`);
    // Full: Mercado Libre's own warehouse ships it, as Amazon's FBA ('amazon').
    if (stock.full) listing.fulfillment = 'mercadolibre';
    const status = (el === row ? '' : statusIn(el)) || rowStatus;
    if (status) listing.status = status.slice(0, 2_000);
    out.push(listing);
  }
  return out;
}

export const parseMeliInventoryPage: MarketParser = {
  id: 'mercadolibre/inventory',
  version: 1,
  parse(doc, ctx) {
    const warnings: string[] = [];
    const site = meliListingsSite(ctx.url);
    if (!site) throw new LayoutChangedError('mercadolibre/inventory: not a listings URL');
    // A parent whose variations are listed under it: the variations are the items.
    const rows = Array.from(doc.querySelectorAll(ROW)).filter(
      (r) => !(r.matches(sel.row[0]) && r.querySelector(sel.row[1])),
    );
    if (rows.length === 0) {
      if (!querySelectorFirst(doc, sel.appChrome)) {
        throw new LayoutChangedError(
          'mercadolibre/inventory: neither publication rows (.sll-list-grid-row--item) nor the listings page (.sll-list-grid__rows, search box) were found — the page layout may have changed',
        );
      }
      const empty = doc.querySelector(sel.emptyState);
      warnings.push(
        empty
          ? `no publications in this view: "${textOf(empty).slice(0, 120)}"`
          : doc.querySelector(sel.loading)
            ? 'the publications have not loaded yet (placeholders shown)'
            : 'no publication rows found on the page',
      );
      return { listings: [], warnings };
    }
    const listings: ListingSnapshot[] = [];
    const seen = new Set<string>();
    for (const row of rows) {
      for (const l of readRow(row, site, warnings)) {
        if (seen.has(l.productKey)) continue;
        seen.add(l.productKey);
        listings.push(l);
      }
    }
    if (listings.length === 0) {
      throw new LayoutChangedError(
        `mercadolibre/inventory: ${rows.length} publication rows but no item number could be read in any — the page layout may have changed`,
      );
    }
    return warnings.length ? { listings, warnings: warnings.slice(0, 500) } : { listings };
  },
};
