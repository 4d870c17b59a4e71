/**
 * Back-office data grids read by their column header labels, never by position: React grids let the
 * seller hide, reorder and pin columns, and virtualise them, so the n-th cell of a row is not the n-th
 * column. Handles both kinds the back offices render:
 *  - ARIA grids (`role="grid"` / `"table"` / `"treegrid"`, `role="row"`, `role="columnheader"`,
 *    `role="gridcell"` / `"cell"`), where `aria-colindex` names a cell's column and `aria-rowindex`
 *    its row: data-grid libraries split one row over several row elements (pinned left, scrolling
 *    centre, pinned right), which are merged back by that index;
 *  - plain tables (`thead th`, `tbody tr`, `td`), with `colspan` counted.
 * Pure DOM reading (querySelectorAll, getAttribute), the same in Chromium, jsdom and linkedom.
 */
import { attr, textOf } from './dom';
import { columnsByLabel } from './back-office';

export interface DataGridRow {
  /** The row's elements: one, or one per pinned/scrolling part of it. */
  elements: Element[];
  /** Cells by column key. */
  cells: Map<string, Element>;
}

export interface DataGrid {
  element: Element;
  /** Column key (its `aria-colindex`, else its position) → header label as shown. */
  columns: Map<string, string>;
  rows: DataGridRow[];
}

const GRID = '[role="grid"], [role="treegrid"], [role="table"], table';
const HEADER = '[role="columnheader"], thead th';
const ROW = '[role="row"], tr';
const CELL = '[role="gridcell"], [role="cell"], [role="rowheader"], td, th';
/** Header text that is not the label: sort buttons' words, tooltips, hidden helper text. */
const LABEL_NOISE =
  '[role="tooltip"], [aria-hidden="true"], .sr-only, .visually-hidden, [class*="sortIcon"], [class*="tooltip"]';

function nearest(el: Element, selector: string, stop: Element): Element | null {
  let cur: Element | null = el.parentElement;
  while (cur && cur !== stop) {
    if (cur.matches(selector)) return cur;
    cur = cur.parentElement;
  }
  return cur === stop ? stop : null;
}

/** Elements under `grid` that belong to it, not to a grid nested inside it. */
function own(grid: Element, selector: string): Element[] {
  return Array.from(grid.querySelectorAll(selector)).filter(
    (el) => nearest(el, GRID, grid) === grid,
  );
}

function span(el: Element): number {
  const n = Number(attr(el, 'colspan'));
  return Number.isInteger(n) && n > 1 && n < 100 ? n : 1;
}

/** Keys of a list of cells: `aria-colindex` where given, else the running position. */
function keyed(cells: Element[]): Array<[string, Element]> {
  const out: Array<[string, Element]> = [];
  let pos = 0;
  for (const cell of cells) {
    const index = attr(cell, 'aria-colindex');
    const n = span(cell);
    if (/^\d{1,4}$/.test(index)) out.push([`c${index}`, cell]);
    else for (let k = 0; k < n; k++) out.push([`p${pos + k}`, cell]);
    pos += n;
  }
  return out;
}

function labelOf(header: Element): string {
  return (textOf(header, { exclude: LABEL_NOISE }) || attr(header, 'aria-label'))
    .replace(/\s+/g, ' ')
    .trim();
}

/** One grid read into columns and rows; null when it has no header. */
function readGrid(grid: Element): DataGrid | null {
  const headers = own(grid, HEADER);
  if (headers.length === 0) return null;
  const columns = new Map<string, string>();
  for (const [key, h] of keyed(headers)) if (!columns.has(key)) columns.set(key, labelOf(h));
  const byIndex = new Map<string, DataGridRow>();
  const rows: DataGridRow[] = [];
  // Each cell under its nearest row, in one pass (a row per cell lookup is quadratic on 500 rows).
  const cellsOf = new Map<Element, Element[]>();
  for (const cell of own(grid, CELL)) {
    const row = nearest(cell, ROW, grid);
    if (!row || row === grid) continue;
    let list = cellsOf.get(row);
    if (!list) cellsOf.set(row, (list = []));
    list.push(cell);
  }
  for (const row of own(grid, ROW)) {
    const cells = cellsOf.get(row) ?? [];
    if (cells.length === 0 || cells.some((c) => c.matches(HEADER))) continue;
    const rowIndex = attr(row, 'aria-rowindex') || attr(row, 'row-index');
    let entry = rowIndex ? byIndex.get(rowIndex) : undefined;
    if (!entry) {
      entry = { elements: [], cells: new Map() };
      rows.push(entry);
      if (rowIndex) byIndex.set(rowIndex, entry);
    }
    entry.elements.push(row);
    for (const [key, cell] of keyed(cells)) if (!entry.cells.has(key)) entry.cells.set(key, cell);
  }
  return { element: grid, columns, rows };
}

/** Every outermost grid of the page with a header row. */
export function readDataGrids(root: ParentNode): DataGrid[] {
  const all = Array.from(root.querySelectorAll(GRID));
  const outer = all.filter((g) => !all.some((o) => o !== g && o.contains(g)));
  const out: DataGrid[] = [];
  for (const g of outer) {
    const grid = readGrid(g);
    if (grid) out.push(grid);
  }
  return out;
}

/**
 * Column keys by field, the grid's way of `columnsByLabel` (back-office.ts): each field takes the
 * first column whose label matches its pattern that no field listed before it took.
 */
export function gridColumnsByLabel<F extends string>(
  grid: DataGrid,
  labels: ReadonlyArray<readonly [RegExp, F]>,
): Partial<Record<F, string>> {
  const keys = [...grid.columns.keys()];
  const at = columnsByLabel(
    [...grid.columns.values()],
    labels.map(([re, field]) => [field, re] as const),
  );
  const out: Partial<Record<F, string>> = {};
  for (const [field, i] of Object.entries(at) as [F, number][]) out[field] = keys[i]!;
  return out;
}
