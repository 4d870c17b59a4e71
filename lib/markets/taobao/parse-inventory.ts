/**
 * Taobao/Tmall product list (千牛 商品管理, 出售中 / 仓库中 / 全部 …): the seller's own items
 * (`own: true`), one listing per row.
 *
 *  - productKey: the item id, the one `item.taobao.com/item.htm?id=…` (and `detail.tmall.com`) names, so
 *    the seller's row joins a public item page: the "ID:" line of the product cell (宝贝ID / 商品ID), else
 *    an ID column, else the row's item link. A row without one is left out with a warning.
 *  - title: the item's title (its link in the product cell).
 *  - sku: the seller's own code, the "编码:" line (商家编码) or a 商家编码 / 货号 column, when shown.
 *  - price: 价格 in CNY; an item with SKUs priced differently shows a range ("29.90-59.90"): its lower
 *    bound, with a note. A price shown but unreadable is null plus a warning; an empty cell no price.
 *  - quantity: 库存.
 *  - status: the selected tab as the page names it ("出售中", "仓库中"), else the tab the URL names
 *    (on_sale → 出售中, in_stock → 仓库中); on the 全部 tab a row's 状态 column when the list shows one.
 *    销量 and dates are not read.
 *
 * Rows load by XHR after the page (the content script re-reads on mutations): a list still loading, or
 * empty, gives zero listings and a warning, never an error. A table with rows but none of the columns
 * above is a layout we no longer understand: LayoutChangedError (parser-health alert).
 */
import type { ListingSnapshot } from '../../schemas/snapshot';
import { table } from '../../lookup';
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
import { taobaoListTab } from './match';
import { inventorySelectors as sel } from './selectors';

type Column = 'itemId' | 'sellerCode' | 'info' | 'price' | 'stock' | 'status';

const COLUMNS: readonly (readonly [Column, RegExp])[] = [
  ['itemId', /^(?:宝贝ID|商品ID|ID)$/i],
  ['sellerCode', /^(?:商家编码|货号|商品编码)$/],
  ['info', /^(?:商品|宝贝|商品信息|宝贝信息|商品名称|宝贝名称|商品标题|宝贝标题)$/],
  ['price', /^(?:价格|售价|一口价)/],
  ['stock', /库存/],
  ['status', /状态/],
];

/** The tabs of the list by their URL name, for a page whose tab bar is not drawn (yet). */
const TAB_STATUS: Readonly<Record<string, string>> = table({
  on_sale: '出售中',
  in_stock: '仓库中',
});

const ITEM_ID = /^\d{6,20}$/;
const ID_LINE = /^(?:ID|宝贝ID|商品ID)$/i;
const CODE_LINE = /^(?:编码|商家编码|货号)$/;
const ALL_TAB = /^(?:全部|所有|all\b)/i;
/** Parts of a cell that are controls, not its value (edit pencils, copy buttons). */
const CONTROLS = 'button, i, svg, [class*="icon"], [class*="copy-btn"]';

function cellText(cell: Element | undefined): string {
  return textOf(cell, { exclude: CONTROLS });
}

function itemLinkOf(row: Element): { id: string; tmall: boolean } | null {
  const links = row.querySelectorAll(sel.itemLink);
  for (let i = 0; i < links.length; i++) {
    const href = attr(links[i]!, 'href');
    const m = /[?&]id=(\d{6,20})(?:&|#|$)/.exec(href);
    if (m) return { id: m[1]!, tmall: /detail\.tmall\.com/.test(href) };
  }
  return null;
}

function titleOf(info: Element | undefined): string {
  return productCellTitle(info, { link: sel.itemLink, names: sel.title, exclude: CONTROLS });
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
  const link = itemLinkOf(row);
  const candidates = [valueLabelled(values, ID_LINE), cellText(at('itemId')), link?.id];
  const id = candidates.find((c): c is string => !!c && ITEM_ID.test(c));
  const code = valueLabelled(values, CODE_LINE) || cellText(at('sellerCode'));
  if (!id) {
    warnings.push(`inventory row ${n}${code ? ` (编码 ${code})` : ''}: no item id`);
    return null;
  }
  const listing: ListingSnapshot = {
    productKey: id,
    url: link?.tmall
      ? `https://detail.tmall.com/item.htm?id=${id}`
      : `https://item.taobao.com/item.htm?id=${id}`,
    own: true,
  };
  const title = titleOf(info);
  if (title) listing.title = title.slice(0, 2_000);
  if (code && !/^[-–—]+$/.test(code)) listing.sku = code.slice(0, 2_000);
  readPriceStockStatus(
    listing,
    {
      price: cellText(at('price')),
      stock: cellText(at('stock')),
      status: cellText(at('status')) || tabStatus,
    },
    `inventory row ${n} (ID ${id})`,
    warnings,
  );
  return listing;
}

export const parseTaobaoInventoryPage: MarketParser = {
  id: 'taobao/inventory',
  version: 1,
  parse(doc, ctx) {
    const warnings: string[] = [];
    const shownTab = tabLabel(textOf(querySelectorFirst(doc, sel.activeTab)));
    const urlTab = taobaoListTab(ctx.url) ?? '';
    const tab = shownTab || (TAB_STATUS[urlTab] ?? '');
    const tabStatus = ALL_TAB.test(tab) || urlTab === 'all' ? '' : tab;
    // The product table: the first one with a header row (the page has other small tables).
    const tables = Array.from(doc.querySelectorAll(sel.table[0]));
    const grid =
      tables.find((t) => !closest(t, sel.lock) && t.querySelector(sel.headerCell)) ??
      querySelectorFirst(doc, sel.table);
    const rows = grid
      ? Array.from(grid.querySelectorAll(sel.row)).filter((r) => !closest(r, sel.lock))
      : [];
    if (!grid || rows.length === 0) {
      const loading = querySelectorFirst(doc, sel.loading);
      const empty = grid ? textOf(querySelectorFirst(grid, sel.empty)) : '';
      warnings.push(
        grid
          ? noRowsWarning(!!loading, empty)
          : 'no product list on the page yet (千牛 renders it after the page)',
      );
      return { listings: [], warnings };
    }
    const labels = Array.from(grid.querySelectorAll(sel.headerCell))
      .filter((th) => !closest(th, sel.lock))
      .map((th) => headerLabel(th));
    const col = columnsByLabel(labels, COLUMNS);
    if (col.info === undefined || (col.price === undefined && col.stock === undefined)) {
      throw new LayoutChangedError(
        `taobao/inventory: ${rows.length} rows but no product and price/stock columns among the headers [${labels.join(' | ').slice(0, 200)}] — the page layout may have changed`,
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
