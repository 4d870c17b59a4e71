/**
 * Formatting shared by the price alerts (and the UI): money with a currency symbol, signed percentages,
 * durations, lists of names, in English and Chinese. Sentences quote these strings, so they must be
 * unambiguous across markets: `US$` rather than a bare `$` (CA$, MX$, A$ ... are all "$" locally).
 */
import { table } from '../lookup';
import { zhGap } from '../i18n';
import { groupingLocale } from '../money';
import type { Money } from '../schemas/snapshot';

export type Lang = 'en' | 'zh';

/** Prefix symbols. Currencies not listed are written with their ISO code ("CHF 12.00"). */
const SYMBOLS: Readonly<Record<string, string>> = table({
  USD: 'US$',
  EUR: '€',
  GBP: '£',
  CNY: '¥',
  JPY: 'JP¥',
  INR: '₹',
  BRL: 'R$',
  MXN: 'MX$',
  CAD: 'CA$',
  AUD: 'A$',
  NZD: 'NZ$',
  HKD: 'HK$',
  TWD: 'NT$',
  SGD: 'S$',
  KRW: '₩',
  THB: '฿',
  VND: '₫',
  PHP: '₱',
  TRY: '₺',
  ILS: '₪',
  NGN: '₦',
  ARS: 'AR$',
  CLP: 'CL$',
  COP: 'CO$',
});

const fractionDigitsCache = new Map<string, number>();

/** Digits after the decimal point in the currency's minor unit (USD 2, JPY 0, KWD 3). */
export function fractionDigits(currency: string): number {
  let digits = fractionDigitsCache.get(currency);
  if (digits === undefined) {
    try {
      digits =
        new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
          .maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    fractionDigitsCache.set(currency, digits);
  }
  return digits;
}

/** One step of the currency's minor unit: 0.01 USD, 1 JPY. Smaller moves cannot be real prices. */
export function minorStep(currency: string): number {
  return 10 ** -fractionDigits(currency);
}

/** Rounds to the currency's minor unit (prices computed by conversion are shown as real prices). */
export function roundToMinor(amount: number, currency: string): number {
  const f = 10 ** fractionDigits(currency);
  return Math.round(amount * f) / f;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(digits: number, currency: string): Intl.NumberFormat {
  const locale = groupingLocale(currency);
  const key = `${locale}:${digits}`;
  let nf = numberFormats.get(key);
  if (!nf) {
    // "," groups (the Indian way for rupees) and "." decimals in both UI languages (zh-CN writes them the same).
    nf = new Intl.NumberFormat(locale, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    numberFormats.set(key, nf);
  }
  return nf;
}

/** `US$1,299.00`, `€19.99`, `¥1,299.00`, `JP¥1,500`, `CHF 12.50`. */
export function formatMoney(money: Money): string {
  const text = numberFormat(fractionDigits(money.currency), money.currency).format(money.amount);
  const symbol = SYMBOLS[money.currency];
  return symbol ? `${symbol}${text}` : `${money.currency} ${text}`;
}

/** Magnitude of a percentage for a sentence: one decimal below 10 (`6.5`), whole above (`14`). */
export function formatPctValue(pct: number): string {
  const abs = Math.abs(pct);
  const text =
    abs < 10 ? (Math.round(abs * 10) / 10).toFixed(1).replace(/\.0$/, '') : String(Math.round(abs));
  return text;
}

/** `−14%` / `+3.5%` with a true minus sign (U+2212), as in price tags. */
export function formatSignedPct(pct: number): string {
  const text = formatPctValue(pct);
  if (text === '0') return '0%';
  return `${pct < 0 ? '\u2212' : '+'}${text}%`;
}

/**
 * A duration for a sentence: minutes below one hour, whole hours below 72 h (`60 h` / `60 小时`, so
 * two and a half days is never rounded to "3 days"), then days to one decimal (`3.5 days` / `3.5 天`).
 */
export function formatDuration(ms: number, lang: Lang): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 1) return lang === 'zh' ? '不到 1 分钟' : 'under a minute';
  if (minutes < 60) return lang === 'zh' ? `${minutes} 分钟` : `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 72) return lang === 'zh' ? `${hours} 小时` : `${hours} h`;
  const days = String(Math.round((hours / 24) * 10) / 10);
  return lang === 'zh' ? `${days} 天` : `${days} days`;
}

/**
 * Tag for Chinese sentence templates: a single space written next to an interpolated value is kept only
 * where zhGap wants it. `zh\`与 ${'惠购'} 的价格战\`` → `与惠购的价格战`; `zh\`与 ${'TechBarn'} 的\`` keeps both spaces.
 * So is the space an interpolated piece starts with (`${who}${' 以 US$19.99'}`): `一位竞争对手以 US$19.99`,
 * `SmartHome Deals 以 US$19.99`.
 */
export function zh(strings: TemplateStringsArray, ...values: unknown[]): string {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) {
    let value = String(values[i]);
    if (out.endsWith(' ') && value !== '') out = out.slice(0, -1) + zhGap(out.slice(0, -1), value);
    else if (value.startsWith(' ') && out !== '')
      value = zhGap(out, value.slice(1)) + value.slice(1);
    out += value;
    let next = strings[i + 1]!;
    if (next.startsWith(' ')) next = zhGap(out, next.slice(1)) + next.slice(1);
    out += next;
  }
  return out;
}

/** `A`, `A and B`, `A, B and C` / `A 和 B`, `A、B 和 C` (`惠购和拼价小铺`: no spaces between Chinese names). */
export function joinNames(names: readonly string[], lang: Lang): string {
  if (names.length <= 1) return names[0] ?? '';
  const head = names.slice(0, -1);
  const last = names[names.length - 1]!;
  if (lang === 'en') return `${head.join(', ')} and ${last}`;
  const first = head.join('、');
  return `${first}${zhGap(first, '和')}和${zhGap('和', last)}${last}`;
}

export { marketName } from '../markets/names';
