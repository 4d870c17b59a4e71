/**
 * Product pages (/dp/<ASIN>): one listing (title, buy-box price, featured offer and its seller, rating,
 * rating count, brand, offer count), the review cards shown on the page and, when the all-offers panel
 * (AOD) has been opened into the page, its offers.
 *
 * A product page on which neither the title nor any price container can be found is a layout we no
 * longer understand: the parser throws, so parseDocument reports `failed` (parser-health alert) instead
 * of storing an empty snapshot that looks like a product with no data. A found container whose text is
 * unreadable, or a product without a price ("Currently unavailable"), is a listing with price null
 * plus a warning.
 */
import type { FeaturedOffer, ListingSnapshot, Money } from '../../schemas/snapshot';
import { parseMoney, type MoneyOptions } from '../../money';
import { LayoutChangedError, type MarketParser } from '../types';
import { attr, closest, firstWithText, hrefParam, querySelectorFirst, textOf } from '../dom';
import { asinFromUrl } from './match';
import { moneyOptionsFor, normalizeSellerName, readAodOffers, readShipping } from './parse-offers';
import { readReviewCards } from './parse-reviews';
import { productSelectors } from './selectors';
import { brandFromByline, parseCount, parseRating } from './text';

export { LayoutChangedError } from '../types';

function productAsin(doc: Document, url: URL): string | null {
  for (const sel of productSelectors.asin) {
    const el = doc.querySelector(sel);
    const v = attr(el, 'value') || attr(el, 'data-csa-c-asin');
    if (/^[A-Z0-9]{10}$/i.test(v)) return v.toUpperCase();
  }
  return asinFromUrl(url);
}

/** Struck prices ("List Price", "Was", RRP): shown next to the buy-box price, never the price itself. */
const STRUCK = '[data-a-strike="true"], .a-text-strike, .basisPrice';
/** The label before a struck price when only the text marks it (2017 tables, deal rows). */
const BASIS_LABEL =
  /(?:^|[^\p{L}])(?:list price|list|was|typical price|rrp|m\.r\.p\.?|prix conseillé|ancien prix|unverb\.? preisempf\.?|uvp|statt|prezzo consigliato|precio recomendado|参考価格)\s*[:：]?\s*$/iu;

