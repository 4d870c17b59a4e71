/**
 * eBay item pages (`/itm/<itemId>`, `/itm/<slug>/<itemId>`): one listing (item id, title, the price in
 * the listing's own currency, the seller as the featured offer with the shipping and condition the
 * buy box shows, product rating and count when the item is a catalogue product with ratings, brand and
 * GTIN from the item specifics) and the seller's offer as the one offer the page shows.
 *
 * The price is the buy box's primary price: the Buy It Now price, the sale price (never the struck
 * "was" price), never the converted "Approximately US $…" beside it. A listing with variations none of
 * which is chosen shows a range ("US $10.00 to US $15.00"): its lower bound is read, with a warning.
 * An auction without Buy It Now shows its current bid, read with a warning. The currency is the one
 * the price names, whatever the site (a UK listing on ebay.com is priced "GBP 12.50"); the site's
 * only for a bare "$".
 *
 * eBay shows one seller per item page: there is no buy box to win, so the "featured offer" is that
 * seller's. A page on which neither the title nor a price element can be found is a layout we no
 * longer understand (LayoutChangedError → parser-health).
 */
import type { FeaturedOffer, ListingSnapshot, Money, OfferSnapshot } from '../../schemas/snapshot';
import { addMoney } from '../../money';
import { LayoutChangedError, type MarketParser } from '../types';
import { attr, closest, firstWithText, hrefParam, querySelectorFirst, textOf } from '../dom';
import { parseCount, parseRating } from '../amazon/text';
import { ebayItemIdFromUrl, ebaySite, type EbaySite } from './match';
import { CLIPPED, productSelectors } from './selectors';
import {
  ebayMoney,
  gtinOf,
  isNoValue,
  readEbayShipping,
  specificField,
  stripDetailsAbout,
} from './text';

/** Text of an element without screen-reader spans. */
const visible = (el: Element | null | undefined): string => textOf(el, { exclude: CLIPPED });

/** The buy box's price element: Buy It Now first, else the first primary price with text. */
function buyBoxPrice(doc: Document): Element | null {
  return (
    firstWithText(doc, productSelectors.binPrice) ?? firstWithText(doc, productSelectors.price)
  );
}

/** The price text of a price element, without the struck, converted and screen-reader parts. */
function priceText(el: Element): string {
  return textOf(el, { exclude: productSelectors.notThePrice });
}

function readPrice(el: Element | null, site: EbaySite, warnings: string[]): Money | null {
  if (!el) {
    warnings.push('no price on the page');
    return null;
  }
  const text = priceText(el);
  const r = ebayMoney(text, site);
  if (r.warning) warnings.push(`price: ${r.warning}`);
  else if (!r.money) warnings.push(`unreadable price "${text.slice(0, 80)}"`);
  if (r.money && closest(el, productSelectors.bidBox)) {
    warnings.push('auction: the price is the current bid, not a Buy It Now price');
  }
  return r.money;
}

/** "(12,345)" feedback scores and "99.8% positive" that a card's text may run into the name. */
function cleanSellerName(text: string): string {
  return text
    .replace(/\s*\(\s*\d[\d.,\s]*\)\s*.*$/, '')
    .replace(/\s+\d{1,3}(?:[.,]\d)?\s*%.*$/, '')
    .trim()
    .slice(0, 2_000);
}

