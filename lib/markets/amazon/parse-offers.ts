/**
 * Offer lists: the all-offers display (AOD, `#aod-pinned-offer` + repeated `[id="aod-offer"]`, loaded
 * into the product page or served as the /gp/aod/ajax fragment) and the legacy /gp/offer-listing/ page
 * (`div.olpOffer`). Shipping: "FREE Delivery"/"FREE Shipping" → 0; a Prime badge with no shipping
 * charge line → 0 (the badge itself says "Eligible for FREE delivery"); nothing readable → unknown,
 * and then landedPrice is null, because a guessed landed price would trigger false undercut alerts.
 */
import type { Money, OfferSnapshot } from '../../schemas/snapshot';
import { addMoney, parseMoney, type MoneyOptions } from '../../money';
import type { MarketParser } from '../types';
import { attr, firstWithText, hrefParam, querySelectorFirst, textOf } from './dom';
import { amazonHost, asinFromUrl } from './match';
import { aodSelectors, olpSelectors } from './selectors';
import { parseCount } from './text';

/** "Amazon.com", "Amazon.co.uk", "amazon.de" as a seller name → "Amazon" (Amazon retail). */
export function normalizeSellerName(name: string): string {
  const t = name.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  return /^amazon(?:\.[a-z]{2,3}){1,2}$/i.test(t) ? 'Amazon' : t;
}

export function moneyOptionsFor(url: URL): MoneyOptions {
  const site = amazonHost(url.hostname)?.site;
  return site ? { currencyHint: site.currency, locale: site.locale } : {};
}

/** Reads a shipping text; null = unknown. */
export function readShipping(text: string, opts: MoneyOptions): Money | null {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t) return null;
  if (/\bfree\b|gratis|gratuit|kostenlos|gratuita|grátis|免费|無料|ücretsiz|darmowa/i.test(t)) {
    return opts.currencyHint ? { amount: 0, currency: opts.currencyHint } : null;
  }
  // "$5.99 delivery March 10 - 14": only the first amount (with its marker), never the dates after it.
  const m =
    /^\D*?\d+(?:(?:[.,]|['’ ](?=\d{3}(?!\d)))\d+)*(?:\s*(?:€|zł|kr|TL|₺|円|元|\p{Sc}))?/u.exec(t);
  if (!m) return null;
  const { money } = parseMoney(m[0], opts);
  return money;
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
  version: 1,
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
