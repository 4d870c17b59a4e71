/**
 * Reading the product lists of the seller back offices (JD 京麦, Taobao/Tmall 千牛, Pinduoduo, Shopee
 * Seller Centre): tables whose columns the seller can hide, reorder or widen and whose class names are
 * generated (`TB_td_5-120-1`, `jd-table_1_column_3`). A column is found by the label in its header
 * (表头 "京东价", "库存", "Price"), never by its position or a generated class; a value inside a cell by
 * the label printed before it ("ID:", "编码：", "Parent SKU:").
 *
 * Pure DOM reading with the helpers of dom.ts (no layout, no `innerText`), shared by the four parsers.
 */
import type { ListingSnapshot } from '../schemas/snapshot';
import { parseLocaleNumber, parseMoney, type MoneyOptions } from '../money';
import { attr, firstWithText, textOf } from './dom';

/** Header text that is not the label: tooltips, popover bodies, sort carets, filter icons. */
const HEADER_NOISE = [
  '[class*="popover"]',
  '[class*="popper"]',
  '[class*="tooltip"]',
  '[class*="caret"]',
  '[class*="sort"]',
  '[class*="filter"]',
  '[role="tooltip"]',
  'i',
  'svg',
].join(',');

/** A header label as compared: its text without tooltips or icons, without spaces and a trailing colon. */
export function headerLabel(el: Element | null | undefined): string {
  return textOf(el, { exclude: HEADER_NOISE })
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[:：]$/, '');
}

/**
 * Which column holds which field: the first label matching each field's pattern, each column used at
 * most once (so "商品编码" is not also taken for "商品"). Fields are tried in the order given: list the
 * specific ones ("SKU编码") before the general ones ("商品").
 */
export function columnsByLabel<F extends string>(
  labels: readonly string[],
  fields: readonly (readonly [F, RegExp])[],
): Partial<Record<F, number>> {
  const out: Partial<Record<F, number>> = {};
  const taken = new Set<number>();
  for (const [field, re] of fields) {
    const i = labels.findIndex((l, k) => !taken.has(k) && l !== '' && re.test(l));
    if (i >= 0) {
      out[field] = i;
      taken.add(i);
    }
  }
  return out;
}

/**
 * The element children of `row` matching `selector`, in order: its own cells, not those of a table
 * nested in a cell (Shopee and JD put small tables of variations inside a product's cell).
 */
export function ownCells(row: Element, selector: string): Element[] {
  const out: Element[] = [];
  const kids = row.children;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i]!;
    if (k.matches(selector)) out.push(k);
  }
  return out;
}

/**
 * Values printed after a label inside a cell ("ID:652301847716", "编码：QY-TS-01", "Parent SKU: A1"):
 * each element whose own text is "label: value" (or whose label and value are its two children) gives
 * one pair; the label compared like a header label. The first value of each label is kept.
 */
export function labelledValues(cell: Element | null | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!cell) return out;
  // The innermost element with a pair wins over a container whose text merely starts with it: the
  // shortest value of a label is kept.
  const keep = (rawLabel: string, rawValue: string) => {
    const label = rawLabel.normalize('NFKC').replace(/\s+/g, '');
    const value = rawValue.trim();
    if (label === '' || value === '') return;
    const had = out.get(label);
    if (had === undefined || value.length < had.length) out.set(label, value);
  };
  const els = [cell, ...Array.from(cell.querySelectorAll('*'))];
  for (const el of els) {
    const text = textOf(el);
    if (text.length > 300) continue;
    // "Parent SKU: A1" (a label with a space), one pair in the element.
    const whole = /^([^:：\d][^:：]{0,20}?)\s*[:：]\s*(.+)$/.exec(text);
    if (whole) keep(whole[1]!, whole[2]!);
    // "ID:652301847716 编码:QY-TS-01", "ID:652301847716编码:QY-TS-01": several pairs in one text. A
    // label starts after a space, or is Chinese and starts anywhere (a value runs into the next label
    // when the page puts a <br> between them and the text is read without it).
    const marks = new Map<number, { label: string; end: number }>();
    for (const re of [
      /(?:^|\s)([^\s:：\d][^\s:：]{0,11})\s*[:：]\s*/g,
      /([\u4e00-\u9fff]{1,8})\s*[:：]\s*/g,
    ]) {
      for (const m of text.matchAll(re)) {
        const start = m.index + m[0].indexOf(m[1]!);
        if (!marks.has(start)) marks.set(start, { label: m[1]!, end: m.index + m[0].length });
      }
    }
    const ordered = [...marks.entries()].toSorted((a, b) => a[0] - b[0]);
    ordered.forEach(([, mark], i) => {
      const next = ordered[i + 1]?.[0] ?? text.length;
      if (next > mark.end) keep(mark.label, text.slice(mark.end, next));
    });
  }
  return out;
}

/** The first labelled value whose label matches `re`. */
export function valueLabelled(values: Map<string, string>, re: RegExp): string | undefined {
  for (const [label, value] of values) if (re.test(label)) return value;
  return undefined;
}