/** The seller as the card shows them, and their user id when a link names it. */
function readSeller(doc: Document): { sellerName?: string; sellerId?: string } {
  const out: { sellerName?: string; sellerId?: string } = {};
  const card = querySelectorFirst(doc, productSelectors.sellerCard);
  if (card) {
    const bold = card.querySelector(productSelectors.sellerName);
    // The card's own name first (its title, its bold link); the whole card's text only as a last
    // resort, with the feedback score and percentage it runs into cut off.
    const name =
      (attr(card, 'title') || visible(bold)).slice(0, 2_000) || cleanSellerName(visible(card));
    if (name) out.sellerName = name;
  }
  for (const sel of productSelectors.sellerIdLinks) {
    const links = doc.querySelectorAll(sel);
    for (let i = 0; i < links.length; i++) {
      const link = links[i]!;
      const id =
        hrefParam(link, '_ssn') ?? /\/usr\/([^/?#]+)/.exec(attr(link, 'href'))?.[1] ?? null;
      if (id && /^[\w.*-]{1,64}$/.test(id)) {
        out.sellerId = id;
        return out;
      }
    }
  }
  return out;
}

/** The condition the buy box names ("New", "Used", "Pre-owned", "Gebraucht", "Open box"). */
function readCondition(doc: Document): string {
  const el = querySelectorFirst(doc, productSelectors.condition);
  if (!el) return '';
  const spans = el.querySelectorAll('.ux-textspans');
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    if (closest(span, `${CLIPPED}, .ux-textspans--PSEUDOLINK, .x-item-condition-max-view`)) {
      continue;
    }
    const text = visible(span);
    if (text) return text.replace(/[:：]\s*$/, '').slice(0, 200);
  }
  return visible(el)
    .replace(/^condition:?\s*/i, '')
    .slice(0, 200);
}

/** The first line of the buy box's shipping row ("Free Standard Shipping. See details"). */
function shippingLine(doc: Document): string {
  const el = querySelectorFirst(doc, productSelectors.shipping);
  if (!el) return '';
  const first = Array.from(el.children).find((c) => visible(c) !== '');
  return visible(first ?? el);
}

function readSpecifics(doc: Document): { brand?: string; gtin?: string; badGtin?: string } {
  const out: { brand?: string; gtin?: string; badGtin?: string } = {};
  const rows = doc.querySelectorAll(productSelectors.specificsRow.join(','));
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (closest(row, productSelectors.notSpecifics)) continue;
    const field = specificField(visible(querySelectorFirst(row, productSelectors.specificsLabel)));
    if (!field) continue;
    const value = visible(querySelectorFirst(row, productSelectors.specificsValue))
      .replace(/\s*(?:read more|read less|see all)$/i, '')
      .trim();
    if (!value || isNoValue(value)) continue;
    if (field === 'brand') out.brand ??= value.slice(0, 2_000);
    else if (!out.gtin) {
      const gtin = gtinOf(value);
      if (gtin) out.gtin = gtin;
      else out.badGtin ??= value.slice(0, 40);
    }
  }
  return out;
}

export const parseEbayProductPage: MarketParser = {
  id: 'ebay/product',
  version: 1,
  parse(doc, ctx) {
    const warnings: string[] = [];
    const site = ebaySite(ctx.url);
    const item = ebayItemIdFromUrl(ctx.url);
    if (!site || !item) throw new LayoutChangedError('ebay/product: no item id in the URL');
    const titleEl = firstWithText(doc, productSelectors.title);
    const priceEl = buyBoxPrice(doc);
    if (!titleEl && !priceEl) {
      throw new LayoutChangedError(
        'ebay/product: neither the title (h1.x-item-title__mainTitle) nor a price (.x-price-primary) was found — the page layout may have changed',
      );
    }
    const listing: ListingSnapshot = {
      productKey: item,
      url: new URL(`/itm/${item}`, ctx.url.origin).href,
    };
    const title = stripDetailsAbout(visible(titleEl));
    if (title) listing.title = title.slice(0, 2_000);
    else warnings.push('item title not found');

    const price = readPrice(priceEl, site, warnings);
    listing.price = price;

    const seller = readSeller(doc);
    const condition = readCondition(doc);
    const line = shippingLine(doc);
    const shipping = line
      ? readEbayShipping(line, site, price?.currency ?? site.currency)
      : undefined;
    if (shipping === null) warnings.push(`unreadable shipping "${line.slice(0, 80)}"`);

    const featuredOffer: FeaturedOffer = { price, ...seller };
    if (shipping !== undefined) featuredOffer.shipping = shipping;
    if (condition) featuredOffer.condition = condition;
    listing.featuredOffer = featuredOffer;

    const offers: OfferSnapshot[] = [];
    if (seller.sellerName) {
      const offer: OfferSnapshot = {
        productKey: item,
        sellerName: seller.sellerName,
        price,
        landedPrice: addMoney(price, shipping),
        isFeatured: true,
      };
      if (seller.sellerId) offer.sellerId = seller.sellerId;
      if (shipping !== undefined) offer.shipping = shipping;
      if (condition) offer.condition = condition;
      offers.push(offer);
    } else {
      warnings.push('seller not found');
    }

    // Product ratings are shown only for items matched to eBay's catalogue.
    const ratingEl = firstWithText(doc, productSelectors.rating);
    if (ratingEl) {
      const rating = parseRating(visible(ratingEl));
      if (rating === null) warnings.push(`unreadable product rating "${visible(ratingEl)}"`);
      else listing.rating = rating;
      const countEl = firstWithText(doc, productSelectors.ratingCount);
      if (countEl) listing.ratingCount = parseCount(visible(countEl));
    }

    const specifics = readSpecifics(doc);
    if (specifics.brand) listing.brand = specifics.brand;
    if (specifics.gtin) listing.gtin = specifics.gtin;
    else if (specifics.badGtin) warnings.push(`not a valid GTIN: "${specifics.badGtin}"`);

    return {
      listings: [listing],
      offers,
      ...(warnings.length ? { warnings: warnings.slice(0, 500) } : {}),
    };
  },
};
