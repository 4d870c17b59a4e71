/** The shared readers of back-office product lists (lib/markets/back-office.ts). */
import { describe, expect, it } from 'vitest';
import {
  columnsByLabel,
  headerLabel,
  labelledValues,
  readCount,
  tabLabel,
} from '../../../lib/markets/back-office';
import { linkedomDocument } from './amazon/fixtures';

const el = (html: string) =>
  linkedomDocument(`<html><body>${html}</body></html>`).body.firstElementChild!;

describe('readCount', () => {
  it.each([
    ['1,234', 1234],
    ['库存 1,234', 1234],
    ['库存：56', 56],
    ['12.580', 12580], // Indonesian/Vietnamese grouping
    ['0', 0],
    ['已售罄', 0],
    ['Sold out', 0],
    ['已售完', 0],
    ['Hết hàng', 0],
    ['１２３', 123],
  ])('%s → %d', (text, count) => {
    expect(readCount(text)).toEqual({ count });
  });

  it.each(['2k', '1.2万', '999+', '10K'])(
    '%s is abbreviated: null with a warning, never a guess',
    (t) => {
      expect(readCount(t)).toEqual({
        count: null,
        warning: `abbreviated count "${t}" is not exact`,
      });
    },
  );

  it.each(['', '-', '--', '—'])('%j shows no value: null reading', (t) => {
    expect(readCount(t)).toBeNull();
  });

  it('an unreadable count is null with a warning', () => {
    expect(readCount('很多')).toEqual({ count: null, warning: 'unreadable count "很多"' });
    expect(readCount('12.5')).toEqual({ count: null, warning: 'unreadable count "12.5"' });
  });
});

describe('tabLabel', () => {
  it.each([
    ['在售中(128)', '在售中'],
    ['出售中 (1,024)', '出售中'],
    ['Live (24)', 'Live'],
    ['已下架 12', '已下架'],
    ['在售中（99+）', '在售中'],
    ['仓库中', '仓库中'],
  ])('%s → %s', (t, want) => expect(tabLabel(t)).toBe(want));
});

describe('headerLabel', () => {
  it('keeps the label, not its tooltip, sort carets or icons', () => {
    const th = el(
      '<th><div class="cell">库 存<span class="jd-tooltip"><i class="q"></i>可售库存数</span><span class="caret-wrapper"><i class="sort-caret"></i></span>：</div></th>',
    );
    expect(headerLabel(th)).toBe('库存');
  });
});

describe('columnsByLabel', () => {
  it('takes the specific labels first and each column once', () => {
    const labels = ['', '商品信息', '商品编码', 'SKU编码', '价格(元)', '总库存'];
    expect(
      columnsByLabel(labels, [
        ['sku', /^SKU编码$/],
        ['ware', /^商品编码$/],
        ['info', /^商品/],
        ['price', /价格/],
        ['stock', /库存/],
        ['status', /状态/],
      ]),
    ).toEqual({ sku: 3, ware: 2, info: 1, price: 4, stock: 5 });
  });
});

describe('labelledValues', () => {
  it('reads "label: value" lines, one per element or several in one text', () => {
    const cell = el(
      '<div><a>青屿 T恤 男款: 夏季</a><span class="product-desc-span">ID:652301847716 编码:QY-TS-01</span><p>Parent SKU: A1-B2</p><p>商品编号：<b>10023456781</b></p></div>',
    );
    const v = labelledValues(cell);
    expect(v.get('ID')).toBe('652301847716');
    expect(v.get('编码')).toBe('QY-TS-01');
    expect(v.get('ParentSKU')).toBe('A1-B2');
    expect(v.get('商品编号')).toBe('10023456781');
  });

  it('splits a Chinese label that follows its neighbour’s value without a space', () => {
    const v = labelledValues(el('<span>ID:741209876543编码:QY-YJ-09</span>'));
    expect([v.get('ID'), v.get('编码')]).toEqual(['741209876543', 'QY-YJ-09']);
  });
});
