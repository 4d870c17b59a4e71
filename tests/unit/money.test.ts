import { describe, expect, it } from 'vitest';
import {
  addMoney,
  decodeEntities,
  formatMoney,
  minorUnitDigits,
  parseLocaleNumber,
  parseMoney,
  parseMoneyRange,
  roundToMinor,
} from '../../lib/money';

type Opts = { currencyHint?: string; locale?: string };

// [text, options, amount, currency, warning expected?] — real formats from DESIGN.md §2 and the saved pages.
const readable: [string, Opts, number, string, boolean][] = [
  ['$12.99', { currencyHint: 'USD' }, 12.99, 'USD', false],
  ['$12.99', {}, 12.99, 'USD', true],
  // A price under one unit written without its 0: 0.99, not 99.
  ['$.99', { currencyHint: 'USD' }, 0.99, 'USD', false],
  ['$.99', {}, 0.99, 'USD', true],
  [',99 €', {}, 0.99, 'EUR', false],
  // eBay's dollars, the country before the sign with a space.
  ['US $12.99', {}, 12.99, 'USD', false],
  ['C $12.99', {}, 12.99, 'CAD', false],
  ['AU $12.99', {}, 12.99, 'AUD', false],
  ['NZ $5.00', {}, 5, 'NZD', false],
  ['HK $100', {}, 100, 'HKD', false],
  // Another currency's marker than the market's: read as that currency, and said.
  ['US$12.99', { currencyHint: 'MXN' }, 12.99, 'USD', true],
  ['US$ 1,299.00', {}, 1299, 'USD', false],
  ['¥1,299.00', { currencyHint: 'CNY' }, 1299, 'CNY', false],
  ['￥1,299', { currencyHint: 'JPY' }, 1299, 'JPY', false],
  ['¥1,299', {}, 1299, 'JPY', true],
  ['¥1299.00', {}, 1299, 'CNY', true],
  ['１２３円', {}, 123, 'JPY', false],
  ['￥１,２９９', { currencyHint: 'JPY' }, 1299, 'JPY', false],
  ['¥88.50', { currencyHint: 'CNY' }, 88.5, 'CNY', false],
  ['1.299,00 €', {}, 1299, 'EUR', false],
  ['€ 1.299,00', {}, 1299, 'EUR', false],
  ['12,99\u00a0€', {}, 12.99, 'EUR', false],
  ['0,99 €', {}, 0.99, 'EUR', false],
  ['12,5 €', {}, 12.5, 'EUR', false],
  ['1.234', { currencyHint: 'EUR' }, 1234, 'EUR', false],
  ['R$ 1.299,00', {}, 1299, 'BRL', false],
  ['R$1.299,00', { currencyHint: 'BRL' }, 1299, 'BRL', false],
  ['₹2,37,097.00', {}, 237097, 'INR', false],
  ['  237,097.00', { currencyHint: 'INR' }, 237097, 'INR', false],
  ['Rs. 499', {}, 499, 'INR', false],
  ['Rs.2,36,999.00', {}, 236999, 'INR', false],
  ['&#8377;&nbsp;499.00', {}, 499, 'INR', false],
  ['£7.99', {}, 7.99, 'GBP', false],
  ['&pound;7.99', {}, 7.99, 'GBP', false],
  ["CHF 1'299.50", {}, 1299.5, 'CHF', false],
  ['CHF 1’299.50', {}, 1299.5, 'CHF', false],
  ['1 299,00 zł', {}, 1299, 'PLN', false],
  ['1\u202f299,00\u00a0zł', {}, 1299, 'PLN', false],
  ['1\u2009299,00 €', {}, 1299, 'EUR', false],
  ['MX$1,299.00', {}, 1299, 'MXN', false],
  ['$1,299.00', { currencyHint: 'MXN' }, 1299, 'MXN', false],
  ['CDN$ 34.99', {}, 34.99, 'CAD', false],
  ['$34.99', { currencyHint: 'CAD' }, 34.99, 'CAD', false],
  ['A$ 49.95', {}, 49.95, 'AUD', false],
  ['S$ 19.90', {}, 19.9, 'SGD', false],
  ['AED 1,299.00', {}, 1299, 'AED', false],
  ['SAR 49.00', {}, 49, 'SAR', false],
  ['1.299,90 TL', {}, 1299.9, 'TRY', false],
  ['₺1.299,90', {}, 1299.9, 'TRY', false],
  ['299 kr', { currencyHint: 'SEK' }, 299, 'SEK', false],
  ['1 299,00 kr', {}, 1299, 'SEK', true],
  ['EUR 12,99', { currencyHint: 'GBP' }, 12.99, 'EUR', true],
  ['12.99 USD', {}, 12.99, 'USD', false],
  ['KWD 1.250', {}, 1.25, 'KWD', false],
  ['12.99', { locale: 'en-GB' }, 12.99, 'GBP', false],
  ['$8.99$8.99', { currencyHint: 'USD' }, 8.99, 'USD', false],
  ['$12.99 (20% off)', { currencyHint: 'USD' }, 12.99, 'USD', false],
  ['¥1,299.50', { currencyHint: 'JPY' }, 1300, 'JPY', true],
  // ranges: the lower bound, always with a warning
  ['$12.99 - $15.99', { currencyHint: 'USD' }, 12.99, 'USD', true],
  ['12,99 € bis 15,99 €', {}, 12.99, 'EUR', true],
  ['¥10~¥20', { currencyHint: 'CNY' }, 10, 'CNY', true],
  // free means 0, and only free means 0
  ['FREE', { currencyHint: 'USD' }, 0, 'USD', false],
  ['FREE Delivery', { currencyHint: 'INR' }, 0, 'INR', false],
  ['FREE delivery Tuesday, March 5', { currencyHint: 'USD' }, 0, 'USD', false],
  ['+ FREE Shipping', { currencyHint: 'USD' }, 0, 'USD', false],
  ['免费', { currencyHint: 'CNY' }, 0, 'CNY', false],
  ['包邮', { currencyHint: 'CNY' }, 0, 'CNY', false],
  ['Gratis', { currencyHint: 'EUR' }, 0, 'EUR', false],
  ['$0.00', { currencyHint: 'USD' }, 0, 'USD', false],
];

