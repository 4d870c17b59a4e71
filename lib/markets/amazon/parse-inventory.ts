/**
 * Seller Central inventory: the seller's own listings (`own: true`).
 *  - Manage All Inventory (`/myinventory/inventory`, 2023–): rows `div[class*="JanusTable-module__tableContentRow"]`
 *    with label/value pairs `[class*="JanusSplitBox-module__row"]` (class names carry a build hash, so
 *    they are matched on their stable prefix) and the price in `kat-input[value]` inside
 *    `[class*="VolusPriceInputComposite"]`, the shipping the seller charges under it
 *    (`[class*="VolusShippingCell"]`, "+ $4.99 shipping"), added in: the own price is stored landed, as
 *    Pricing Health shows it.
 *  - classic Manage Inventory (`/inventory`): `table.mt-table tr.mt-row`, cells `td[data-column=…]`.
 * Rows load by XHR after the page: the content script re-parses on mutations, so a page parsed before
 * its rows arrived gives zero listings plus a warning, never an error.
 */
import type { ListingSnapshot, Money } from '../../schemas/snapshot';
import { addMoney, parseMoney, type MoneyOptions } from '../../money';
import type { MarketParser } from '../types';
import { attr, querySelectorFirst, textOf, valueOf } from '../dom';
import { moneyOptionsFor, readShipping } from './parse-offers';
import { inventorySelectors, legacyInventorySelectors } from './selectors';
import { parseCount } from './text';

const ASIN_IN_TEXT = /\b(B0[A-Z0-9]{8}|\d{9}[\dX])\b/;

export function asinIn(el: Element | null): string | null {
  if (!el) return null;
  const links = el.querySelectorAll('a[href*="/dp/"]');
  for (let i = 0; i < links.length; i++) {
    const m = /\/dp\/([A-Z0-9]{10})/i.exec(attr(links[i]!, 'href'));
    if (m) return m[1]!.toUpperCase();
  }
  return ASIN_IN_TEXT.exec(textOf(el))?.[1] ?? null;
}

/** Fulfilment as we store it: 'amazon' (FBA) or 'merchant' (FBM); the page text otherwise. */
export function normalizeFulfillment(text: string): string | undefined {
  const t = text.trim();
  if (!t) return undefined;
  if (/amazon|fba|afn/i.test(t)) return 'amazon';
  if (/merchant|seller|fbm|mfn|händler|vendeur|vendedor|venditore|出品者/i.test(t))
    return 'merchant';
  return t.slice(0, 200);
}

/** A price input: its value plus the currency symbol shown next to it (or the market's currency). */
export function readPriceInput(
  input: Element | null,
  opts: MoneyOptions,
  symbolEl: Element | null,
): { money: Money | null; warning?: string; present: boolean } {
  if (!input) return { money: null, present: false };
  const value = attr(input, 'value');
  const symbol = attr(input, 'prefix') || attr(input, 'unit') || textOf(symbolEl);
  const r = parseMoney(value ? `${symbol} ${value}` : '', opts);
  return { ...r, present: true };
}

/**
 * The seller's own price landed: a back office that shows the shipping the seller charges beside the
 * item price ("+ $4.99 shipping") has it added, as Amazon compares landed prices, and reports it as
 * `ownShipping` (the snapshot's contract: `price` already includes it). Without a shipping line the
 * item price stays and `ownShipping` is absent (ingest adds the shipping a back office last showed);
 * an unreadable one leaves the item price with a warning.
 */
export function landedOwnPrice(
  price: Money | null,
  shipText: string,
  opts: MoneyOptions,
): { price: Money | null; ownShipping?: Money; warning?: string } {
  if (!price || !shipText) return { price };
  const ship = readShipping(shipText, opts);
  const landed = ship ? addMoney(price, ship) : null;
  if (!ship || !landed) return { price, warning: `unreadable shipping "${shipText.slice(0, 80)}"` };
  return { price: landed, ownShipping: ship };
}

