import { describe, expect, it } from 'vitest';
import {
  formatDuration,
  formatMoney,
  formatSignedPct,
  joinNames,
  minorStep,
  zh,
} from '../../../lib/pricing/format';
import { zhGap } from '../../../lib/i18n';
import { convert, rateBetween } from '../../../lib/pricing/rates';

describe('formatMoney', () => {
  it.each([
    [{ amount: 24.99, currency: 'USD' }, 'US$24.99'],
    [{ amount: 1299, currency: 'USD' }, 'US$1,299.00'],
    [{ amount: 19.9, currency: 'EUR' }, '€19.90'],
    [{ amount: 1299, currency: 'CNY' }, '¥1,299.00'],
    [{ amount: 1500, currency: 'JPY' }, 'JP¥1,500'],
    [{ amount: 237097, currency: 'INR' }, '₹2,37,097.00'], // Indian grouping, as amazon.in writes it
    [{ amount: 12.5, currency: 'CHF' }, 'CHF 12.50'],
    [{ amount: 1.234, currency: 'KWD' }, 'KWD 1.234'],
  ])('%o → %s', (money, text) => {
    expect(formatMoney(money)).toBe(text);
  });
});

describe('minorStep', () => {
  it.each([
    ['USD', 0.01],
    ['JPY', 1],
    ['KRW', 1],
    ['KWD', 0.001],
    ['EUR', 0.01],
  ])('%s → %d', (currency, step) => {
    expect(minorStep(currency)).toBeCloseTo(step, 10);
  });
});

describe('percent, duration and name lists', () => {
  it.each([
    [-14.03, '−14%'],
    [-6.54, '−6.5%'],
    [3, '+3%'],
    [0.01, '0%'],
  ])('formatSignedPct(%d) = %s', (pct, text) => {
    expect(formatSignedPct(pct)).toBe(text);
  });
  it('writes durations in both languages', () => {
    expect(formatDuration(26 * 3_600_000, 'en')).toBe('26 h');
    expect(formatDuration(26 * 3_600_000, 'zh')).toBe('26 小时');
    expect(formatDuration(40 * 60_000, 'en')).toBe('40 min');
    expect(formatDuration(47 * 3_600_000, 'en')).toBe('47 h');
    // Hours up to three days, so a 60 h war is not rounded up to "3 days".
    expect(formatDuration(60 * 3_600_000, 'en')).toBe('60 h');
    expect(formatDuration(60 * 3_600_000, 'zh')).toBe('60 小时');
    expect(formatDuration(70 * 3_600_000, 'en')).toBe('70 h');
    expect(formatDuration(72 * 3_600_000, 'en')).toBe('3 days');
    expect(formatDuration(84 * 3_600_000, 'en')).toBe('3.5 days');
    expect(formatDuration(84 * 3_600_000, 'zh')).toBe('3.5 天');
    expect(formatDuration(96 * 3_600_000, 'zh')).toBe('4 天');
  });
  it('joins names the way each language does', () => {
    expect(joinNames(['A', 'B', 'C'], 'en')).toBe('A, B and C');
    expect(joinNames(['A', 'B', 'C'], 'zh')).toBe('A、B 和 C');
    expect(joinNames(['A'], 'en')).toBe('A');
  });
  it('sets Chinese names without spaces next to Chinese text, Latin names with them', () => {
    expect(joinNames(['惠购百货专营店', '拼价小铺'], 'zh')).toBe('惠购百货专营店和拼价小铺');
    expect(joinNames(['TechBarn', '惠购百货专营店', '拼价小铺'], 'zh')).toBe(
      'TechBarn、惠购百货专营店和拼价小铺',
    );
    expect(joinNames(['惠购百货专营店', 'SmartHome Deals'], 'zh')).toBe(
      '惠购百货专营店和 SmartHome Deals',
    );
    const han = '惠购百货专营店';
    const latin = 'SmartHome Deals';
    expect(zh`与 ${han} 的价格战`).toBe('与惠购百货专营店的价格战');
    expect(zh`与 ${latin} 的价格战`).toBe('与 SmartHome Deals 的价格战');
    expect(zh`${han} 比您低 ${'4'}%：对方 ${'¥95.00'}`).toBe(
      '惠购百货专营店比您低 4%：对方 ¥95.00',
    );
    expect(zh`${latin} 比您低 ${'4'}%`).toBe('SmartHome Deals 比您低 4%');
    expect(zh`您已不再是最低价：${han} 售价 ${'¥95.00'}`).toBe(
      '您已不再是最低价：惠购百货专营店售价 ¥95.00',
    );
    // A piece that brings its own leading space: the space goes next to Chinese text only.
    expect(zh`${'一位竞争对手'}${' 以 US$19.99'} 抢走了购物车`).toBe(
      '一位竞争对手以 US$19.99 抢走了购物车',
    );
    expect(zh`${latin}${' 以 US$7.29'} 抢走了购物车`).toBe(
      'SmartHome Deals 以 US$7.29 抢走了购物车',
    );
    expect(zh`${han}${''} 抢走了购物车`).toBe('惠购百货专营店抢走了购物车');
    expect(zhGap('与', '拼价小铺')).toBe('');
    expect(zhGap('与', 'TechBarn')).toBe(' ');
    expect(zhGap('：', '¥95.00')).toBe(' ');
  });
});

describe('rates ("USD/EUR": 0.92 means 1 USD = 0.92 EUR)', () => {
  const rates = { 'USD/EUR': 0.92, 'GBP/EUR': 1.17, 'USD/CNY': 7.2 };
  it.each([
    ['USD', 'EUR', 0.92],
    ['EUR', 'USD', 1 / 0.92],
    ['USD', 'GBP', 0.92 / 1.17],
    ['GBP', 'CNY', (1.17 / 0.92) * 7.2],
    ['USD', 'USD', 1],
  ])('%s → %s', (from, to, factor) => {
    expect(rateBetween(from, to, rates)).toBeCloseTo(factor, 10);
  });
  it('returns null when no rate connects the currencies', () => {
    expect(rateBetween('USD', 'JPY', rates)).toBeNull();
    expect(convert({ amount: 10, currency: 'JPY' }, 'EUR', rates)).toBeNull();
  });
  it('converts amounts', () => {
    expect(convert({ amount: 100, currency: 'USD' }, 'EUR', rates)).toEqual({
      amount: 92,
      currency: 'EUR',
    });
  });
});