describe('parseMoney: readable prices', () => {
  it.each(readable)('%j %j → %d %s', (text, opts, amount, currency, warns) => {
    const r = parseMoney(text, opts);
    expect(r.money).toEqual({ amount, currency });
    if (warns) expect(r.warning).toBeTruthy();
    else expect(r.warning).toBeUndefined();
  });
});

// Never 0 for text we cannot read: null plus a warning that says why.
const unreadable: [string, Opts, RegExp][] = [
  ['--', { currencyHint: 'USD' }, /no price shown/],
  ['-', { currencyHint: 'USD' }, /no price shown/],
  ['—', { currencyHint: 'EUR' }, /no price shown/],
  ['', { currencyHint: 'USD' }, /no price shown/],
  ['   ', { currencyHint: 'USD' }, /no price shown/],
  ['Currently unavailable.', { currencyHint: 'USD' }, /not available/],
  ['Derzeit nicht verfügbar.', { currencyHint: 'EUR' }, /not available/],
  ['暂无报价', { currencyHint: 'CNY' }, /not available/],
  ['See price in cart', { currencyHint: 'USD' }, /no number/],
  ['FREE', {}, /currency is unknown/],
  ['12.99', {}, /currency unknown/],
  ['-$5.00', { currencyHint: 'USD' }, /negative/],
  ['20%', { currencyHint: 'USD' }, /percentage/],
  ['1.299.5 €', {}, /cannot read the number/],
  ['$ 1,299.00 $ 1,399.00', { currencyHint: 'USD' }, /several amounts/],
  ['Save $5.00 (was $19.99)', { currencyHint: 'USD' }, /several amounts/],
  // A lone "." before three digits on a page whose locale writes decimals with ".": not 12,999 USD.
  ['$12.999', { currencyHint: 'USD', locale: 'en-US' }, /cannot read the number/],
  ['$1.299', { currencyHint: 'USD', locale: 'en-US' }, /cannot read the number/],
  ['12,999 €', { currencyHint: 'EUR', locale: 'de-DE' }, /cannot read the number/],
  // Digits grouped as no number is (QA pass: "$1,2.34" was stored as $12.34, "$1,23,4.5" as $1,234.50).
  ['$1,2.34', { currencyHint: 'USD', locale: 'en-US' }, /cannot read the number/],
  ['$1,23,4.5', { currencyHint: 'USD', locale: 'en-US' }, /cannot read the number/],
  ['$12,34.56', { currencyHint: 'USD' }, /cannot read the number/],
  ['$1234,567.00', { currencyHint: 'USD' }, /cannot read the number/],
  ['1.2,50 €', { currencyHint: 'EUR', locale: 'de-DE' }, /cannot read the number/],
  ['$1,2,345', { currencyHint: 'USD' }, /cannot read the number/],
  // Too large to be a price, or to keep its digits.
  ['$9007199254740993', { currencyHint: 'USD', locale: 'en-US' }, /implausibly large/],
  ['$99999999999999999999', { currencyHint: 'USD' }, /implausibly large/],
  // Accounting brackets: a negative amount.
  ['($12.99)', { currencyHint: 'USD', locale: 'en-US' }, /negative/],
  ['(12,99 €)', { currencyHint: 'EUR', locale: 'de-DE' }, /negative/],
];

