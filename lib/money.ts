/**
 * Locale-aware price parsing (DESIGN.md §2, §4): turns the price text a marketplace page shows into
 * `{ amount, currency }` in major units, or `null` plus a warning. An unreadable price is never 0:
 * only text that really says "free" (FREE, Gratis, 免费 ...) or a literal 0 gives amount 0.
 *
 * Rules, in order:
 * 1. Text is NFKC-normalised first, so full-width digits (１２３), the full-width yen sign (￥) and
 *    NBSP / narrow NBSP / thin spaces become their ASCII forms; HTML entities are decoded.
 * 2. Currency: an unambiguous marker in the text wins (US$, R$, MX$, C$, CDN$, A$, S$, £, €, ₹, Rs.,
 *    zł, CHF, ISO codes ...). Ambiguous markers are resolved by `currencyHint` (the market's currency,
 *    e.g. amazon.com.mx → MXN):
 *      `$`  → the hint when it is a dollar/peso currency, else USD (with a warning when no hint);
 *      `¥`  → the hint when it is JPY or CNY; without a hint CNY when the amount has decimals
 *             (Chinese markets print ¥1299.00), else JPY (amazon.co.jp prints ￥1,299) — plus a warning;
 *      `kr` → the hint when it is SEK/NOK/DKK/ISK, else SEK with a warning.
 *    No marker at all → the hint, else the currency of the locale's region, else unreadable.
 * 3. Number: spaces and apostrophes between digit groups of three are grouping (1 299,00 · 1'299.50).
 *    With both `.` and `,` the last one is the decimal separator (1.299,00 · 2,37,097.00). With one
 *    kind used several times it is grouping (1.299.000). A single separator followed by exactly three
 *    digits is grouping (1,299 · 1.299) unless the currency has three minor digits (KWD, BHD ...) or
 *    the integer part is 0; otherwise it is the decimal separator (12,99 · 12.9). When the page's
 *    locale says that separator is its decimal one ("$12.999" on amazon.com), the number is ambiguous
 *    and unreadable. Amounts in accounting brackets ("($12.99)") are negative, amounts beyond
 *    MAX_AMOUNT not a price: both unreadable. A marker of another currency than the market's ("7,99 €"
 *    on amazon.com) is read as that currency, with a warning.
 * 4. Ranges (`$12.99 - $15.99`, `12,99 € bis 15,99 €`, `¥10~¥20`): `parseMoney` returns the LOWER bound
 *    with a warning (the lowest price a buyer can pay is what undercut checks compare);
 *    `parseMoneyRange` returns both bounds.
 * 5. The amount is rounded to the currency's minor unit (Intl: JPY 0, USD 2, KWD 3); dropping a
 *    non-zero fraction (¥1,299.50 as JPY) adds a warning.
 */
import { table } from './lookup';
import type { Money } from './schemas/snapshot';

export interface MoneyOptions {
  /** ISO-4217 code of the market (amazon.co.jp → JPY), used when the symbol is ambiguous or absent. */
  currencyHint?: string;
  /** BCP-47 locale of the page (`de-DE`); its region gives a currency of last resort. */
  locale?: string;
}

export interface MoneyResult {
  money: Money | null;
  warning?: string;
}

export interface MoneyRangeResult {
  min: Money | null;
  max: Money | null;
  warning?: string;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = table({
  nbsp: '\u00a0',
  thinsp: '\u2009',
  ensp: '\u2002',
  emsp: '\u2003',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  ndash: '–',
  mdash: '—',
  rsquo: '’',
  lsquo: '‘',
});

/** Decodes the HTML entities price text can carry when it comes from an attribute or raw markup. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X'
          ? parseInt(body.slice(2), 16)
          : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000
        ? String.fromCodePoint(code)
        : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Entities decoded, NFKC (full-width → ASCII, NBSP/thin spaces → space), whitespace collapsed. */
export function normalizeMoneyText(text: string): string {
  return decodeEntities(text).normalize('NFKC').replace(/\s+/g, ' ').trim();
}

const minorCache = new Map<string, number>();
/** Number of minor-unit digits of a currency (JPY 0, USD 2, KWD 3), from Intl; 2 when unknown. */
export function minorUnitDigits(currency: string): number {
  let digits = minorCache.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits;
    } catch {
      digits = 2;
    }
    minorCache.set(currency, digits ?? 2);
  }
  return digits ?? 2;
}

