/**
 * Shopee Seller Centre, My Products (我的商品): the seller's own products (`own: true`), one listing per
 * product row (its variations are not listings of their own).
 *
 *  - productKey: `<region>.<item id>` (`sg.23456789012`). Shopee's item ids are numbered per region, and
 *    the same seller has one shop, with its own items, in each region: the region makes the key unique
 *    across regions, the item id across the shops of a region. The public product page carries both
 *    (`shopee.sg/product/<shop id>/<item id>`, `shopee.sg/<name>-i.<shop id>.<item id>`, the region from
 *    its host), so a public-page parser keys the same product the same way. The shop id is deliberately
 *    not part of the key: a local Seller Centre's list does not show it, and a key that changed with the
 *    page the product was seen on would split one product in two. The item id is read from the product's
 *    editor link (`/portal/product/<item id>`), else the row's checkbox, else its "Item ID:" line.
 *  - url: the public product page, when the shop id is known (the cross-border centre's `cnsc_shop_id`, a
 *    `shopId` in the address); absent otherwise.
 *  - title: the product name; sku: the Parent SKU (Parent SKU / SKU Induk / 主商品貨號 …) when set.
 *  - price: the product's Price cell in the region's currency; products whose variations are priced
 *    differently show a range ("$12.90 - $15.90"): its lower bound, with a note. Without a product price,
 *    the lowest variation price, with a note. Unreadable: null plus a warning.
 *  - quantity: the product's Stock cell (the sum of its variations when the product shows none). Shopee
 *    abbreviates large stock ("2k" for 2,030): null plus a warning, never a guess.
 *  - status: the selected tab as the page names it (Live, Violation, 上架中 …); on the All tab a Status
 *    column when the list shows one, else the status tag in the product's cell (已下架, Delisted …).
 *
 * The region: the local Seller Centre's (seller.shopee.sg → sg, SGD); on the cross-border centres
 * (seller.shopee.cn, seller.shopee.kr), a `cbsc_shop_region` in the address, else the currency the prices
 * are written in (RM → my); a page whose prices name no unambiguous currency ("$" alone) cannot be keyed:
 * zero listings and a warning.
 *
 * Rows load by XHR after the page (the content script re-reads on mutations): a list still loading, or
 * empty, gives zero listings and a warning, never an error. A table with rows but none of the columns
 * above is a layout we no longer understand: LayoutChangedError (parser-health alert).
 */
import type { ListingSnapshot, Money } from '../../schemas/snapshot';
import { parseMoney, type MoneyOptions } from '../../money';
import { LayoutChangedError, type MarketParser } from '../types';
import { attr, closest, firstWithText, querySelectorFirst, textOf } from '../dom';
import {
  columnsByLabel,
  headerLabel,
  labelledValues,
  ownCells,
  readCount,
  tabLabel,
  valueLabelled,
  noRowsWarning,
} from '../back-office';
import {
  shopeeCentre,
  shopeeProductKey,
  shopeeRegion,
  shopeeRegionOfCurrency,
  type ShopeeCentre,
  type ShopeeRegion,
} from './match';
import { inventorySelectors as sel } from './selectors';

type Column = 'product' | 'price' | 'stock' | 'status';

/** Column labels in the Seller Centres' languages (compared without spaces). */
const COLUMNS: readonly (readonly [Column, RegExp])[] = [
  [
    'product',
    /^(?:products?(?:\(s\))?|商品(?:名称|名稱)?|产品|產品|sảnphẩm|tênsảnphẩm|produk|produtos?|productos?|สินค้า)$/i,
  ],
  ['price', /^(?:price|价格|價格|giá|harga|preço|precio|ราคา)$/i],
  [
    'stock',
    /^(?:stock|库存|庫存|khohàng|tồnkho|stok|estoque|inventario|existencias|คลัง(?:สินค้า)?)$/i,
  ],
  ['status', /^(?:status|状态|狀態|trạngthái|estado|สถานะ)$/i],
];

/** Tabs that list every product: their label is no status. */
const ALL_TAB = /^(?:all|全部|所有|tất ?cả|semua|ทั้งหมด|todos|todas)$/i;
const ITEM_ID = /^\d{5,20}$/;
const ITEM_ID_LINE = /^(?:itemid|商品id|id|mãsảnphẩm|idproduk|iddoproduto|iddelproducto|รหัสสินค้า)$/i;
const PARENT_SKU_LINE =
  /^(?:parentsku|sku|skuinduk|主商品貨號|主商品货号|商品貨號|商品货号|skusảnphẩm|skuprincipal|skupai|skuหลัก)$/i;