/** Words a back office prints for "no stock left" in a stock cell. */
const SOLD_OUT =
  /^(?:已?售罄|已售完|售完|无货|缺货|sold\s*out|out\s*of\s*stock|hết\s*hàng|habis|esgotado|agotado|สินค้าหมด)$/i;

export interface CountReading {
  /** The count; null when a value is shown but cannot be read exactly. */
  count: number | null;
  /** Why the count is null (or what was assumed), in plain English. */
  warning?: string;
}

/**
 * A stock count as a back office prints it: "1,234", "库存 1,234", "1.234" (Indonesian grouping),
 * "已售罄"/"Sold out" (0). An abbreviated count ("2k", "1.2万", "999+") is not exact: null plus a
 * warning, never a guess (Shopee abbreviates large stock in its list: 2,630 shows as "2k").
 * Returns null when the text shows no value at all ("", "-", "--").
 */
export function readCount(raw: string): CountReading | null {
  const text = raw.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const bare = text.replace(
    /^(?:总?库存|可售库存|现货库存|stock|kho hàng|stok|estoque|庫存)\s*[:：]?\s*/i,
    '',
  );
  if (bare === '' || /^[-–—_]+$/.test(bare)) return null;
  if (SOLD_OUT.test(bare)) return { count: 0 };
  if (/\d\s*(?:[kKmMwW万千]|\+)/.test(bare)) {
    return { count: null, warning: `abbreviated count "${bare.slice(0, 40)}" is not exact` };
  }
  const n = parseLocaleNumber(bare);
  if (n === null || !Number.isSafeInteger(n) || n < 0) {
    return { count: null, warning: `unreadable count "${bare.slice(0, 40)}"` };
  }
  return { count: n };
}

/** A tab label without its count: "在售中(128)" → "在售中", "Live (24)" → "Live", "出售中 128" → "出售中". */
export function tabLabel(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*[(（]\s*[\d,.]*\+?\s*[)）]\s*$/, '')
    .replace(/\s+\d[\d,.]*\+?$/, '')
    .trim();
}

/** Prices on the Chinese back offices: yuan, written the mainland way. */
const CNY: MoneyOptions = { currencyHint: 'CNY', locale: 'zh-CN' };

/**
 * What every product list shows beside the product, onto its listing: the price (an unreadable one
 * null with a warning, never 0), the stock and the status. `where` names the row in the warnings
 * ("inventory row 2 (SKU 100034567012)").
 */
export function readPriceStockStatus(
  listing: ListingSnapshot,
  cells: { price: string; stock: string; status: string },
  where: string,
  warnings: string[],
  money: MoneyOptions = CNY,
): void {
  if (cells.price) {
    const r = parseMoney(cells.price, money);
    listing.price = r.money;
    if (r.warning) warnings.push(`${where}: ${r.warning}`);
  }
  const stock = cells.stock ? readCount(cells.stock) : null;
  if (stock) {
    listing.quantity = stock.count;
    if (stock.warning) warnings.push(`${where}: stock: ${stock.warning}`);
  }
  if (cells.status) listing.status = cells.status.slice(0, 2_000);
}

/**
 * Why a product list gave no rows: still loading (the page shows its spinner), a tab with nothing on
 * it (the list's own words, "暂无数据"), or neither. `noun` is what the list holds.
 */
export function noRowsWarning(
  loading: boolean,
  empty: string,
  noun: 'product' | 'goods' = 'product',
): string {
  const items = noun === 'goods' ? 'goods' : 'products';
  if (loading) return `no ${noun} rows yet: the list is still loading`;
  if (empty) return `no ${items} on this tab ("${empty.slice(0, 40)}")`;
  return `no ${noun} rows on the page`;
}

/** A row's cell for each column found by `columnsByLabel` (undefined when the page has no such column). */
export function cellOf<C extends string>(
  cells: readonly Element[],
  col: Partial<Record<C, number>>,
): (c: C) => Element | undefined {
  return (c) => {
    const i = col[c];
    return i === undefined ? undefined : cells[i];
  };
}

/**
 * A product cell's name when nothing marks it: its first line that is not a labelled value
 * ("商品编号：…", "ID: …"), read without the cell's controls (`exclude`: copy buttons, icons).
 */
export function firstPlainLine(cell: Element, exclude: string): string {
  const lines = textOf(cell, { lines: true, exclude }).split('\n');
  return lines.find((l) => l !== '' && !/[:：]/.test(l)) ?? '';
}

/**
 * A product cell's title in a Chinese back office's list (京麦, 千牛, Pinduoduo): its item link's text
 * or `title` (where the list links the item), else the first of `names` with text, else the cell's
 * first plain line (firstPlainLine, without the cell's controls `exclude`).
 */
export function productCellTitle(
  info: Element | undefined,
  s: { link?: string; names: readonly string[]; exclude: string },
): string {
  if (!info) return '';
  const link = s.link === undefined ? null : info.querySelector(s.link);
  const named = textOf(link) || attr(link, 'title') || textOf(firstWithText(info, s.names));
  return named || firstPlainLine(info, s.exclude);
}