/** Rounds an amount to the currency's minor unit (half away from zero, like a till). */
export function roundToMinor(amount: number, currency: string): number {
  const f = 10 ** minorUnitDigits(currency);
  // toPrecision first: 1.005 * 100 is 100.49999999999999 in binary floating point.
  return Math.round(Number((amount * f).toPrecision(15))) / f;
}

/** price + shipping, when both are known and in the same currency; otherwise null. */
export function addMoney(a: Money | null | undefined, b: Money | null | undefined): Money | null {
  if (!a || !b || a.currency !== b.currency) return null;
  return { amount: roundToMinor(a.amount + b.amount, a.currency), currency: a.currency };
}

/**
 * The locale whose digit grouping a currency is written in, for English text: rupees the Indian way
 * (₹2,37,097.00, as amazon.in writes them), everything else by thousands.
 */
export function groupingLocale(currency: string): 'en-IN' | 'en-US' {
  return currency === 'INR' ? 'en-IN' : 'en-US';
}

/** Formats for warnings and logs: `USD 12.99`. */
export function formatMoney(m: Money | null | undefined): string {
  if (!m) return 'unknown';
  return `${m.currency} ${m.amount.toFixed(minorUnitDigits(m.currency))}`;
}

const DOLLAR_FAMILY = new Set([
  'USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'TWD', 'MXN', 'ARS', 'CLP', 'COP', 'UYU', 'BRL',
]); // prettier-ignore
const YEN_FAMILY = new Set(['JPY', 'CNY']);
const KRONA_FAMILY = new Set(['SEK', 'NOK', 'DKK', 'ISK']);

/** ISO codes we accept when written out in the price text ("EUR 12,99", "12.99 USD"). */
const ISO_CODES = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'INR', 'CAD', 'AUD', 'NZD', 'MXN', 'BRL', 'CHF', 'SEK',
  'NOK', 'DKK', 'ISK', 'PLN', 'CZK', 'HUF', 'RON', 'BGN', 'TRY', 'AED', 'SAR', 'QAR', 'KWD', 'BHD',
  'OMR', 'JOD', 'EGP', 'SGD', 'HKD', 'TWD', 'KRW', 'THB', 'VND', 'PHP', 'MYR', 'IDR', 'ZAR', 'ARS',
  'CLP', 'COP', 'PEN', 'UYU', 'RUB', 'UAH', 'ILS', 'NGN', 'PKR', 'BDT', 'LKR',
]); // prettier-ignore

interface Marker {
  re: RegExp;
  /** The same pattern with the g flag, to blank every occurrence (built once, below). */
  all?: RegExp;
  /** A fixed currency, or a family resolved by the hint. */
  currency?: string;
  family?: 'dollar' | 'yen' | 'krona';
}

