/**
 * The text eBay prints around its data: prices in the listing's currency whatever the site ("US
 * $24.99", "£12.50", "EUR 19,99", "19,99 EUR", "AU $30.00", "C $25.00", "$24.99" in Seller Hub, "US
 * $10.00 to US $15.00" for a listing with variations), shipping lines ("Free Standard Shipping", "US
 * $5.99 USPS Ground Advantage", "EUR 4,99 Standardversand", "Kostenloser Versand"), item-specific
 * labels in the site's language and the GTINs sellers type into them.
 */
import type { Money } from '../../schemas/snapshot';
import { normalizeMoneyText, parseMoney } from '../../money';
import type { EbaySite } from './match';

/**
 * parseMoney's note that a price is in another currency than the site's. On eBay that is ordinary,
 * not suspicious: a listing is priced in its seller's site currency ("GBP 12.50" on ebay.com, a UK
 * listing) and Seller Hub lists the seller's listings of every site, so the note is dropped.
 */
const FOREIGN_NOTE = /^price in [A-Z]{3} on a market priced in [A-Z]{3}$/;

/** A price as eBay prints it: the currency from the text, the site's only for a bare "$" or none. */
export function ebayMoney(text: string, site: EbaySite): { money: Money | null; warning?: string } {
  const r = parseMoney(text, { currencyHint: site.currency, locale: site.locale });
  const warning = r.warning
    ?.split('; ')
    .filter((w) => !FOREIGN_NOTE.test(w))
    .join('; ');
  return warning ? { money: r.money, warning } : { money: r.money };
}

/**
 * "Free" in the languages of the eBay sites, at the start of a shipping line ("Free Standard
 * Shipping", "FREE", "Kostenloser Versand", "Livraison gratuite", "Spedizione gratuita", "Envío
 * gratis", "Gratis verzending", "Darmowa wysyłka"). The word must open the line: "Free returns" further
 * on says nothing about shipping.
 */
const FREE_SHIPPING =
  /^(?:free\b|gratis\b|kostenlos|versandkostenfrei|livraison gratuite|spedizione gratuita|env[ií]o gratis|gratis verzending|darmowa|bezpłatn)/i;
/** Lines with no cost for this buyer: not shipped to them, pickup only, cost on request. */
const NO_COST =
  /does not ship|doesn't ship|may not ship|local pickup|pickup only|abholung|n'est pas livr|no se envía|non spedi|wird nicht|see details$/i;
/**
 * The first amount of a line with its currency marker: "US $5.99", "C $12.00", "£3.99", "EUR 4,99",
 * "4,99 EUR", "€4.99", "12,50 zł", "CHF 9.00". A bare number is never read (a delivery date's day).
 */
const AMOUNT =
  /(?:(?:US|C|AU|NZ|HK|SG)\s?\$|\$|£|€|\b(?:USD|EUR|GBP|CAD|AUD|CHF|PLN)\b)\s?\d[\d.,'’\u00a0 ]*\d|\d[\d.,'’\u00a0 ]*\d?\s?(?:€|zł|\b(?:EUR|PLN|CHF|USD|GBP)\b)/i;

/**
 * The shipping cost of an item-page shipping line: `{amount: 0}` in `currency` (the item price's) when
 * free; `undefined` when the line names no cost for this buyer (not shipped to them, local pickup);
 * null when it names one that cannot be read.
 */
export function readEbayShipping(
  text: string,
  site: EbaySite,
  currency: string,
): Money | null | undefined {
  const t = normalizeMoneyText(text);
  if (!t) return undefined;
  if (FREE_SHIPPING.test(t)) return { amount: 0, currency };
  const token = AMOUNT.exec(t)?.[0];
  if (token) return ebayMoney(token.trim(), site).money;
  return NO_COST.test(t) ? undefined : null;
}

/** Item-specific values that say "none": the seller filled the field to get past the form. */
const NO_VALUE =
  /^(?:-+|n\/?a|none|unknown|does not apply|not applicable|nicht zutreffend|keine angabe|non applicable|ne s'applique pas|non applicabile|no aplicable|niet van toepassing|nie dotyczy)$/i;

export function isNoValue(value: string): boolean {
  return NO_VALUE.test(value.trim());
}

export type SpecificField = 'brand' | 'gtin';

/** Item-specific labels, as the sites print them ("Brand", "Marke", "Marque", "Marca", "Merk", "Marka"). */
const LABELS: [RegExp, SpecificField][] = [
  [/^(?:brand|marke|marque|marca|merk|marka)$/i, 'brand'],
  [/^(?:upc|ean|gtin|isbn|isbn-13|ean-13|jan)$/i, 'gtin'],
];

/** The field an item-specific label names, or null ("Colour:", "MPN" and the rest). */
export function specificField(label: string): SpecificField | null {
  const l = label
    .replace(/[:：]\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [re, field] of LABELS) if (re.test(l)) return field;
  return null;
}

/**
 * A GTIN (UPC-A 12, EAN-13, GTIN-14, EAN-8, ISBN-13) from an item-specific value, when its check digit
 * is right: "0 12345 67890 5" and "012345-678905" are read, "1234567890123" (a made-up number
 * sellers type to get past the form) and an ISBN-10 are not.
 */
export function gtinOf(value: string): string | null {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^\d{8}$|^\d{12,14}$/.test(digits)) return null;
  let sum = 0;
  for (let i = 0; i < digits.length - 1; i++) {
    const d = Number(digits[digits.length - 2 - i]);
    sum += i % 2 === 0 ? d * 3 : d;
  }
  const check = (10 - (sum % 10)) % 10;
  return check === Number(digits[digits.length - 1]) ? digits : null;
}

/** eBay's classic title prefix ("Details about  Apple iPhone…"), in the sites' languages. */
export function stripDetailsAbout(title: string): string {
  return title
    .replace(/^(?:details about|détails sur|details zu|dettagli su|detalles de)\s+/i, '')
    .trim();
}

/** An auction's price line ("Starting bid", "Current bid", "Auction", "Gebot", "Enchère", "Asta", "Puja"). */
export const AUCTION_TEXT =
  /\bbids?\b|auction|gebot|auktion|enchère|\basta\b|puja|subasta|licytacja|veiling/i;
