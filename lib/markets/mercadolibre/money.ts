/**
 * Mercado Libre's prices. The Andes money component splits a price into its parts:
 * `<span class="andes-money-amount__currency-symbol">R$</span>
 *  <span class="andes-money-amount__fraction">1.299</span><span class="andes-money-amount__cents">90</span>`.
 * The fraction is the whole amount with the site's thousands separator ("1.299" in Brazil, Argentina,
 * Chile, Colombia, Uruguay; "1,299" in Mexico and Peru) and never a decimal part — the cents are their
 * own element — so any separator in it is a thousands separator, and reading the parts avoids guessing.
 *
 * The currency is the site's ("$" is the peso of Mexico, Argentina, Chile, Colombia, Uruguay; "R$"
 * the real; "S/" the sol), except where the symbol names another: "US$" (Argentina) and "U$S"
 * (Uruguay) are US dollars, which cars and property are listed in, and "UF" the Chilean unidad de
 * fomento (CLF). A generic money reader would take "U$S" for the site's peso.
 */
import type { Money } from '../../schemas/snapshot';
import { MAX_AMOUNT, parseMoney, roundToMinor } from '../../money';
import { attr, textOf } from '../dom';
import type { MeliSite } from './match';
import { productSelectors as sel } from './selectors';

export interface MoneyReading {
  money: Money | null;
  /** Why the price is null, or what was odd about it. */
  warning?: string;
}

const FRACTION = /^\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+$|^\d{1,12}$/;

/** The currency a symbol names on a site; null when the symbol is one we do not know. */
export function currencyOfSymbol(symbol: string, site: MeliSite): string | null {
  const s = symbol.replace(/\s+/g, '').toUpperCase();
  if (s === '' || s === '$') return site.currency;
  if (/^(?:U\$S|US\$|U\$D|USD|DÓLARES|DOLARES)$/.test(s)) return 'USD';
  if (s === 'R$') return 'BRL';
  if (/^S\/\.?$/.test(s)) return 'PEN';
  if (s === 'UF') return 'CLF';
  if (/^[A-Z]{3}$/.test(s)) return s;
  return null;
}

/** A price from an `.andes-money-amount` element's parts. */
export function readAndesAmount(el: Element, site: MeliSite, isoCurrency?: string): MoneyReading {
  const fractionText = textOf(el.querySelector(sel.fraction));
  const centsText = textOf(el.querySelector(sel.cents));
  const symbolText = textOf(el.querySelector(sel.symbol));
  const shown = `${symbolText} ${fractionText}${centsText ? `,${centsText}` : ''}`.trim();
  if (!fractionText) return { money: null, warning: 'no amount in the price' };
  const currency =
    isoCurrency && /^[A-Z]{3}$/.test(isoCurrency)
      ? isoCurrency
      : currencyOfSymbol(symbolText, site);
  if (!currency) {
    return {
      money: null,
      warning: `unreadable price "${shown}": unknown currency "${symbolText}"`,
    };
  }
  if (!FRACTION.test(fractionText) || (centsText && !/^\d{1,2}$/.test(centsText))) {
    return { money: null, warning: `unreadable price "${shown}"` };
  }
  const whole = Number(fractionText.replace(/\D/g, ''));
  const amount = whole + (centsText ? Number(centsText.padEnd(2, '0')) / 100 : 0);
  if (!Number.isFinite(amount) || amount > MAX_AMOUNT) {
    return { money: null, warning: `unreadable price "${shown}"` };
  }
  return { money: { amount: roundToMinor(amount, currency), currency } };
}

/** A price written as text ("$ 1.299", "R$ 1.299,90", "US$ 120") on a site. */
export function readMoneyText(text: string, site: MeliSite): MoneyReading {
  const t = text.replace(/\s+/g, ' ').trim();
  const dollars = /^(?:U\$S|US\$|U\$D)\s*/i.exec(t);
  const r = dollars
    ? parseMoney(t.slice(dollars[0].length), { currencyHint: 'USD', locale: site.locale })
    : parseMoney(t, { currencyHint: site.currency, locale: site.locale });
  if (!r.money)
    return { money: null, warning: r.warning ?? `unreadable price "${t.slice(0, 80)}"` };
  // A dollar price on a peso site is what the page shows, not a misread.
  const warning = r.warning
    ?.split('; ')
    .filter((w) => !/on a market priced in/.test(w))
    .join('; ');
  return warning ? { money: r.money, warning } : { money: r.money };
}

/** The `content` of a microdata price (`<meta itemprop="price" content="1299.9">`), or null. */
export function metaAmount(el: Element | null): number | null {
  const c = attr(el, 'content');
  if (!/^\d{1,12}(?:\.\d{1,4})?$/.test(c)) return null;
  const n = Number(c);
  return n > 0 && n <= MAX_AMOUNT ? n : null;
}