// Longer, unambiguous markers first so "R$" never reads as "$" and "Rs." never leaves a stray ".".
const MARKERS: Marker[] = [
  // eBay writes the dollar's country before it with a space: "US $12.99", "C $12.99", "AU $12.99".
  { re: /(?<![A-Za-z])US ?\$|U\.S\. ?\$/i, currency: 'USD' },
  { re: /R\$/, currency: 'BRL' },
  { re: /(?<![A-Za-z])MXN? ?\$/i, currency: 'MXN' },
  { re: /(?<![A-Za-z])(?:CDN|CA|C) ?\$/, currency: 'CAD' },
  { re: /(?<![A-Za-z])AU ?\$|A\$/, currency: 'AUD' },
  { re: /(?<![A-Za-z])NZ ?\$/, currency: 'NZD' },
  { re: /S\$|(?<![A-Za-z])SG ?\$/, currency: 'SGD' },
  { re: /(?<![A-Za-z])HK ?\$/, currency: 'HKD' },
  { re: /(?<![A-Za-z])NT ?\$/, currency: 'TWD' },
  { re: /RMB|CN¥|元/, currency: 'CNY' },
  { re: /JP¥|円/, currency: 'JPY' },
  { re: /£/, currency: 'GBP' },
  { re: /€/, currency: 'EUR' },
  { re: /₹|\bRs\.?(?=\s|\d|$)/, currency: 'INR' },
  { re: /zł/i, currency: 'PLN' },
  { re: /₺|\bTL\b/, currency: 'TRY' },
  { re: /Kč/, currency: 'CZK' },
  { re: /₩/, currency: 'KRW' },
  { re: /₽/, currency: 'RUB' },
  { re: /฿/, currency: 'THB' },
  { re: /₫/, currency: 'VND' },
  { re: /₱/, currency: 'PHP' },
  { re: /₪/, currency: 'ILS' },
  { re: /\bRM(?=\s|\d)/, currency: 'MYR' },
  { re: /\bRp\.?(?=\s|\d)/, currency: 'IDR' },
  { re: /د\.إ/, currency: 'AED' },
  { re: /ر\.س/, currency: 'SAR' },
  { re: /\bFr\.(?=\s|\d)/, currency: 'CHF' },
  { re: /\$/, family: 'dollar' },
  { re: /¥/, family: 'yen' },
  { re: /\bkr\.?(?=\s|\d|$)/i, family: 'krona' },
];
for (const m of MARKERS) m.all = new RegExp(m.re.source, m.re.flags + 'g');

// `\b` is ASCII-only even with the u flag, so the end of a word is a look-ahead on letters/digits.
const FREE_RE =
  /^(?:free|gratis|gratuit|gratuite|gratuito|kostenlos|kostenfrei|ücretsiz|darmowa|darmowy|bezpłatna|免费|包邮|免運費|無料|مجاني|مجانا)(?![\p{L}\p{N}])/iu;
const UNAVAILABLE_RE =
  /currently unavailable|not available|unavailable|derzeit nicht verfügbar|actuellement indisponible|non disponibile|no disponible|não disponível|在庫切れ|現在在庫切れ|无货|缺货|暂无报价|暂无/i;
const DASH_ONLY_RE = /^[-–—‒―_.\s]*$/;
const RANGE_SEP_RE =
  /\s*(?:-|–|—|~|〜|～|至|到|\bto\b|\bbis\b|\bà\b|\ba\b|\bal\b|\btot\b|\btill\b|\bdo\b)\s*/i;