type Field = 'sku' | 'asin' | 'status' | 'quantity' | 'fulfillment' | 'title';
const LABELS: [RegExp, Field][] = [
  [
    /^(?:seller\s+)?sku$|händler-sku|référence vendeur|sku del vendedor|出品者sku|卖家 ?sku/i,
    'sku',
  ],
  [/^asin$/i, 'asin'],
  [/status|estado|statut|stato|ステータス|状态/i, 'status'],
  [
    /^(?:available|quantity|verfügbar|menge|disponible|cantidad|quantité|disponibile|quantità|在庫|可售|数量)/i,
    'quantity',
  ],
  [/fulfil|versand durch|expédié par|gestión logística|spedito da|配送|配送方式/i, 'fulfillment'],
  [/^(?:title|product name|titel|titre|título|titolo|商品名|标题)$/i, 'title'],
];

function fieldOf(label: string): Field | null {
  const l = label.replace(/[:：]\s*$/, '').trim();
  for (const [re, f] of LABELS) if (re.test(l)) return f;
  return null;
}

function readPairs(row: Element): Partial<Record<Field, string>> {
  const out: Partial<Record<Field, string>> = {};
  const pairs = row.querySelectorAll(inventorySelectors.pair.join(','));
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i]!;
    const labelEl =
      querySelectorFirst(pair, inventorySelectors.pairLabel) ?? pair.children[0] ?? null;
    const valueEl =
      querySelectorFirst(pair, inventorySelectors.pairValue) ?? pair.children[1] ?? null;
    const field = fieldOf(textOf(labelEl));
    if (field && out[field] === undefined) out[field] = valueOf(valueEl);
  }
  return out;
}

function quantityOf(text: string | undefined): number | null {
  if (!text) return null;
  return parseCount(text);
}

function readJanusRow(
  row: Element,
  i: number,
  opts: MoneyOptions,
  warnings: string[],
): ListingSnapshot | null {
  const f = readPairs(row);
  const asin =
    (f.asin && /^[A-Z0-9]{10}$/i.test(f.asin) ? f.asin.toUpperCase() : null) ?? asinIn(row);
  if (!asin) {
    warnings.push(`inventory row ${i + 1}${f.sku ? ` (SKU ${f.sku})` : ''}: no ASIN`);
    return null;
  }
  const titleEl = querySelectorFirst(row, inventorySelectors.title);
  const title = f.title || textOf(titleEl);
  const input = querySelectorFirst(row, inventorySelectors.priceInput);
  const box = input?.parentElement ?? null;
  const symbolEl = box?.querySelector('[class*="currency"], [class*="Currency"]') ?? null;
  const price = readPriceInput(input, opts, symbolEl);
  if (!price.money)
    warnings.push(
      `inventory row ${i + 1} (${f.sku ?? asin}): ${price.warning ?? 'no price input'}`,
    );
  // "+ $4.99 shipping" under the price box (QA pass: it was ignored, so a seller who changed their
  // shipping kept the old one in their landed price, and the alerts compared a price they no longer had).
  const shipping = textOf(querySelectorFirst(row, inventorySelectors.shipping));
  const landed = landedOwnPrice(price.money, shipping, opts);
  if (landed.warning) warnings.push(`inventory row ${i + 1} (${f.sku ?? asin}): ${landed.warning}`);
  const listing: ListingSnapshot = { productKey: asin, price: landed.price, own: true };
  if (landed.ownShipping) listing.ownShipping = landed.ownShipping;
  if (f.sku) listing.sku = f.sku.slice(0, 2_000);
  if (title) listing.title = title.slice(0, 2_000);
  const status = f.status || valueOf(querySelectorFirst(row, inventorySelectors.status));
  if (status) listing.status = status.slice(0, 2_000);
  if (f.quantity !== undefined) listing.quantity = quantityOf(f.quantity);
  const fulfillment = normalizeFulfillment(f.fulfillment ?? '');
  if (fulfillment) listing.fulfillment = fulfillment;
  const link = titleEl?.matches('a') ? titleEl : row.querySelector('a[href*="/dp/"]');
  const href = attr(link, 'href');
  if (href) listing.url = href.slice(0, 4_000);
  return listing;
}

