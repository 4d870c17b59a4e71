/**
 * Etsy Shop Manager, Listings (`/your/shops/me/tools/listings`, match.ts): the seller's own listings
 * (`own: true`), one row per listing card (gallery view) or table row (list view, `view:table`).
 *
 * Each row: the listing id (productKey, the id `/listing/<id>` pages use, from the card's
 * `data-listing-id` or its link to the listing editor), the title, the price in the shop's currency
 * (Etsy writes dollars other than the US dollar with their country, "CA$", "AU$": a bare "$" is USD),
 * the quantity ("12 in stock"; "Sold out" is 0), the SKU when the card or the SKU column shows one, and
 * the status: the card's own badge ("Sold out"), else the status tab the page shows (`item_status`
 * radio, `state:` of the URL). A listing with variations shows its price range: its lower bound is the
 * price, with a warning. A price shown but unreadable is null plus a warning, never 0.
 *
 * The list loads after the page: a page whose listings app is there (status tabs, bulk actions, search
 * box) without rows yet gives zero listings and a warning, never an error; a page with neither rows nor
 * the app is a layout we no longer understand (LayoutChangedError → parser-health).
 */
import type { ListingSnapshot } from '../../schemas/snapshot';
import { parseMoney } from '../../money';
import { parseCount } from '../amazon/text';
import { LayoutChangedError, type MarketParser } from '../types';
import { attr, querySelectorFirst, textOf } from '../dom';
import { etsyInventoryFromUrl, listingIdFromHref } from './match';
import { inventorySelectors as sel } from './selectors';

/** Etsy's listing states, as the status tabs and the URL's `state:` name them. */
const STATES: Readonly<Record<string, string>> = {
  active: 'Active',
  inactive: 'Inactive',
  draft: 'Draft',
  expired: 'Expired',
  sold_out: 'Sold out',
  soldout: 'Sold out',
};
const STATE_TEXT = /^(active|inactive|deactivated|draft|expired|sold out)$/i;

/** Card lines that are not a listing field: type badges, renewal, actions, the checkbox label. */
const NOISE =
  /^(?:digital|video|physical item|select this listing|bestseller|star seller|popular now|edit|preview|copy|delete|stats|view on etsy|renew|deactivate|more actions|editing options)$|^(?:auto-renews|manual renew|renews|expires|expired on|updated on|created on|\d[\d,]*\s+(?:views?|favorites?|sales?))\b/i;
