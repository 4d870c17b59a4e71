/**
 * Offer lists: the all-offers display (AOD, `#aod-pinned-offer` + repeated `[id="aod-offer"]`, loaded
 * into the product page or served as the /gp/aod/ajax fragment) and the legacy /gp/offer-listing/ page
 * (`div.olpOffer`). Shipping: "FREE Delivery"/"FREE Shipping" → 0; a Prime badge with no shipping
 * charge line → 0 (the badge itself says "Eligible for FREE delivery"); nothing readable → unknown,
 * and then landedPrice is null, because a guessed landed price would trigger false undercut alerts.
 */
import type { Money, OfferSnapshot } from '../../schemas/snapshot';
import { addMoney, normalizeMoneyText, parseMoney, type MoneyOptions } from '../../money';
import type { MarketParser } from '../types';
import { attr, firstWithText, hrefParam, querySelectorFirst, textOf } from '../dom';
import { amazonHost, asinFromUrl } from './match';
import { aodSelectors, olpSelectors } from './selectors';
import { isMonthName, parseCount } from './text';

// Amazon retail as a seller: the storefront name ("Amazon.com", "amazon.de", "Amazon México"), or its
// retail legal entity.
const AMAZON_RETAIL_RE =
  /^(?:amazon(?:\.[a-z]{2,3}){1,2}|amazon\s+(?:m[eé]xico|espa[ñn]a|italia|brasil)|amazon eu s\.? ?[àa]\.? ?r\.? ?l|amazon eu sarl|amazon\.com services,? (?:llc|inc))\.?$/i;

// Words after which a final period belongs to the name ("Acme Supply Co.", "Widgets Inc.").
const ABBREVIATIONS = new Set([
  'co', 'inc', 'ltd', 'corp', 'llc', 'llp', 'plc', 'gmbh', 'mbh', 'ag', 'kg', 'ohg', 'ug', 'ev', 'sa',
  'sl', 'srl', 'sas', 'sarl', 'spa', 'bv', 'nv', 'ab', 'as', 'oy', 'pty', 'pvt', 'ltda', 'cia', 'cie',
  'bros', 'intl', 'mfg', 'ent', 'ind', 'st', 'jr', 'sr',
]); // prettier-ignore

const MAX_SELLER_NAME = 2_000;

/**
 * A seller name as shown, whitespace collapsed; Amazon retail → "Amazon". A final period goes only
 * when it ends a sentence ("Sold by Relay Shack."), not when it closes an abbreviation: "Co.",
 * "S.p.A.", "Amazon EU S.à r.l." keep it.
 */
