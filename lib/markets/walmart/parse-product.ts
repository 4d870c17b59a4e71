/**
 * Walmart product pages (`/ip/<slug>/<usItemId>`, `/ip/<usItemId>`): one listing (usItemId, title, the
 * current price in USD, the buy-box seller as the featured offer, rating, rating count, brand, UPC,
 * offer count) and the reviews the page carries.
 *
 * Read from the page's `__NEXT_DATA__` (next-data.ts) when it describes the item of the URL. The price
 * is `priceInfo.currentPrice` (never `wasPrice`, the struck one): its `price` number when it is a
 * sane amount, its displayed `priceString` when it is not or when the two disagree (the page shows the
 * string); a product whose variants are not chosen shows a range, whose lower bound is read with a
 * warning. The seller is `sellerDisplayName` / `sellerName` ("Walmart.com" when Walmart sells it
 * itself) and `sellerId`: what the page prints as "Sold and shipped by …".
 *
 * The rendered DOM is the fallback, with a warning, when the JSON is missing, unreadable or describes
 * another item: Next.js keeps the first page's `__NEXT_DATA__` when the shopper moves to another item
 * or variant without a reload. A page on which neither the data nor the DOM's title and price element
 * can be found is a layout we no longer understand (LayoutChangedError → parser-health).
 */
import type { FeaturedOffer, ListingSnapshot, Money } from '../../schemas/snapshot';
import { MAX_AMOUNT, parseMoney, roundToMinor } from '../../money';
import { LayoutChangedError, type MarketParser } from '../types';
import { attr, closest, firstWithText, textOf } from '../dom';
import { isObject, readNextData, type NextProduct, type WalmartNextData } from './next-data';
import { walmartItemFromProductUrl } from './match';
import { blockRating, count, readWalmartReviews } from './parse-reviews';
import { productSelectors } from './selectors';

const MONEY_OPTIONS = { currencyHint: 'USD', locale: 'en-US' } as const;

/** Nothing but USD is sold on walmart.com; another code is read as given, with a warning. */
function currencyOf(node: Record<string, unknown>, warnings: string[]): string {
  const unit = node['currencyUnit'];
  if (typeof unit === 'string' && /^[A-Z]{3}$/.test(unit)) {
    if (unit !== 'USD') warnings.push(`price in ${unit}, not USD`);
    return unit;
  }
  return 'USD';
}

/** A price node `{price, priceString, currencyUnit}` → money, or null with the reason in `warnings`. */
function moneyOfNode(node: unknown, label: string, warnings: string[]): Money | null {
  if (!isObject(node)) return null;
  const currency = currencyOf(node, warnings);
  const n = node['price'];
  const numeric =
    typeof n === 'number' && Number.isFinite(n) && n > 0 && n <= MAX_AMOUNT
      ? { amount: roundToMinor(n, currency), currency }
      : null;
  const s = node['priceString'];
  let shown: Money | null = null;
  if (typeof s === 'string' && s.trim() !== '' && s.length <= 200) {
    const r = parseMoney(s, { ...MONEY_OPTIONS, currencyHint: currency });
    if (r.money && r.money.amount > 0) shown = r.money;
    else if (!numeric) warnings.push(`${label}: unreadable price "${s.slice(0, 80)}"`);
  }
  if (numeric && shown && Math.abs(numeric.amount - shown.amount) >= 0.005) {
    warnings.push(
      `${label}: the page data says ${numeric.amount} but shows "${String(s).slice(0, 40)}"; the shown price is used`,
    );
    return shown;
  }
  if (!numeric && !shown && n !== undefined && n !== null) {
    warnings.push(`${label}: unreadable price ${JSON.stringify(n).slice(0, 40)}`);
  }
  return numeric ?? shown;
}

/** The current price from `priceInfo`; the lower bound of `priceRange` when there is none. */
function jsonPrice(priceInfo: unknown, warnings: string[]): Money | null {
  if (!isObject(priceInfo)) return null;
  const current = moneyOfNode(priceInfo['currentPrice'], 'current price', warnings);
  if (current) return current;
  const range = priceInfo['priceRange'];
  if (isObject(range)) {
    const low = moneyOfNode(
      { ...range, price: range['minPrice'], priceString: undefined },
      'price range',
      warnings,
    );
    if (low) {
      const high = range['maxPrice'];
      warnings.push(
        `price range: using the lower bound ${low.amount}${typeof high === 'number' ? ` (upper ${high})` : ''}`,
      );
      return low;
    }
  }
  return null;
}

/** The buy-box price element: the first match outside other products' tiles and not struck. */
function domPriceElement(doc: Document): Element | null {
  for (const sel of productSelectors.price) {
    const els = doc.querySelectorAll(sel);
    for (let i = 0; i < els.length; i++) {
      const el = els[i]!;
      if (closest(el, productSelectors.noise) || closest(el, productSelectors.struck)) continue;
      return el;
    }
  }
  return null;
}

function domPrice(el: Element, warnings: string[]): Money | null {
  // Microdata keeps the bare amount in `content`; the text says "Now $24.88" or "$24.88".
  const content = attr(el, 'content');
  const text = textOf(el);
  const source = /^\d{1,9}(?:\.\d{1,2})?$/.test(content) ? content : text;
  const r = parseMoney(source, MONEY_OPTIONS);
  if (r.warning) warnings.push(`price: ${r.warning}`);
  if (!r.money || r.money.amount === 0) {
    warnings.push(`unreadable price "${source.slice(0, 80)}"`);
    return null;
  }
  return r.money;
}