const IN_STOCK = /(\d[\d,.\s]*)\s+in\s+stock\b/i;
const SOLD_OUT = /^sold\s*out$/i;
const SKU_LINE = /^sku\s*[:#]?\s*(\S.*)$/i;
/**
 * An amount with a currency marker: "$38.00", "£1,250.00", "CA$24.00", "18,00 €", "$18.00 – $32.00";
 * or a marker before a placeholder ("$--.--"), a price shown but not readable.
 */
const PRICE_LINE =
  /(?:[$£€¥₹]|\b[A-Z]{3}\b)\s*(?:\d|[-–—]{1,3}(?:[.,][-–—]{1,3})?$)|\d\s*(?:[€£]|\b[A-Z]{3}\b)/;

const EDIT_ID = /\/listing-editor\/edit\/(\d{1,20})(?:[/?#]|$)/;

type Field = 'title' | 'quantity' | 'price' | 'sku' | 'status';
/** Table view column labels → field (Etsy shows English labels to English-speaking sellers). */
const COLUMNS: [RegExp, Field][] = [
  [/^(?:title|listing|listings|item)$/i, 'title'],
  [/^(?:stock|quantity|qty|in stock|inventory)$/i, 'quantity'],
  [/^price$/i, 'price'],
  [/^sku$/i, 'sku'],
  [/^(?:status|state)$/i, 'status'],
];

function columnOf(label: string): Field | null {
  const l = label.replace(/\s+/g, ' ').trim();
  for (const [re, f] of COLUMNS) if (re.test(l)) return f;
  return null;
}

/** The status every listing on the page is in: the checked status tab, else the URL's filter. */
function pageState(doc: Document, url: URL): string | undefined {
  const radios = doc.querySelectorAll(sel.stateRadio);
  for (let i = 0; i < radios.length; i++) {
    const r = radios[i]!;
    // The property, not the attribute: React updates `checked` without touching the markup.
    const checked = 'checked' in r ? (r as HTMLInputElement).checked : r.hasAttribute('checked');
    if (checked || attr(r, 'aria-checked') === 'true') {
      return STATES[attr(r, 'value').toLowerCase()];
    }
  }
  const filter =
    etsyInventoryFromUrl(url)?.filters['state'] ?? url.searchParams.get('item_status') ?? '';
  return STATES[filter.toLowerCase()];
}

function listingIdOf(row: Element): string | null {
  const own = attr(row, 'data-listing-id');
  if (/^\d{1,20}$/.test(own)) return own;
  const edit = row.querySelector(sel.editLink);
  const fromEdit = EDIT_ID.exec(attr(edit, 'href'))?.[1];
  if (fromEdit) return fromEdit;
  const links = row.querySelectorAll(sel.publicLink);
  for (let i = 0; i < links.length; i++) {
    const id = listingIdFromHref(attr(links[i]!, 'href'));
    if (id) return id;
  }
  return null;
}

/** Header labels of the table a row sits in, by column position (colspan counted). */
function headerLabels(row: Element): string[] | null {
  if (row.nodeName.toUpperCase() !== 'TR') return null;
  let table: Element | null = row.parentElement;
  while (table && table.nodeName.toUpperCase() !== 'TABLE') table = table.parentElement;
  if (!table) return null;
  const heads = table.querySelectorAll(sel.headerCell);
  if (heads.length === 0) return null;
  const labels: string[] = [];
  for (let i = 0; i < heads.length; i++) {
    const span = Math.max(1, Number(attr(heads[i]!, 'colspan')) || 1);
    const label = textOf(heads[i]!, { exclude: '.wt-screen-reader-only' }) || textOf(heads[i]!);
    for (let k = 0; k < span; k++) labels.push(label);
  }
  return labels;
}

interface RowText {
  title?: string;
  price?: string;
  quantity?: string;
  soldOut?: boolean;
  sku?: string;
  status?: string;
}

/** A table row: each cell under the column its header names. */
function readTableRow(row: Element, labels: string[]): RowText {
  const out: RowText = {};
  const cells = Array.from(row.children).filter((c) => /^T[DH]$/i.test(c.nodeName));
  let col = 0;
  for (const cell of cells) {
    const field = columnOf(labels[col] ?? '');
    col += Math.max(1, Number(attr(cell, 'colspan')) || 1);
    if (!field) continue;
    if (field === 'title') {
      const titleEl = querySelectorFirst(cell, sel.title) ?? cell.querySelector('a') ?? cell;
      const title = textOf(titleEl, { exclude: '.wt-screen-reader-only' });
      if (title) out.title = title;
      continue;
    }
    const text = textOf(cell, { exclude: '.wt-screen-reader-only' });
    // An empty cell, or the dash Etsy prints in one, shows nothing.
    if (!text || /^[-–—]+$/.test(text)) continue;
    if (field === 'quantity') {
      if (SOLD_OUT.test(text)) out.soldOut = true;
      else out.quantity = IN_STOCK.exec(text)?.[1] ?? text;
    } else if (field === 'price') out.price = text;
    else if (field === 'sku') out.sku = text.replace(/^sku\s*[:#]?\s*/i, '');
    else out.status = text;
  }
  return out;
}

/** One line of a card, read by what it says. Returns true when the line was a listing field. */
function classify(line: string, out: RowText): boolean {
  const t = line.replace(/\s+/g, ' ').trim();
  if (!t || NOISE.test(t)) return !!t;
  if (SOLD_OUT.test(t)) {
    out.soldOut = true;
    out.status ??= 'Sold out';
    return true;
  }
  const stock = IN_STOCK.exec(t);
  if (stock) {
    out.quantity ??= stock[1]!;
    return true;
  }
  const sku = SKU_LINE.exec(t);
  if (sku) {
    out.sku ??= sku[1]!.trim();
    return true;
  }
  if (STATE_TEXT.test(t)) {
    out.status ??= t;
    return true;
  }
  if (PRICE_LINE.test(t) && t.length <= 80) {
    out.price ??= t;
    return true;
  }
  return false;
}

/** A card: the title where it is marked, the other lines by what they say. */
function readCard(row: Element): RowText {
  const out: RowText = {};
  const badges = row.querySelectorAll(sel.badge);
  for (let i = 0; i < badges.length; i++) {
    const b = textOf(badges[i]!);
    if (SOLD_OUT.test(b)) out.soldOut = true;
    if (STATE_TEXT.test(b)) out.status ??= SOLD_OUT.test(b) ? 'Sold out' : b;
  }
  const titleEl = querySelectorFirst(row, sel.title);
  if (titleEl) out.title = textOf(titleEl, { exclude: '.wt-screen-reader-only' });
  const value = row.querySelector(sel.priceValue);
  if (value?.parentElement) out.price = textOf(value.parentElement);
  const items = row.querySelectorAll(sel.metaItem);
  const seen = new Set<Element>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    // A marked region inside another marked one is read with it.
    if (Array.from(seen).some((s) => s.contains(item))) continue;
    seen.add(item);
    classify(textOf(item, { exclude: '.wt-screen-reader-only' }), out);
  }
  if (items.length > 0 && out.title) return out;
  // Unmarked card (or no title marked): every line of it, the title the first line that is nothing else.
  const lines = textOf(row, { lines: true, exclude: '.wt-screen-reader-only, label, button' })
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  for (const line of lines) {
    if (classify(line, out)) continue;
    if (!out.title && /\p{L}.*\p{L}/u.test(line)) out.title = line;
  }
  return out;
}

function readRow(
  row: Element,
  i: number,
  state: string | undefined,
  warnings: string[],
): ListingSnapshot | null {
  const id = listingIdOf(row);
  if (!id) {
    warnings.push(`listing row ${i + 1}: no listing id`);
    return null;
  }
  const labels = headerLabels(row);
  const f = labels ? readTableRow(row, labels) : readCard(row);
  const listing: ListingSnapshot = {
    productKey: id,
    url: `https://www.etsy.com/listing/${id}`,
    own: true,
  };
  if (f.title) listing.title = f.title.slice(0, 2_000);
  else warnings.push(`listing ${id}: no title`);
  if (f.price !== undefined) {
    // Etsy has no market currency: a price in the shop's currency is what the page shows.
    const r = parseMoney(f.price, { currencyHint: 'USD', locale: 'en-US' });
    const warning = r.warning
      ?.split('; ')
      .filter((w) => !/on a market priced in/.test(w))
      .join('; ');
    listing.price = r.money;
    if (warning) warnings.push(`listing ${id}: price: ${warning}`);
    else if (!r.money) warnings.push(`listing ${id}: unreadable price "${f.price.slice(0, 80)}"`);
  }
  if (f.soldOut) listing.quantity = 0;
  else if (f.quantity !== undefined) {
    const n = parseCount(f.quantity);
    listing.quantity = n;
    if (n === null)
      warnings.push(`listing ${id}: unreadable quantity "${f.quantity.slice(0, 80)}"`);
  }
  if (f.sku) listing.sku = f.sku.slice(0, 2_000);
  const status = f.status ? (STATES[f.status.toLowerCase().replace(' ', '_')] ?? f.status) : state;
  if (status) listing.status = status.slice(0, 2_000);
  return listing;
}

/** The rows of the page, outermost first, each listing once. */
function rowsOf(doc: Document): Element[] {
  const root = doc.querySelector('main') ?? doc;
  for (const s of sel.row) {
    const all = Array.from(root.querySelectorAll(s));
    const outer = all.filter((el) => !all.some((o) => o !== el && o.contains(el)));
    if (outer.length) return outer;
  }
  // No marked rows: each listing-editor link's nearest card, row or list item.
  const out: Element[] = [];
  const links = root.querySelectorAll(sel.editLink);
  for (let i = 0; i < links.length; i++) {
    const link = links[i]!;
    let el: Element | null = link.parentElement;
    while (el && !/^(?:TR|LI)$/i.test(el.nodeName) && !/\bcard\b/.test(attr(el, 'class'))) {
      el = el.parentElement;
    }
    const row = el ?? link;
    if (!out.includes(row)) out.push(row);
  }
  return out;
}

export const parseEtsyInventoryPage: MarketParser = {
  id: 'etsy/inventory',
  version: 1,
  parse(doc, ctx) {
    const warnings: string[] = [];
    const rows = rowsOf(doc);
    if (rows.length === 0) {
      if (!querySelectorFirst(doc, sel.appChrome)) {
        throw new LayoutChangedError(
          'etsy/inventory: neither listing cards ([data-listing-id], links to the listing editor) nor the listings page (status tabs, bulk actions, search box) were found — the page layout may have changed',
        );
      }
      const empty = doc.querySelector(sel.emptyState);
      warnings.push(
        empty
          ? `no listings in this view: "${textOf(empty).slice(0, 120)}"`
          : doc.querySelector(sel.loading)
            ? 'the listings have not loaded yet (placeholders shown)'
            : 'no listing rows found on the page',
      );
      return { listings: [], warnings };
    }
    const state = pageState(doc, ctx.url);
    const listings: ListingSnapshot[] = [];
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      const l = readRow(row, i, state, warnings);
      if (!l || seen.has(l.productKey)) return;
      seen.add(l.productKey);
      listings.push(l);
    });
    return warnings.length ? { listings, warnings: warnings.slice(0, 500) } : { listings };
  },
};