// A number: digits with separators; a space or apostrophe only counts as a separator before a group
// of exactly three digits (so "12 99" stays two numbers, "1 299" is one).
const NUMBER_RE = /\d+(?:(?:[.,]|['’ ](?=\d{3}(?!\d)))\d+)*/g;
/** A decimal point or comma that starts a number (".99"): not after a digit, separator or letter. */
const LEADING_POINT_RE = /(^|[^\d.,'’\p{L}])([.,])(?=\d)/gu;

interface Detected {
  currency: string | null;
  warning?: string;
  /** The text with currency markers blanked out, so "Rs." or "zł" cannot disturb the number. */
  rest: string;
}

function regionCurrency(locale: string | undefined): string | null {
  if (!locale) return null;
  const region = /[-_]([A-Za-z]{2})\b/.exec(locale)?.[1]?.toUpperCase();
  return region ? (REGION_CURRENCY[region] ?? null) : null;
}

const REGION_CURRENCY: Readonly<Record<string, string>> = table({
  US: 'USD', GB: 'GBP', UK: 'GBP', DE: 'EUR', FR: 'EUR', IT: 'EUR', ES: 'EUR', NL: 'EUR', BE: 'EUR',
  AT: 'EUR', IE: 'EUR', PT: 'EUR', FI: 'EUR', CA: 'CAD', JP: 'JPY', CN: 'CNY', IN: 'INR', MX: 'MXN',
  BR: 'BRL', AU: 'AUD', SE: 'SEK', PL: 'PLN', SG: 'SGD', AE: 'AED', SA: 'SAR', TR: 'TRY', CH: 'CHF',
  EG: 'EGP', HK: 'HKD', TW: 'TWD', KR: 'KRW', TH: 'THB', VN: 'VND', PH: 'PHP', MY: 'MYR', ID: 'IDR',
  CL: 'CLP', CO: 'COP', AR: 'ARS', NZ: 'NZD', NO: 'NOK', DK: 'DKK', CZ: 'CZK',
}); // prettier-ignore

function detectCurrency(
  text: string,
  hint: string | undefined,
  locale: string | undefined,
): Detected {
  let rest = text;
  let found: Marker | null = null;
  let iso: string | null = null;
  for (const m of MARKERS) {
    if (!m.re.test(rest)) continue;
    found ??= m;
    // Blank every marker occurrence; the first (most specific) decides the currency.
    rest = rest.replace(m.all!, ' ');
  }
  for (const code of rest.match(/\b[A-Z]{3}\b/g) ?? []) {
    if (ISO_CODES.has(code)) {
      iso ??= code === 'RMB' ? 'CNY' : code;
      rest = rest.replace(code, ' ');
    }
  }
  const hintCode = hint && /^[A-Z]{3}$/.test(hint) ? hint : undefined;
  const explicit = found?.currency ?? iso;
  if (explicit) {
    // "7,99 €" on amazon.com: kept in its own currency (the price engine compares like with like),
    // but said, since the market's listings are priced in another.
    const foreign =
      hintCode && explicit !== hintCode
        ? `price in ${explicit} on a market priced in ${hintCode}`
        : undefined;
    return { currency: explicit, rest, ...(foreign ? { warning: foreign } : {}) };
  }
  if (found?.family === 'dollar') {
    if (hintCode && DOLLAR_FAMILY.has(hintCode)) return { currency: hintCode, rest };
    return {
      currency: 'USD',
      rest,
      warning: hintCode ? undefined : `"$" without a market currency: read as USD`,
    };
  }
  if (found?.family === 'yen') {
    if (hintCode && YEN_FAMILY.has(hintCode)) return { currency: hintCode, rest };
    const hasDecimals = /\d[.,]\d{1,2}(?!\d)/.test(rest);
    const guess = hasDecimals ? 'CNY' : 'JPY';
    return { currency: guess, rest, warning: `"¥" without a market currency: read as ${guess}` };
  }
  if (found?.family === 'krona') {
    if (hintCode && KRONA_FAMILY.has(hintCode)) return { currency: hintCode, rest };
    return { currency: 'SEK', rest, warning: `"kr" without a market currency: read as SEK` };
  }
  if (hintCode) return { currency: hintCode, rest };
  const fromLocale = regionCurrency(locale);
  return { currency: fromLocale, rest };
}

/**
 * Digit groups as numbers are grouped: the first 1–3 digits, then groups of 3, or of 2 before a last 3
 * (the Indian lakh/crore grouping, 2,36,999).
 */
function wellGrouped(groups: readonly string[]): boolean {
  const [first = '', ...rest] = groups;
  if (first.length < 1 || first.length > 3 || rest.length === 0) return false;
  if (rest.at(-1)!.length !== 3) return false;
  return rest.every((g) => g.length === 3 || g.length === 2);
}

/**
 * Reads one number token with the separator rules of the file header. Returns null when the
 * separators contradict each other (1.299.5, 1,2.3,4).
 */
export function parseNumberToken(
  token: string,
  currency?: string | null,
  /** The page locale's decimal separator, when known: a lone one before three digits is ambiguous. */
  decimalSeparator?: '.' | ',',
): number | null {
  const t = token.replace(/['’ ]/g, '');
  const dots = t.split('.').length - 1;
  const commas = t.split(',').length - 1;
  let normalized: string;
  if (dots && commas) {
    const decimal = t.lastIndexOf('.') > t.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    if ((decimal === '.' ? dots : commas) !== 1) return null;
    if (t.indexOf(group) > t.indexOf(decimal)) return null;
    // The grouped integer part must be grouped as numbers are ("1,234.56", the Indian "2,36,999.00"),
    // not "1,2.34" or "1,23,4.5", which are typos or not prices: unreadable, never 12.34 or 1,234.5.
    if (!wellGrouped(t.slice(0, t.indexOf(decimal)).split(group))) return null;
    normalized = t.split(group).join('').replace(decimal, '.');
  } else if (dots + commas > 1) {
    const sep = dots ? '.' : ',';
    const groups = t.split(sep);
    if (!wellGrouped(groups)) return null;
    normalized = groups.join('');
  } else if (dots + commas === 1) {
    const sep = dots ? '.' : ',';
    const [intPart = '', frac = ''] = t.split(sep);
    const threeMinor = currency ? minorUnitDigits(currency) === 3 : false;
    const grouping = frac.length === 3 && !threeMinor && intPart !== '0' && intPart !== '';
    // "$12.999" on amazon.com: a US page never groups with ".", and USD has two decimals: it is
    // neither 12,999 nor 12.999 for sure, so it is unreadable rather than stored 1000× wrong.
    if (grouping && sep === decimalSeparator) return null;
    normalized = grouping ? intPart + frac : `${intPart || '0'}.${frac}`;
  } else {
    normalized = t;
  }
  const n = Number(normalized);
  return Number.isFinite(n) ? n : null;
}

interface Parsed {
  amounts: number[];
  currency: string | null;
  isRange: boolean;
  warning?: string;
}

/**
 * No displayed price is this large in any currency (a hundred billion: 1e11 IDR is about 6 million
 * USD); beyond it digits lose precision (9007199254740993 reads as …989) or the text is not a price.
 */
export const MAX_AMOUNT = 1e11;
/** The whole text an amount in brackets, the accounting way of writing a negative one. */
const ACCOUNTING_NEGATIVE_RE = /^\(\s*[^()\d]{0,4}\s*\d[\d.,'’ ]*\s*[^()\d]{0,4}\s*\)$/u;

const decimalCache = new Map<string, '.' | ',' | undefined>();
/** The decimal separator of a locale ("en-US" → ".", "de-DE" → ","), when it is one of those two. */
function localeDecimal(locale: string | undefined): '.' | ',' | undefined {
  if (!locale) return undefined;
  if (!decimalCache.has(locale)) {
    let sep: '.' | ',' | undefined;
    try {
      const part = new Intl.NumberFormat(locale)
        .formatToParts(1.5)
        .find((p) => p.type === 'decimal')?.value;
      sep = part === '.' || part === ',' ? part : undefined;
    } catch {
      sep = undefined;
    }
    decimalCache.set(locale, sep);
  }
  return decimalCache.get(locale);
}

function unreadable(raw: string, why: string): MoneyResult {
  return { money: null, warning: `unreadable price "${raw.slice(0, 80)}": ${why}` };
}

function scan(raw: string, opts: MoneyOptions): Parsed | MoneyResult {
  const text = normalizeMoneyText(raw);
  if (text === '' || DASH_ONLY_RE.test(text)) return unreadable(raw, 'no price shown');
  const det = detectCurrency(text, opts.currencyHint, opts.locale);
  // "FREE", "FREE Delivery Tuesday, March 5", "+ FREE Shipping": free whatever digits follow.
  if (FREE_RE.test(text.replace(/^[^\p{L}]+/u, ''))) {
    if (!det.currency) return unreadable(raw, 'free, but the currency is unknown');
    return {
      amounts: [0],
      currency: det.currency,
      isRange: false,
      warning: det.warning,
    };
  }
  const firstDigit = det.rest.search(/\d/);
  if (firstDigit === -1) {
    if (UNAVAILABLE_RE.test(text)) return unreadable(raw, 'not available');
    return unreadable(raw, 'no number');
  }
  if (/[-−]/.test(det.rest.slice(0, firstDigit))) return unreadable(raw, 'negative amount');
  // A price under one unit written without its 0 ("$.99", ",99 €") is read as 0.99, not 99.
  const rest = det.rest.replace(LEADING_POINT_RE, '$10$2');
  // Percentages ("20% off") are never the price; a text made only of them is unreadable.
  const all = [...rest.matchAll(NUMBER_RE)];
  const tokens = all.filter((t) => !/^\s*%/.test(rest.slice(t.index! + t[0].length)));
  if (tokens.length === 0)
    return unreadable(raw, all.length ? 'a percentage, not a price' : 'no number');
  if (!det.currency) return unreadable(raw, 'currency unknown');
  // "($12.99)": an accounting negative, not a price.
  if (ACCOUNTING_NEGATIVE_RE.test(text)) return unreadable(raw, 'negative amount');
  const decimal = localeDecimal(opts.locale);
  const amounts: number[] = [];
  for (const tok of tokens) {
    const n = parseNumberToken(tok[0], det.currency, decimal);
    if (n === null) return unreadable(raw, `cannot read the number "${tok[0]}"`);
    if (n > MAX_AMOUNT) return unreadable(raw, 'implausibly large amount');
    amounts.push(n);
  }
  let isRange = false;
  if (amounts.length === 2) {
    const first = tokens[0]!;
    const second = tokens[1]!;
    const between = rest.slice(first.index! + first[0].length, second.index);
    if (RANGE_SEP_RE.test(between) && between.replace(RANGE_SEP_RE, '').trim() === '')
      isRange = true;
    else if (amounts[0] !== amounts[1]) return unreadable(raw, 'several amounts');
    else amounts.pop(); // "$8.99$8.99": a visible and an off-screen copy of the same price
  } else if (amounts.length > 2) {
    if (amounts.every((a) => a === amounts[0])) amounts.length = 1;
    else return unreadable(raw, 'several amounts');
  }
  return { amounts, currency: det.currency, isRange, warning: det.warning };
}

function toMoney(
  amount: number,
  currency: string,
  raw: string,
): { money: Money; warning?: string } {
  const rounded = roundToMinor(amount, currency);
  const warning =
    Math.abs(rounded - amount) > 1e-9
      ? `price "${raw.slice(0, 80)}" has more decimals than ${currency} allows: rounded to ${rounded}`
      : undefined;
  return { money: { amount: rounded, currency }, warning };
}

function joinWarnings(...ws: (string | undefined)[]): string | undefined {
  const list = ws.filter((w): w is string => !!w);
  return list.length ? list.join('; ') : undefined;
}

/** Parses one displayed price. See the file header for the rules. */
export function parseMoney(text: string, opts: MoneyOptions = {}): MoneyResult {
  const s = scan(text ?? '', opts);
  if ('money' in s) return s;
  const { money, warning } = toMoney(s.amounts[0]!, s.currency!, text);
  if (s.isRange) {
    const hi = roundToMinor(s.amounts[1]!, s.currency!);
    return {
      money,
      warning: joinWarnings(
        s.warning,
        warning,
        `price range "${normalizeMoneyText(text).slice(0, 80)}": using the lower bound ${money.amount} (upper ${hi})`,
      ),
    };
  }
  return { money, warning: joinWarnings(s.warning, warning) };
}

/** Parses a price or a price range; a single price gives min = max. */
export function parseMoneyRange(text: string, opts: MoneyOptions = {}): MoneyRangeResult {
  const s = scan(text ?? '', opts);
  if ('money' in s) return { min: null, max: null, warning: s.warning };
  const a = toMoney(s.amounts[0]!, s.currency!, text);
  const b = s.isRange ? toMoney(s.amounts[1]!, s.currency!, text) : a;
  const [min, max] = a.money.amount <= b.money.amount ? [a.money, b.money] : [b.money, a.money];
  return { min, max, warning: joinWarnings(s.warning, a.warning, b === a ? undefined : b.warning) };
}

/**
 * Reads a plain number in any of the grouping styles above ("1,234", "5.182", "1 234", "1'234",
 * "４,１"): counts and ratings. Returns null when the text has no number.
 */
export function parseLocaleNumber(text: string): number | null {
  const t = normalizeMoneyText(text);
  const tok = t.match(NUMBER_RE)?.[0];
  return tok === undefined ? null : parseNumberToken(tok, null);
}
