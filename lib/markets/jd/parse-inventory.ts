/**
 * 京麦 product list (商品管理 › 商品列表): the seller's own products (`own: true`), one listing per row.
 *
 *  - productKey: the SKU id, the one item.jd.com/<sku>.html names (what the public item parser keys on, so
 *    the seller's row and the item page join): a SKU column (SKU编码 / SKU ID) when the list shows one,
 *    else a "SKU：" line in the product cell, else the row's link to its item page. The 商品编号 (the
 *    product's ware id) is another number and is never used as the key. A row without any is left out
 *    with a warning.
 *  - title: the product's name (its item link, or the name element of the product cell).
 *  - sku: the seller's own code, 货号 / 商家SKU / 商家编码, when the list shows it.
 *  - price: 京东价 in CNY; a product with several SKUs shows a range (¥59.00-¥89.00): its lower bound,
 *    with a note. A price shown but unreadable ("--") is null plus a warning; an empty cell no price.
 *  - quantity: 库存 ("1,234"; 0 when sold out).
 *  - status: the row's 状态 column when shown, else the selected tab ("在售商品"), as the page says it;
 *    none on the 全部商品 tab without a 状态 column.
 *
 * Rows load by XHR after the page (the content script re-reads on mutations): a list still loading, or
 * empty, gives zero listings and a warning, never an error. A table with rows but none of the columns
 * above is a layout we no longer understand: LayoutChangedError (parser-health alert).
 */
import type { ListingSnapshot } from '../../schemas/snapshot';
import { LayoutChangedError, type MarketParser } from '../types';
import { attr, closest, querySelectorFirst, textOf } from '../dom';
import {
  columnsByLabel,
  headerLabel,
  labelledValues,
  ownCells,
  tabLabel,
  valueLabelled,
  readPriceStockStatus,
  cellOf,
  noRowsWarning,
  productCellTitle,
} from '../back-office';
import { inventorySelectors as sel } from './selectors';

type Column = 'skuId' | 'sellerSku' | 'wareId' | 'info' | 'price' | 'stock' | 'status';

/** Header labels → fields; specific labels first (see columnsByLabel). */
const COLUMNS: readonly (readonly [Column, RegExp])[] = [
  ['skuId', /^(?:SKU(?:编码|编号|ID)?|京东SKU)$/i],
  ['sellerSku', /^(?:商家SKU|商家编码|商家货号|货号|外部编码|SKU货号)$/i],
  ['wareId', /^(?:商品编号|商品编码|商品ID)$/i],
  ['info', /商品信息|商品名称|^商品$/],
  ['price', /京东价|^价格|售价|^单价/],
  ['stock', /库存/],
  ['status', /状态/],
];

const SKU_LINE = /^(?:SKU(?:编码|编号|ID)?|京东SKU)$/i;
const SELLER_SKU_LINE = /^(?:商家SKU|商家编码|商家货号|货号|外部编码)$/;
const SKU_ID = /^\d{4,20}$/;
const ITEM_LINK = /\/\/(?:item\.jd\.com|item\.jd\.hk|npcitem\.jd\.hk)\/(\d{4,20})\.html/;
/** Tabs that list every status: their label is no status. */
const ALL_TAB = /^(?:全部|所有|all\b)/i;
/** Parts of a cell that are controls, not its value (edit pencils, copy icons, buttons). */
const CONTROLS = 'button, i, svg, [class*="icon"]';

function cellText(cell: Element | undefined): string {
  return textOf(cell, { exclude: CONTROLS });
}

function skuIdOf(row: Element, cells: Element[], col: Partial<Record<Column, number>>): string {
  const fromColumn = cellText(col.skuId === undefined ? undefined : cells[col.skuId]);
  if (SKU_ID.test(fromColumn)) return fromColumn;
  const line = valueLabelled(labelledValues(cells[col.info ?? -1]), SKU_LINE) ?? '';
  if (SKU_ID.test(line)) return line;
  const links = row.querySelectorAll(sel.itemLink);
  for (let i = 0; i < links.length; i++) {
    const m = ITEM_LINK.exec(attr(links[i]!, 'href'));
    if (m) return m[1]!;
  }
  return '';
}

function titleOf(info: Element | undefined): string {
  return productCellTitle(info, { link: sel.itemLink, names: sel.name, exclude: CONTROLS });
}

function readRow(
  row: Element,
  n: number,
  col: Partial<Record<Column, number>>,
  tabStatus: string,
  warnings: string[],
): ListingSnapshot | null {
  const cells = ownCells(row, sel.cell);
  const at = cellOf(cells, col);
  const info = at('info');
  const values = labelledValues(info);
  const wareId = cellText(at('wareId')) || valueLabelled(values, /^(?:商品编号|商品编码|商品ID)$/);
  const sku = skuIdOf(row, cells, col);
  if (!sku) {
    warnings.push(
      `inventory row ${n}${wareId ? ` (商品编号 ${wareId})` : ''}: no SKU id (no SKU column and no item link)`,
    );
    return null;
  }
  const listing: ListingSnapshot = {
    productKey: sku,
    url: `https://item.jd.com/${sku}.html`,
    own: true,
  };
  const title = titleOf(info);
  if (title) listing.title = title.slice(0, 2_000);
  const sellerSku = cellText(at('sellerSku')) || valueLabelled(values, SELLER_SKU_LINE) || '';
  if (sellerSku && !/^[-–—]+$/.test(sellerSku)) listing.sku = sellerSku.slice(0, 2_000);

  readPriceStockStatus(
    listing,
    {
      price: cellText(at('price')),
      stock: cellText(at('stock')),
      status: cellText(at('status')) || tabStatus,
    },
    `inventory row ${n} (SKU ${sku})`,
    warnings,
  );
  return listing;
}

export const parseJdInventoryPage: MarketParser = {
  id: 'jd/inventory',
  version: 1,
  parse(doc) {
    const warnings: string[] = [];
    const table = querySelectorFirst(doc, sel.table);
    if (!table) {
      warnings.push('no product list on the page yet (京麦 renders it after the page)');
      return { listings: [], warnings };
    }
    const tab = tabLabel(textOf(querySelectorFirst(doc, sel.activeTab)));
    const tabStatus = ALL_TAB.test(tab) ? '' : tab;
    const labels = Array.from(table.querySelectorAll(sel.headerCell))
      .filter((th) => !th.matches(sel.gutter) && !closest(th, sel.fixed))
      .map((th) => headerLabel(th));
    const rows = Array.from(table.querySelectorAll(sel.row)).filter((r) => !closest(r, sel.fixed));
    if (rows.length === 0) {
      const loading = querySelectorFirst(doc, sel.loading);
      const empty = textOf(querySelectorFirst(table, sel.empty));
      warnings.push(noRowsWarning(!!loading, empty));
      return { listings: [], warnings };
    }
    const col = columnsByLabel(labels, COLUMNS);
    if (
      (col.info === undefined && col.skuId === undefined) ||
      (col.price === undefined && col.stock === undefined)
    ) {
      throw new LayoutChangedError(
        `jd/inventory: ${rows.length} rows but no product and price/stock columns among the headers [${labels.join(' | ').slice(0, 200)}] — the page layout may have changed`,
      );
    }
    const listings: ListingSnapshot[] = [];
    rows.forEach((row, i) => {
      const l = readRow(row, i + 1, col, tabStatus, warnings);
      if (l) listings.push(l);
    });
    return warnings.length ? { listings, warnings: warnings.slice(0, 500) } : { listings };
  },
};