const SKIP_LABEL = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Text of the siblings before `el`, climbing while there is none (the label sits next to a wrapper). */
function labelBefore(el: Element): string {
  const row = closest(el, 'tr');
  if (row) {
    const cells = Array.from(row.children);
    const at = cells.findIndex((c) => c === el || c.contains(el));
    return cells
      .slice(0, Math.max(at, 0))
      .map((c) => textOf(c))
      .join(' ')
      .trim();
  }
  let cur: Element | null = el;
  for (let depth = 0; cur && depth < 3; depth++, cur = cur.parentElement) {
    const parts: string[] = [];
    for (let n = cur.previousSibling; n; n = n.previousSibling) {
      if (n.nodeType === 3) parts.unshift(n.textContent ?? '');
      else if (n.nodeType === 1 && !SKIP_LABEL.has(n.nodeName.toUpperCase())) {
        parts.unshift(textOf(n as Element));
      }
    }
    const text = parts.join(' ').replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  return '';
}

function isStruck(el: Element): boolean {
  return closest(el, STRUCK) !== null || BASIS_LABEL.test(labelBefore(el));
}

/**
 * The buy-box price element: the first match, in selector order, that is not a struck list price (a
 * deal box holds "List Price: $12.99" before "With Deal: $8.99"). `struck` says struck ones were seen.
 */
function buyBoxPrice(doc: Document): { el: Element | null; struck: boolean } {
  let struck = false;
  for (const sel of productSelectors.price) {
    const els = doc.querySelectorAll(sel);
    for (let i = 0; i < els.length; i++) {
      if (!isStruck(els[i]!)) return { el: els[i]!, struck };
      struck = true;
    }
  }
  return { el: null, struck };
}

/**
 * The price text of a price element. An `.a-price` carries the amount for screen readers in
 * `.a-offscreen`, which is sometimes empty or missing with the amount only in the visible
 * `.a-price-symbol/-whole/-fraction` parts: rebuild it from those.
 */
function priceText(el: Element): string {
  if (!el.matches('.a-price')) return textOf(el);
  const own = textOf(el.querySelector('.a-offscreen'));
  if (own) return own;
  const part = (cls: string) => textOf(el.querySelector(`.${cls}`));
  const whole = part('a-price-whole').replace(/[.,]$/, '');
  if (!whole) return textOf(el);
  const decimal = part('a-price-decimal') || '.';
  const fraction = part('a-price-fraction');
  return `${part('a-price-symbol')}${whole}${fraction ? decimal + fraction : ''}`;
}

function titleOf(doc: Document): string {
  const el = firstWithText(doc, productSelectors.title);
  return (textOf(el) || attr(el, 'value')).slice(0, 2_000);
}

function sellerOf(doc: Document): { sellerName?: string; sellerId?: string } {
  const link = firstWithText(doc, productSelectors.sellerLink);
  const idInput = querySelectorFirst(doc, productSelectors.merchantId);
  const sellerId = hrefParam(link, 'seller') ?? (attr(idInput, 'value') || undefined);
  if (link) return { sellerName: normalizeSellerName(textOf(link)), sellerId };
  const info = firstWithText(doc, productSelectors.merchantText);
  const text = textOf(info);
  const m = SELLER_PATTERNS.reduce<RegExpExecArray | null>((hit, re) => hit ?? re.exec(text), null);
  const name = (m?.[1] ?? (text.length <= 80 ? text : '')).trim();
  return name ? { sellerName: normalizeSellerName(name), sellerId } : { sellerId };
}

/**
 * The seller in a #merchant-info sentence. Most languages name it after "sold by" ("Ships from and
 * sold by Amazon.com.", "Sold by X and Fulfilled by Amazon.", "Verkauf und Versand durch Amazon.",
 * "Vendido y enviado por Amazon.", "Venduto da X e spedito da Amazon."); Japanese before the verb
 * ("この商品は、Amazon.co.jp が販売、発送します。", "X が販売、Amazon が発送します。").
 */
const SELLER_PATTERNS = [
  /(?:sold by|verkauf(?: und versand)? durch|vendu par|venduto(?: e spedito)? da|vendido(?: y enviado| e entregue| e enviado)? por|販売元[:：]?|由)\s*(.+?)(?:\s+and\s+|\s+und\s+|\s+et\s+|\s+e\s+|\s+y\s+|\s*\(|\.\s|\.$|$)/i,
  /(?:^|[、。]|この商品は[、,]?)\s*([^、。]+?)\s*が販売/,
];

function ratingOf(doc: Document): number | null {
  for (const sel of productSelectors.rating) {
    const el = doc.querySelector(sel);
    if (!el) continue;
    const r = parseRating(textOf(el)) ?? parseRating(attr(el, 'title'));
    if (r !== null) return r;
  }
  return null;
}

function offerCountOf(doc: Document): number | undefined {
  for (const sel of productSelectors.offerCount) {
    const el = doc.querySelector(sel);
    if (!el) continue;
    const text = attr(el, 'value') || textOf(el);
    // "New & Used (14) from £4.45", "4 offers from ₹237,097.00", "See All Buying Options (12)"
    const m =
      /\((\d[\d.,]*)\)/.exec(text) ??
      /(\d[\d.,]*)\s*(?:offers?|angebote?|offres?|offerte|ofertas?|出品)/i.exec(text);
    const n = m ? parseCount(m[1]!) : sel.includes('total-offer-count') ? parseCount(text) : null;
    if (n !== null) return n;
  }
  return undefined;
}

/** The all-offers panel loaded into the page: its delivery lines belong to its offers, not the buy box. */
const AOD = '#aod-container, #all-offers-display, #aod-pinned-offer, [id="aod-offer"]';
/** A free-delivery line that also names an amount ("FREE delivery on orders over £25"). */
const AMOUNT_IN_TEXT =
  /\p{Sc}|\b(?:USD|EUR|GBP|INR|JPY|CAD|AUD|MXN|BRL|SEK|PLN|TRY|AED|SAR|SGD)\b/u;

/**
 * The buy box's delivery charge, from the visible text of its primary delivery message ("£3.99
 * delivery 17 January - 7 February", "FREE delivery Friday"); null when it says no amount. Only the
 * visible text counts: the `data-csa-c-delivery-price` attribute also carries AmazonGlobal's shipping
 * to the visitor's country ("$10.11 Shipping to Spain"), which is not what the seller's buyers pay.
 */
function featuredShipping(doc: Document, opts: MoneyOptions): Money | null {
  const els = doc.querySelectorAll(
    '#deliveryBlockMessage [data-csa-c-content-id="DEXUnifiedCXPDM"], #mir-layout-DELIVERY_BLOCK-slot-PRIMARY_DELIVERY_MESSAGE_LARGE [data-csa-c-delivery-price]',
  );
  for (let i = 0; i < els.length; i++) {
    const el = els[i]!;
    if (closest(el, AOD)) continue;
    const text = textOf(el);
    const shipping = readShipping(text, opts);
    // "FREE delivery on orders over $35": free only above an amount the price may not reach.
    if (shipping && shipping.amount === 0 && AMOUNT_IN_TEXT.test(text)) return null;
    return shipping;
  }
  return null;
}

export const parseProductPage: MarketParser = {
  id: 'amazon/product',
  version: 3,
  parse(doc, ctx) {
    const warnings: string[] = [];
    const opts = moneyOptionsFor(ctx.url);
    const asin = productAsin(doc, ctx.url);
    if (!asin) throw new LayoutChangedError('amazon/product: no ASIN in the page or the URL');
    const title = titleOf(doc);
    const { el: priceEl, struck } = buyBoxPrice(doc);
    if (!title && !priceEl && !struck) {
      throw new LayoutChangedError(
        'amazon/product: neither the title (#productTitle) nor a price container was found — the page layout may have changed',
      );
    }
    if (!title) warnings.push('product title not found');

    let price: ListingSnapshot['price'] = null;
    if (priceEl) {
      const r = parseMoney(priceText(priceEl), opts);
      price = r.money;
      if (r.warning) warnings.push(`price: ${r.warning}`);
    } else {
      const availability = textOf(querySelectorFirst(doc, productSelectors.availability));
      warnings.push(
        struck
          ? 'only a struck list price on the page, no buy-box price'
          : availability
            ? `no price on the page (${availability.slice(0, 80)})`
            : 'no price container found on the page',
      );
    }

    const featuredOffer: FeaturedOffer = { price, ...sellerOf(doc) };
    // The price is the item price; the landed price adds the delivery charge the buy box shows.
    const shipping = price ? featuredShipping(doc, opts) : null;
    if (shipping) featuredOffer.shipping = shipping;
    // A used-only buy box ("Buy used £4.45"): the featured offer is a used one.
    if (priceEl && closest(priceEl, '#usedBuySection, #usedOnlyBuybox'))
      featuredOffer.condition = 'Used';
    const listing: ListingSnapshot = {
      productKey: asin,
      title: title || undefined,
      url: attr(querySelectorFirst(doc, productSelectors.canonical), 'href') || ctx.url.href,
      price,
      featuredOffer,
    };
    if (!listing.title) delete listing.title;
    const rating = ratingOf(doc);
    const countText = textOf(firstWithText(doc, productSelectors.ratingCount));
    listing.rating = rating;
    listing.ratingCount = countText ? parseCount(countText) : null;
    const bylineEl = firstWithText(doc, productSelectors.brand);
    const brand = bylineEl?.id === 'brand' ? textOf(bylineEl) : brandFromByline(textOf(bylineEl));
    if (brand) listing.brand = brand.slice(0, 2_000);

    const aod = readAodOffers(doc, asin, opts, warnings);
    const offerCount = aod.totalCount ?? offerCountOf(doc);
    if (offerCount !== undefined) listing.offerCount = offerCount;

    const reviews = readReviewCards(doc, asin, warnings);
    const out: ReturnType<MarketParser['parse']> = { listings: [listing], reviews };
    if (aod.offers.length) out.offers = aod.offers;
    if (warnings.length) out.warnings = warnings.slice(0, 500);
    return out;
  },
};