function readLegacyRow(
  row: Element,
  i: number,
  opts: MoneyOptions,
  warnings: string[],
): ListingSnapshot | null {
  const cell = (c: string) => row.querySelector(legacyInventorySelectors.cell(c));
  const cellValue = (c: string) => {
    const el = cell(c);
    const input = el ? querySelectorFirst(el, legacyInventorySelectors.input) : null;
    return input ? attr(input, 'value') : textOf(el);
  };
  const titleCell = cell('title');
  const sku = cellValue('sku');
  const asin = asinIn(titleCell) ?? asinIn(row);
  if (!asin) {
    warnings.push(`inventory row ${i + 1}${sku ? ` (SKU ${sku})` : ''}: no ASIN`);
    return null;
  }
  const money = (column: string): { money: Money | null; present: boolean; warning?: string } => {
    const el = cell(column);
    const input = el ? querySelectorFirst(el, legacyInventorySelectors.input) : null;
    return readPriceInput(input, opts, el?.querySelector('.mt-input-icon, .a-input-icon') ?? null);
  };
  const price = money('price');
  if (!price.money)
    warnings.push(`inventory row ${i + 1} (${sku || asin}): ${price.warning ?? 'no price'}`);
  const listing: ListingSnapshot = { productKey: asin, price: price.money, own: true };
  if (sku) listing.sku = sku.slice(0, 2_000);
  const titleLink = titleCell?.querySelector('a') ?? null;
  const title = textOf(titleLink) || textOf(titleCell).replace(ASIN_IN_TEXT, '').trim();
  if (title) listing.title = title.slice(0, 2_000);
  const href = attr(titleLink, 'href');
  if (href) listing.url = href.slice(0, 4_000);
  const status = cellValue('status');
  if (status) listing.status = status.slice(0, 2_000);
  if (cell('quantity')) listing.quantity = quantityOf(cellValue('quantity'));
  // An empty minimum/maximum price box means "not set": null without a warning.
  for (const [column, key] of [
    ['minimumPrice', 'minPrice'],
    ['maximumPrice', 'maxPrice'],
  ] as const) {
    if (!cell(column)) continue;
    const m = money(column);
    listing[key] = m.money;
    if (!m.money && attr(cell(column)?.querySelector('input, kat-input') ?? null, 'value')) {
      warnings.push(`inventory row ${i + 1} (${sku || asin}): ${column}: ${m.warning}`);
    }
  }
  const fulfillment = normalizeFulfillment(cellValue('fulfillment_channel'));
  if (fulfillment) listing.fulfillment = fulfillment;
  return listing;
}

export const parseInventoryPage: MarketParser = {
  id: 'amazon/inventory',
  version: 1,
  parse(doc, ctx) {
    const warnings: string[] = [];
    const opts = moneyOptionsFor(ctx.url);
    const listings: ListingSnapshot[] = [];
    const janus = doc.querySelectorAll(inventorySelectors.row.join(','));
    for (let i = 0; i < janus.length; i++) {
      const l = readJanusRow(janus[i]!, i, opts, warnings);
      if (l) listings.push(l);
    }
    const legacy = doc.querySelectorAll(legacyInventorySelectors.row.join(','));
    for (let i = 0; i < legacy.length; i++) {
      const l = readLegacyRow(legacy[i]!, i, opts, warnings);
      if (l) listings.push(l);
    }
    if (janus.length + legacy.length === 0) warnings.push('no inventory rows found on the page');
    return warnings.length ? { listings, warnings } : { listings };
  },
};