const CONTROLS = 'button, i, svg, [class*="icon"]';

function cellText(cell: Element | undefined): string {
  return textOf(cell, { exclude: CONTROLS });
}

/** The product's own cells (not a variation's), aligned with the header's columns. */
function productCells(row: Element): Element[] {
  const items = row.querySelectorAll(sel.product);
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (!closest(item, sel.variation)) return ownCells(item, sel.cell);
  }
  return [];
}

function itemIdOf(row: Element, first: Element | undefined): string | undefined {
  const link = /\/portal\/product\/(\d{5,20})(?:[/?#]|$)/.exec(
    attr(row.querySelector(sel.editLink), 'href'),
  )?.[1];
  const box = attr(row.querySelector(sel.checkbox), 'name');
  const line = valueLabelled(labelledValues(first), ITEM_ID_LINE);
  return [link, box, line].find((c): c is string => !!c && ITEM_ID.test(c));
}

function nameOf(first: Element | undefined): string {
  if (!first) return '';
  return (
    textOf(firstWithText(first, sel.name)) || attr(first.querySelector(sel.image), 'alt') || ''
  );
}

function parentSkuOf(first: Element | undefined): string {
  const el = first ? firstWithText(first, sel.parentSku) : null;
  const raw = el ? (valueLabelled(labelledValues(el), PARENT_SKU_LINE) ?? '') : '';
  return /^[-–—]*$/.test(raw) ? '' : raw;
}

function priceTextOf(cell: Element | undefined): string {
  if (!cell) return '';
  return textOf(firstWithText(cell, sel.price)) || cellText(cell);
}

function stockTextOf(cell: Element | undefined): string {
  if (!cell) return '';
  return textOf(firstWithText(cell, sel.stock)) || cellText(cell);
}

/** The region of a cross-border page: its address, else the first price naming its currency. */
function crossBorderRegion(doc: Document, url: URL): ShopeeRegion | undefined {
  const named = url.searchParams.get('cbsc_shop_region') ?? url.searchParams.get('region');
  if (named && shopeeRegion(named)) return shopeeRegion(named);
  const prices = doc.querySelectorAll(`${sel.row} ${sel.price[0]}`);
  for (let i = 0; i < prices.length; i++) {
    const r = parseMoney(textOf(prices[i]!));
    // No hint: an ambiguous "$" comes back with a warning and names no region.
    if (r.money && !r.warning?.includes('without a market currency')) {
      const region = shopeeRegionOfCurrency(r.money.currency);
      if (region) return region;
    }
  }
  return undefined;
}

interface RowContext {
  col: Partial<Record<Column, number>>;
  region: ShopeeRegion;
  money: MoneyOptions;
  shopId: string | null;
  tabStatus: string;
  warnings: string[];
}

function readPrice(
  cells: Element[],
  models: Element[][],
  n: number,
  label: string,
  ctx: RowContext,
): Money | null | undefined {
  const i = ctx.col.price;
  if (i === undefined) return undefined;
  const own = priceTextOf(cells[i]);
  if (own) {
    const r = parseMoney(own, ctx.money);
    if (r.warning) ctx.warnings.push(`inventory row ${n} (${label}): ${r.warning}`);
    return r.money;
  }
  const prices = models.map((m) => parseMoney(priceTextOf(m[i]), ctx.money).money);
  if (prices.length === 0) return undefined;
  if (prices.some((p) => p === null)) {
    ctx.warnings.push(`inventory row ${n} (${label}): a variation's price is unreadable`);
    return null;
  }
  const lowest = prices.reduce((a, b) => (b!.amount < a!.amount ? b : a))!;
  ctx.warnings.push(
    `inventory row ${n} (${label}): no product price shown: the lowest of ${prices.length} variations, ${lowest.amount}`,
  );
  return lowest;
}

function readStock(
  cells: Element[],
  models: Element[][],
  n: number,
  label: string,
  ctx: RowContext,
): number | null | undefined {
  const i = ctx.col.stock;
  if (i === undefined) return undefined;
  const own = readCount(stockTextOf(cells[i]));
  if (own) {
    if (own.warning) ctx.warnings.push(`inventory row ${n} (${label}): stock: ${own.warning}`);
    return own.count;
  }
  const counts = models.map((m) => readCount(stockTextOf(m[i])));
  if (counts.length === 0 || counts.some((c) => c === null)) return undefined;
  if (counts.some((c) => c!.count === null)) {
    ctx.warnings.push(`inventory row ${n} (${label}): stock: a variation's stock is not exact`);
    return null;
  }
  return counts.reduce((sum, c) => sum + c!.count!, 0);
}

function readRow(row: Element, n: number, ctx: RowContext): ListingSnapshot | null {
  const cells = productCells(row);
  const first = ctx.col.product === undefined ? undefined : cells[ctx.col.product];
  const id = itemIdOf(row, first);
  const sku = parentSkuOf(first);
  if (!id) {
    ctx.warnings.push(`inventory row ${n}${sku ? ` (Parent SKU ${sku})` : ''}: no item id`);
    return null;
  }
  const listing: ListingSnapshot = { productKey: shopeeProductKey(ctx.region, id), own: true };
  if (ctx.shopId) {
    listing.url = `https://${ctx.region.storefront}/product/${ctx.shopId}/${id}`;
  }
  const title = nameOf(first);
  if (title) listing.title = title.slice(0, 2_000);
  if (sku) listing.sku = sku.slice(0, 2_000);
  const models = Array.from(row.querySelectorAll(sel.variation)).map((m) => ownCells(m, sel.cell));
  const label = `item ${id}`;
  const price = readPrice(cells, models, n, label, ctx);
  if (price !== undefined) listing.price = price;
  const quantity = readStock(cells, models, n, label, ctx);
  if (quantity !== undefined) listing.quantity = quantity;
  const status =
    ctx.tabStatus ||
    cellText(ctx.col.status === undefined ? undefined : cells[ctx.col.status]) ||
    (first ? textOf(firstWithText(first, sel.statusTag)) : '');
  if (status) listing.status = status.slice(0, 2_000);
  return listing;
}

function centreRegion(centre: ShopeeCentre, doc: Document, url: URL): ShopeeRegion | undefined {
  return centre.region ?? crossBorderRegion(doc, url);
}

export const parseShopeeInventoryPage: MarketParser = {
  id: 'shopee/inventory',
  version: 1,
  parse(doc, ctx) {
    const warnings: string[] = [];
    const centre = shopeeCentre(ctx.url);
    if (!centre) throw new LayoutChangedError('shopee/inventory: not a Seller Centre host');
    const tables = Array.from(doc.querySelectorAll(sel.table));
    const table = tables.find((t) => t.querySelector(sel.columnsHeader)) ?? tables[0];
    const rows = table
      ? Array.from(table.querySelectorAll(sel.row)).filter((r) => !closest(r, sel.fixed))
      : [];
    if (!table || rows.length === 0) {
      const loading = querySelectorFirst(doc, sel.loading);
      const empty = table ? textOf(querySelectorFirst(table, sel.empty)) : '';
      warnings.push(
        table
          ? noRowsWarning(!!loading, empty)
          : 'no product list on the page yet (Seller Centre renders it after the page)',
      );
      return { listings: [], warnings };
    }
    const header = table.querySelector(sel.columnsHeader);
    const labels = header
      ? ownCells(header, sel.column).map((c) =>
          headerLabel(querySelectorFirst(c, sel.columnLabel) ?? c),
        )
      : [];
    const col = columnsByLabel(labels, COLUMNS);
    if (col.product === undefined || (col.price === undefined && col.stock === undefined)) {
      throw new LayoutChangedError(
        `shopee/inventory: ${rows.length} rows but no product and price/stock columns among the headers [${labels.join(' | ').slice(0, 200)}] — the page layout may have changed`,
      );
    }
    const region = centreRegion(centre, doc, ctx.url);
    if (!region) {
      warnings.push(
        `shop region unknown (no cbsc_shop_region in the address, no price naming its currency): ${rows.length} rows not read`,
      );
      return { listings: [], warnings };
    }
    const tab = tabLabel(textOf(querySelectorFirst(doc, sel.activeTab)));
    const shopId =
      ['cnsc_shop_id', 'shopId', 'shop_id']
        .map((k) => ctx.url.searchParams.get(k))
        .find((v): v is string => !!v && ITEM_ID.test(v)) ?? null;
    const rowCtx: RowContext = {
      col,
      region,
      money: { currencyHint: region.currency, locale: region.locale },
      shopId,
      tabStatus: ALL_TAB.test(tab) ? '' : tab,
      warnings,
    };
    const listings: ListingSnapshot[] = [];
    rows.forEach((row, i) => {
      const l = readRow(row, i + 1, rowCtx);
      if (l) listings.push(l);
    });
    return warnings.length ? { listings, warnings: warnings.slice(0, 500) } : { listings };
  },
};
