/**
 * Pinduoduo product list (MMS 商品列表, tabs 在售中 / 已下架 / 已售罄 …): the seller's own goods
 * (`own: true`), one listing per row.
 *
 *  - productKey: the goods id, the one `mobile.yangkeduo.com/goods.html?goods_id=…` names, so the seller's
 *    row joins a public goods page: a 商品ID column, else the "ID:" / "商品ID：" line of the goods cell,
 *    else a `goods_id=` link of the row (its edit link). A row without one is left out with a warning.
 *  - title: the goods' title (the blue title link of the goods cell).
 *  - sku: the seller's own code, 商品编码 / 商家编码 (a column or a line of the goods cell), when shown.
 *  - price: 拼单价 in CNY, the group price buyers pay (a 拼单价 column before a plain 价格 one, never the
 *    单买价); goods whose specs are priced differently show a range ("¥19.90~¥39.90"): its lower bound,
 *    with a note. A price shown but unreadable is null plus a warning.
 *  - quantity: 库存 / 总库存.
 *  - status: the selected tab, as the page names it (在售中, 已下架, 已售罄 …), else a 状态 column.
 *    Specs expanded under a row (展开规格), 销量 and dates are not read.
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
import { pinduoduoGoodsUrl } from './match';
import { inventorySelectors as sel } from './selectors';

type Column =
  'goodsId' | 'sellerCode' | 'info' | 'groupPrice' | 'price' | 'singlePrice' | 'stock' | 'status';

const COLUMNS: readonly (readonly [Column, RegExp])[] = [
  ['goodsId', /^(?:商品ID|商品编号)$/i],
  ['sellerCode', /^(?:商品编码|商家编码|外部编码|货号)$/],
  ['info', /商品信息|商品名称|^商品$/],
  ['groupPrice', /拼单价/],
  ['singlePrice', /单买价/],
  ['price', /^(?:价格|售价|商品价格)/],
  ['stock', /库存/],
  ['status', /状态/],
];

const GOODS_ID = /^\d{5,20}$/;
const ID_LINE = /^(?:商品ID|ID|商品编号)$/i;
const CODE_LINE = /^(?:商品编码|商家编码|外部编码|货号)$/;
const GROUP_PRICE_LINE = /拼单/;
/** A tab item (or its wrapper) marked selected: BeastCore's `TAB_active_…`, `aria-selected`. */
const SELECTED = /(?:^|[\s_-])(?:active|selected|checked)(?:[\s_-]|$)/i;
/** Parts of a cell that are controls, not its value (edit pencils, copy icons, buttons). */
const CONTROLS = 'button, i, svg, [class*="icon"], [class*="Icon"]';

function cellText(cell: Element | undefined): string {
  return textOf(cell, { exclude: CONTROLS });
}

/** The BeastCore table an element belongs to (a spec table nested in a row is another one). */
function ownerTable(el: Element): Element | null {
  return el.parentElement ? closest(el.parentElement, sel.table[0]) : null;
}

function mainTable(doc: Document): Element | null {
  const tables = Array.from(doc.querySelectorAll(sel.table[0])).filter((t) => !ownerTable(t));
  return tables[0] ?? querySelectorFirst(doc, sel.table);
}

function selectedTab(doc: Document): string {
  const labels = doc.querySelectorAll(sel.tabLabel);
  for (let i = 0; i < labels.length; i++) {
    let el: Element | null = labels[i]!;
    for (let depth = 0; el && depth < 4; depth++, el = el.parentElement) {
      if (SELECTED.test(attr(el, 'class')) || attr(el, 'aria-selected') === 'true') {
        return tabLabel(textOf(labels[i]));
      }
    }
  }
  return tabLabel(textOf(querySelectorFirst(doc, sel.activeTab)));
}

function goodsIdOf(row: Element, values: Map<string, string>, column: string): string | undefined {
  const line = valueLabelled(values, ID_LINE);
  const links = row.querySelectorAll(sel.goodsLink);
  let linked: string | undefined;
  for (let i = 0; i < links.length && !linked; i++) {
    linked = /[?&]goods_id=(\d{5,20})(?:&|#|$)/.exec(attr(links[i]!, 'href'))?.[1];
  }
  return [column, line, linked].find((c): c is string => !!c && GOODS_ID.test(c));
}

function titleOf(info: Element | undefined): string {
  return productCellTitle(info, { names: sel.title, exclude: CONTROLS });
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
  const id = goodsIdOf(row, values, cellText(at('goodsId')));
  const code = cellText(at('sellerCode')) || valueLabelled(values, CODE_LINE) || '';
  if (!id) {
    warnings.push(`inventory row ${n}${code ? ` (商品编码 ${code})` : ''}: no goods id`);
    return null;
  }
  const listing: ListingSnapshot = { productKey: id, url: pinduoduoGoodsUrl(id), own: true };
  const title = titleOf(info);
  if (title) listing.title = title.slice(0, 2_000);
  if (code && !/^[-–—]+$/.test(code)) listing.sku = code.slice(0, 2_000);

  const priceCell = at('groupPrice') ?? at('price');
  const priceText =
    valueLabelled(labelledValues(priceCell), GROUP_PRICE_LINE) ?? cellText(priceCell);
  readPriceStockStatus(
    listing,
    {
      price: priceText ?? '',
      stock: cellText(at('stock')),
      status: tabStatus || cellText(at('status')),
    },
    `inventory row ${n} (goods ${id})`,
    warnings,
  );
  return listing;
}

export const parsePinduoduoInventoryPage: MarketParser = {
  id: 'pinduoduo/inventory',
  version: 1,
  parse(doc) {
    const warnings: string[] = [];
    const table = mainTable(doc);
    if (!table) {
      warnings.push('no goods list on the page yet (MMS renders it after the page)');
      return { listings: [], warnings };
    }
    const mine = (el: Element) => ownerTable(el) === table;
    const headerRow = sel.headerRow
      .map((s) => Array.from(table.querySelectorAll(s)).filter(mine))
      .find((rows) => rows.length > 0)
      ?.at(-1);
    const labels = headerRow
      ? ownCells(headerRow, sel.headerCell).map((th) => headerLabel(th))
      : [];
    const rows = (
      sel.row
        .map((s) => Array.from(table.querySelectorAll(s)).filter(mine))
        .find((found) => found.length > 0) ?? []
    ).filter((r) => ownCells(r, sel.cell).length > 1);
    if (rows.length === 0) {
      const loading = querySelectorFirst(doc, sel.loading);
      const empty = textOf(querySelectorFirst(table, sel.empty));
      warnings.push(noRowsWarning(!!loading, empty, 'goods'));
      return { listings: [], warnings };
    }
    const col = columnsByLabel(labels, COLUMNS);
    if (
      col.info === undefined ||
      (col.groupPrice === undefined && col.price === undefined && col.stock === undefined)
    ) {
      throw new LayoutChangedError(
        `pinduoduo/inventory: ${rows.length} rows but no goods and price/stock columns among the headers [${labels.join(' | ').slice(0, 200)}] — the page layout may have changed`,
      );
    }
    const tabStatus = selectedTab(doc);
    const listings: ListingSnapshot[] = [];
    rows.forEach((row, i) => {
      const l = readRow(row, i + 1, col, tabStatus, warnings);
      if (l) listings.push(l);
    });
    return warnings.length ? { listings, warnings: warnings.slice(0, 500) } : { listings };
  },
};