describe('parseMoney: the page locale settles a lone separator the other way', () => {
  it.each([
    ['$1,299', 'en-US', 1299, 'USD'],
    ['1.299 €', 'de-DE', 1299, 'EUR'],
    ['R$ 1.299', 'pt-BR', 1299, 'BRL'],
    ['￥1,299', 'ja-JP', 1299, 'JPY'],
    ['$12.99', 'en-US', 12.99, 'USD'],
  ] as const)('%s (%s) → %d %s', (text, locale, amount, currency) => {
    const hint = { 'en-US': 'USD', 'de-DE': 'EUR', 'pt-BR': 'BRL', 'ja-JP': 'JPY' }[locale];
    expect(parseMoney(text, { currencyHint: hint, locale }).money).toEqual({ amount, currency });
  });

  it('a unit price in brackets is no accounting negative', () => {
    expect(parseMoney('($0.52 / Fl Oz)', { currencyHint: 'USD', locale: 'en-US' }).money).toEqual({
      amount: 0.52,
      currency: 'USD',
    });
  });
});

describe('parseMoney: unreadable prices', () => {
  it.each(unreadable)('%j → null (%s)', (text, opts, why) => {
    const r = parseMoney(text, opts);
    expect(r.money).toBeNull();
    expect(r.warning).toMatch(why);
  });
});

describe('parseMoneyRange', () => {
  it.each([
    ['$12.99 - $15.99', 'USD', 12.99, 15.99],
    ['15,99 € – 12,99 €', 'EUR', 12.99, 15.99],
    ['¥10至¥20', 'CNY', 10, 20],
    ['£7.99', 'GBP', 7.99, 7.99],
  ])('%j → %s %d..%d', (text, currency, min, max) => {
    const r = parseMoneyRange(text, { currencyHint: currency });
    expect(r.min).toEqual({ amount: min, currency });
    expect(r.max).toEqual({ amount: max, currency });
  });

  it('gives null bounds with the reason for unreadable text', () => {
    expect(parseMoneyRange('--', { currencyHint: 'USD' })).toEqual({
      min: null,
      max: null,
      warning: 'unreadable price "--": no price shown',
    });
  });
});

describe('helpers', () => {
  it.each([
    ['USD', 2],
    ['EUR', 2],
    ['JPY', 0],
    ['KWD', 3],
    ['INR', 2],
  ])('minorUnitDigits(%s) = %d', (c, d) => expect(minorUnitDigits(c)).toBe(d));

  it('rounds to the minor unit without binary-float surprises', () => {
    expect(roundToMinor(1.005, 'USD')).toBe(1.01);
    expect(roundToMinor(1299.5, 'JPY')).toBe(1300);
    expect(roundToMinor(1.2345, 'KWD')).toBe(1.235);
  });

  it('adds price and shipping only in one currency', () => {
    expect(addMoney({ amount: 237499, currency: 'INR' }, { amount: 280, currency: 'INR' })).toEqual(
      {
        amount: 237779,
        currency: 'INR',
      },
    );
    expect(addMoney({ amount: 0.1, currency: 'USD' }, { amount: 0.2, currency: 'USD' })).toEqual({
      amount: 0.3,
      currency: 'USD',
    });
    expect(addMoney({ amount: 1, currency: 'USD' }, { amount: 1, currency: 'EUR' })).toBeNull();
    expect(addMoney({ amount: 1, currency: 'USD' }, null)).toBeNull();
  });

  it('decodes numeric and named entities', () => {
    expect(decodeEntities('&#x20B9;&#160;1&amp;2 &euro; &unknown;')).toBe('₹\u00a01&2 € &unknown;');
  });

  it('formats money for messages', () => {
    expect(formatMoney({ amount: 1299, currency: 'JPY' })).toBe('JPY 1299');
    expect(formatMoney({ amount: 12.5, currency: 'EUR' })).toBe('EUR 12.50');
    expect(formatMoney(null)).toBe('unknown');
  });

  it.each([
    ['5.182 valoraciones', 5182],
    ['1,234 ratings', 1234],
    ['4,1 von 5', 4.1],
    ['１２３', 123],
    ['no digits', null],
  ])('parseLocaleNumber(%j) = %s', (t, n) => expect(parseLocaleNumber(t)).toBe(n));
});