const SOLD_BY = /^(?:sold\s+(?:and\s+shipped\s+)?by|sold\s+&\s+shipped\s+by)\s*/i;

/** The seller as the page prints it: the seller link, else the "Sold and shipped by …" line. */
function domSeller(doc: Document): string {
  const link = firstWithText(doc, productSelectors.sellerLink);
  if (link) return textOf(link).slice(0, 2_000);
  const info = firstWithText(doc, productSelectors.sellerInfo);
  const line = textOf(info) || attr(info, 'aria-label');
  const m =
    /sold\s+(?:and\s+shipped\s+|&\s+shipped\s+)?by\s+(.+?)(?:\s+(?:and\s+)?fulfilled\s+by\s.*)?$/i.exec(
      line,
    );
  return (m?.[1] ?? line.replace(SOLD_BY, '')).trim().slice(0, 2_000);
}

function jsonSeller(p: NextProduct): { sellerName?: string; sellerId?: string } {
  const name = (p.sellerDisplayName ?? '').trim() || (p.sellerName ?? '').trim();
  const out: { sellerName?: string; sellerId?: string } = {};
  if (name) out.sellerName = name.slice(0, 2_000);
  if (p.sellerId) out.sellerId = p.sellerId;
  return out;
}

/** The product of `__NEXT_DATA__` when it is the URL's item; why not, otherwise. */
function pageProduct(
  next: ReturnType<typeof readNextData>,
  item: string,
): { data: WalmartNextData; product: NextProduct } | { problem: string } {
  if (!next.ok) return { problem: next.problem };
  const product = next.data.product;
  if (!product) return { problem: '__NEXT_DATA__ has no product (data.product)' };
  if (!product.usItemId) return { problem: '__NEXT_DATA__ names no usItemId' };
  if (product.usItemId !== item) {
    return {
      problem: `__NEXT_DATA__ describes item ${product.usItemId}, not ${item} (a navigation without reload)`,
    };
  }
  return { data: next.data, product };
}

export const parseWalmartProductPage: MarketParser = {
  id: 'walmart/product',
  version: 1,
  parse(doc, ctx) {
    const warnings: string[] = [];
    const item = walmartItemFromProductUrl(ctx.url);
    if (!item) throw new LayoutChangedError('walmart/product: no item id in the URL');
    const fromJson = pageProduct(readNextData(doc), item);
    const priceEl = domPriceElement(doc);
    const domTitle = textOf(firstWithText(doc, productSelectors.title));

    let title = '';
    let price: Money | null = null;
    let seller: { sellerName?: string; sellerId?: string } = {};
    const listing: ListingSnapshot = {
      productKey: item,
      url: new URL(`/ip/${item}`, ctx.url.origin).href,
      price: null,
    };
    let reviews: ReturnType<typeof readWalmartReviews> = [];

    if ('product' in fromJson) {
      const { product: p, data } = fromJson;
      title = (p.name ?? '').trim() || domTitle;
      price = jsonPrice(p.priceInfo, warnings);
      if (!price && priceEl) {
        price = domPrice(priceEl, warnings);
        if (price) warnings.push('no current price in the page data: read from the page');
      }
      seller = jsonSeller(p);
      if (!seller.sellerName) {
        const name = domSeller(doc);
        if (name) seller.sellerName = name;
      }
      const rating =
        typeof p.averageRating === 'number' && p.averageRating >= 0 && p.averageRating <= 5
          ? Math.round(p.averageRating * 10) / 10
          : blockRating(data.reviews);
      if (rating !== null) listing.rating = rating;
      const ratingCount = count(p.numberOfReviews) ?? count(data.reviews?.totalReviewCount);
      if (ratingCount !== null) listing.ratingCount = ratingCount;
      const brand = (p.brand ?? '').trim();
      if (brand) listing.brand = brand.slice(0, 2_000);
      if (p.upc && /^\d{8,14}$/.test(p.upc)) listing.gtin = p.upc;
      const others = count(p.additionalOfferCount);
      if (others !== null) listing.offerCount = others + 1;
      if (data.reviews) reviews = readWalmartReviews(data.reviews, item, warnings);
    } else {
      if (!domTitle && !priceEl) {
        throw new LayoutChangedError(
          `walmart/product: ${fromJson.problem}, and neither the title (h1#main-title) nor a price element (itemprop="price") was found — the page layout may have changed`,
        );
      }
      warnings.push(`${fromJson.problem}: read from the rendered page`);
      title = domTitle;
      if (priceEl) price = domPrice(priceEl, warnings);
      const name = domSeller(doc);
      if (name) seller.sellerName = name;
    }

    if (!title) warnings.push('product title not found');
    else listing.title = title.slice(0, 2_000);
    // Never 0: a product without a readable price (out of stock, price hidden until the cart) is null.
    if (!price) warnings.push(priceEl ? 'no readable price' : 'no price on the page');
    listing.price = price;
    const featuredOffer: FeaturedOffer = { price, ...seller };
    listing.featuredOffer = featuredOffer;
    return {
      listings: [listing],
      reviews,
      ...(warnings.length ? { warnings: warnings.slice(0, 500) } : {}),
    };
  },
};