export function normalizeSellerName(name: string): string {
  // Clipped to what the snapshot accepts: a competitor's 2,001-character display name made the whole
  // capture invalid (no price stored, a false "layout changed" alert: QA pass).
  const t = name.replace(/\s+/g, ' ').trim().slice(0, MAX_SELLER_NAME);
  if (AMAZON_RETAIL_RE.test(t)) return 'Amazon';
  const last = /(?:^|[\s,&(])([^\s,&(]+)\.$/u.exec(t)?.[1];
  if (last === undefined) return t;
  const parts = last.split('.');
  const tail = parts.at(-1)!;
  const abbreviation =
    ABBREVIATIONS.has(tail.toLowerCase()) ||
    // A single letter ("John Q.") or a dotted abbreviation ending in one or two letters ("S.p.A.",
    // "r.l.", "B.V."), but not a domain ("Shop.com.").
    /^\p{L}$/u.test(tail) ||
    (parts.length > 1 && /^\p{L}{1,2}$/u.test(tail));
  return abbreviation ? t : t.slice(0, -1);
}

export function moneyOptionsFor(url: URL): MoneyOptions {
  const site = amazonHost(url.hostname)?.site;
  return site ? { currencyHint: site.currency, locale: site.locale } : {};
}

// "free" only counts when it qualifies delivery or shipping: "Free Returns" says nothing about it.
const FREE_WORD =
  'free|gratis|grátis|gratuit[eo]?|gratuita|kostenlose?[nrs]?|kostenfrei(?:e[nr]?)?|ücretsiz|darmowa|bezpłatna|offerte?|免费|無料';
const SHIP_WORD =
  'deliver(?:y|ies)|shipping|postage|lieferung|versand|zustellung|livraison|expédition|spedizione|consegna|env[ií]o|entrega|frete|bezorging|verzending|leverans|frakt|dostawa|kargo|teslimat|配送料?|送料|运费|運費|配達';
// Other words may sit between them ("FREE Prime delivery"), but not a returns word.
const GAP = '(?:(?!return|retour|rück|devolu|reso\\b|resi\\b)[\\p{L}-]+\\s+){0,2}';
const FREE_SHIPPING_RE = new RegExp(
  `(?<![\\p{L}])(?:${FREE_WORD})\\s*${GAP}(?:${SHIP_WORD})|(?:${SHIP_WORD})\\s*:?\\s*(?:${FREE_WORD})|免运费|免運費|包邮`,
  'iu',
);
// The whole text a free word: the `data-csa-c-delivery-price` attribute ("FREE", "KOSTENLOSE").
const FREE_ONLY_RE = new RegExp(`^(?:${FREE_WORD})[.!]?$`, 'iu');

const NUM = "\\d+(?:(?:[.,]|['’ ](?=\\d{3}(?!\\d)))\\d+)*";
// A currency marker (see money.ts): symbols, letter markers as whole words, ISO codes.
const MARK =
  '(?:[A-Z]{0,3}\\p{Sc}|(?<![\\p{L}])(?:zł|kr\\.?|TL|Rs\\.?|RM|Rp\\.?|Fr\\.|Kč|CHF|USD|EUR|GBP|JPY|CNY|RMB|INR|CAD|AUD|MXN|BRL|SEK|PLN|TRY|AED|SAR|SGD)(?![\\p{L}])|円|元)';
const MONEY_TOKEN_RE = new RegExp(`${MARK}\\s*${NUM}|${NUM}\\s*${MARK}`, 'u');
// Words that name the shipping charge, so a bare number next to them is an amount ("配送料 410").
const COST_WORD =
  'shipping|postage|versand(?:kosten)?|livraison|frais de port|env[ií]o|spedizione|frete|verzendkosten|frakt|kargo|配送料|送料|运费|運費';
const COST_NUMBER_RE = new RegExp(
  `(?<![\\d.,])(${NUM})\\s*(?:${COST_WORD}|${SHIP_WORD})|(?:${COST_WORD})\\s*:?\\s*(${NUM})(?![\\d])`,
  'iu',
);

// The text is only an amount (the `data-csa-c-delivery-price` attribute: "3,99", "+5.99").
const ONLY_NUMBER_RE = new RegExp(`^\\+?\\s*(${NUM})$`, 'u');

/** A number that is a day of a date: next to a month name ("March 11", "8. - 11. März") or 月/日. */
function isDatePart(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  const after = text.slice(end);
  if (/^\s*[月日年/]/.test(after) || /[/年月]\s*$/.test(before)) return true;
  const next = /^\.?\s*(?:[-–]\s*\d{1,2}\.?\s*)?(\p{L}+)/u.exec(after)?.[1];
  const prev = /(\p{L}+)\.?\s*(?:\d{1,2}\s*[-–]\s*)?$/u.exec(before)?.[1];
  return (next !== undefined && isMonthName(next)) || (prev !== undefined && isMonthName(prev));
}

/**
 * Reads a shipping text; null = unknown. Free only when "free" qualifies delivery/shipping; an amount
 * only from a token with a currency marker, a bare number next to a shipping-cost word, or a text
 * that is only a number (the delivery-price attribute). Never a day of a delivery date: a wrong
 * shipping cost gives a wrong landed price, an unknown one gives none.
 */
export function readShipping(text: string, opts: MoneyOptions): Money | null {
  const t = normalizeMoneyText(text);
  if (!t) return null;
  if (FREE_ONLY_RE.test(t) || FREE_SHIPPING_RE.test(t)) {
    return opts.currencyHint ? { amount: 0, currency: opts.currencyHint } : null;
  }
  // "$5.99 delivery March 10 - 14": the first amount with its marker, never the dates around it.
  const token = MONEY_TOKEN_RE.exec(t)?.[0];
  if (token) return parseMoney(token, opts).money;
  const bare = ONLY_NUMBER_RE.exec(t) ?? COST_NUMBER_RE.exec(t);
  const num = bare?.[1] ?? bare?.[2];
  if (!bare || num === undefined) return null;
  const at = bare.index + bare[0].indexOf(num);
  if (isDatePart(t, at, at + num.length)) return null;
  return parseMoney(num, opts).money;
}

function fulfillmentFrom(text: string): string | undefined {
  if (!text) return undefined;
  return /amazon/i.test(text) ? 'amazon' : 'merchant';
}

/** An offer row's snapshot from what its layout (AOD panel or legacy offer list) yielded. */
function offerOf(
  asin: string,
  sellerName: string,
  price: Money | null,
  shipping: Money | null,
  isFeatured: boolean,
  sellerLink: Element | null,
  condition: string,
  fulfillment: string | undefined,
): OfferSnapshot {
  const offer: OfferSnapshot = {
    productKey: asin,
    sellerName,
    price,
    shipping,
    landedPrice: addMoney(price, shipping),
    isFeatured,
  };
  const sellerId = hrefParam(sellerLink, 'seller');
  if (sellerId) offer.sellerId = sellerId;
  if (condition) offer.condition = condition.slice(0, 200);
  if (fulfillment) offer.fulfillment = fulfillment;
  return offer;
}

function aodRowValue(row: Element | null): string {
  if (!row) return '';
  const value = querySelectorFirst(row, aodSelectors.rowValue);
  return textOf(value ?? row).replace(/^(sold by|ships from|verkauf durch|versand durch)\s*/i, '');
}

function readAodOffer(
  el: Element,
  asin: string,
  isFeatured: boolean,
  opts: MoneyOptions,
  warnings: string[],
  index: number,
): OfferSnapshot | null {
  const soldBy = querySelectorFirst(el, aodSelectors.soldBy);
  const sellerLink = soldBy?.querySelector('a[href*="seller="]') ?? null;
  const sellerName = normalizeSellerName(textOf(sellerLink) || aodRowValue(soldBy));
  if (!sellerName) {
    warnings.push(`offer ${index + 1}: no seller name`);
    return null;
  }
  const priceEl = firstWithText(el, aodSelectors.price);
  const { money: price, warning } = parseMoney(textOf(priceEl), opts);
  if (!price) warnings.push(`offer ${index + 1} (${sellerName}): ${warning ?? 'no price'}`);
  const deliveryAttr = attr(
    querySelectorFirst(el, aodSelectors.delivery),
    'data-csa-c-delivery-price',
  );
  const shipping = readShipping(
    deliveryAttr || textOf(querySelectorFirst(el, aodSelectors.deliveryText)),
    opts,
  );
  // As on the legacy list: an unknown shipping cost leaves the landed price unknown; say so.
  if (price && !shipping) warnings.push(`offer ${index + 1} (${sellerName}): unreadable shipping`);
  return offerOf(
    asin,
    sellerName,
    price,
    shipping,
    isFeatured,
    sellerLink,
    textOf(querySelectorFirst(el, aodSelectors.condition)),
    fulfillmentFrom(aodRowValue(querySelectorFirst(el, aodSelectors.shipsFrom))),
  );
}

/** Offers of an AOD panel anywhere under `root`; empty when there is no panel. */
export function readAodOffers(
  root: ParentNode,
  asin: string,
  opts: MoneyOptions,
  warnings: string[],
): { offers: OfferSnapshot[]; totalCount: number | null } {
  const offers: OfferSnapshot[] = [];
  const pinned = root.querySelectorAll(aodSelectors.pinned.join(','));
  const listed = root.querySelectorAll(aodSelectors.offers.join(','));
  let i = 0;
  for (const el of Array.from(pinned)) {
    const o = readAodOffer(el, asin, true, opts, warnings, i++);
    if (o) offers.push(o);
  }
  for (const el of Array.from(listed)) {
    const o = readAodOffer(el, asin, false, opts, warnings, i++);
    if (o) offers.push(o);
  }
  const countEl = querySelectorFirst(root, aodSelectors.totalCount);
  const countText = attr(countEl, 'value') || textOf(countEl);
  const totalCount = countText ? parseCount(countText) : null;
  return { offers, totalCount };
}

function readOlpOffer(
  el: Element,
  asin: string,
  opts: MoneyOptions,
  warnings: string[],
  index: number,
): OfferSnapshot | null {
  const nameEl = querySelectorFirst(el, olpSelectors.sellerName);
  const link = nameEl?.querySelector('a[href*="seller="]') ?? nameEl?.querySelector('a') ?? null;
  // Amazon itself and some big sellers show a logo instead of a name: its alt text is the name.
  const img = nameEl?.querySelector('img[alt]');
  const sellerName = normalizeSellerName(textOf(nameEl) || attr(img, 'alt'));
  if (!sellerName) {
    warnings.push(`offer ${index + 1}: no seller name`);
    return null;
  }
  const { money: price, warning } = parseMoney(
    textOf(querySelectorFirst(el, olpSelectors.price)),
    opts,
  );
  if (!price) warnings.push(`offer ${index + 1} (${sellerName}): ${warning ?? 'no price'}`);
  let shipping: Money | null = null;
  const shipPriceEl = querySelectorFirst(el, olpSelectors.shippingPrice);
  if (shipPriceEl) {
    shipping = parseMoney(textOf(shipPriceEl), opts).money;
  } else {
    shipping = readShipping(textOf(querySelectorFirst(el, olpSelectors.shippingInfo)), opts);
    if (!shipping && querySelectorFirst(el, olpSelectors.prime) && opts.currencyHint) {
      shipping = { amount: 0, currency: opts.currencyHint };
    }
  }
  if (price && !shipping) warnings.push(`offer ${index + 1} (${sellerName}): unreadable shipping`);
  const fba = hrefParam(link, 'isAmazonFulfilled');
  return offerOf(
    asin,
    sellerName,
    price,
    shipping,
    false,
    link,
    textOf(querySelectorFirst(el, olpSelectors.condition)),
    fba === '1' ? 'amazon' : fba === '0' ? 'merchant' : undefined,
  );
}

function offerPageAsin(doc: Document, url: URL): string | null {
  const fromUrl = asinFromUrl(url);
  if (fromUrl) return fromUrl;
  const link = querySelectorFirst(doc, olpSelectors.productLink);
  const m = /\/dp\/([A-Z0-9]{10})/i.exec(attr(link, 'href'));
  return m ? m[1]!.toUpperCase() : null;
}

export const parseOffersPage: MarketParser = {
  id: 'amazon/offers',
  version: 2,
  parse(doc, ctx) {
    const warnings: string[] = [];
    const asin = offerPageAsin(doc, ctx.url);
    if (!asin) throw new Error('amazon/offers: no ASIN in the URL or the page');
    const opts = moneyOptionsFor(ctx.url);
    const offers: OfferSnapshot[] = [];
    const olp = doc.querySelectorAll(olpSelectors.offer.join(','));
    for (let i = 0; i < olp.length; i++) {
      const o = readOlpOffer(olp[i]!, asin, opts, warnings, i);
      if (o) offers.push(o);
    }
    const aod = readAodOffers(doc, asin, opts, warnings);
    offers.push(...aod.offers);
    if (offers.length === 0) warnings.push('no offers found on the page');
    return warnings.length ? { offers, warnings } : { offers };
  },
};
