/**
 * eBay item pages (`/itm/<itemId>`, `/itm/<slug>/<itemId>`): one listing (item id, title, the price in
 * the listing's own currency, the seller as the featured offer with the shipping and condition the
 * buy box shows, product rating and count when the item is a catalogue product with ratings, brand and
 * GTIN from the item specifics), the seller's offer as the one offer the page shows, and the reviews
 * the page shows about the item (readItemReviews: catalogue reviews and seller feedback).
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
import type {
  FeaturedOffer,
  ListingSnapshot,
  Money,
  OfferSnapshot,
  ReviewSnapshot,
} from '../../schemas/snapshot';
import { addMoney } from '../../money';
import { LayoutChangedError, type MarketParser } from '../types';
import { attr, closest, firstWithText, hrefParam, querySelectorFirst, textOf } from '../dom';
import { parseCount, parseRating } from '../amazon/text';
import { ebayItemIdFromUrl, ebaySite, type EbaySite } from './match';
import { feedbackCards, inThisItemPanel, readFeedback } from './feedback';
import { readCatalogReviews } from './product-reviews';
import { CLIPPED, productSelectors } from './selectors';
import {
  ebayMoney,
  gtinOf,
  isNoValue,
  readEbayShipping,
  specificField,
  stripDetailsAbout,
} from './text';
import { assertReviewsRead } from '../review-cards';

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

/**
 * The reviews the item page shows about this item: the catalogue product's reviews (product-reviews.ts)
 * and the seller feedback about this item (feedback.ts: the "This item" panel, and entries of the "All
 * items" panel that name this item; feedback about the seller's other items is left out, counted: the
 * seller's Feedback profile keeps each under its own item). Cards found but none read is a layout we
 * no longer understand, as on JD.
 */
function readItemReviews(
  doc: Document,
  item: string,
  site: EbaySite,
  warnings: string[],
): ReviewSnapshot[] {
  const catalog = readCatalogReviews(doc, item, site.locale, warnings);
  assertReviewsRead('ebay/product', catalog, { cards: 'product review cards' });
  const cards = feedbackCards(doc);
  const feedback = readFeedback(
    cards,
    (card, named) => (named === item || (named === null && inThisItemPanel(card)) ? item : null),
    warnings,
  );
  if (cards.length > 0 && feedback.reviews.length === 0 && feedback.unreadable > 0) {
    throw new LayoutChangedError(
      `ebay/product: ${cards.length} seller feedback entries on the page but none could be read (no comment, no rating) — the feedback layout may have changed`,
    );
  }
  const elsewhere = feedback.otherItem + feedback.noItem;
  if (elsewhere > 0) {
    warnings.push(
      `${elsewhere} seller feedback entr${elsewhere === 1 ? 'y' : 'ies'} about other items left out (the seller's Feedback profile reads them)`,
    );
  }
  if (feedback.notBuyers > 0) {
    warnings.push(
      `${feedback.notBuyers} automated or seller-left feedback entr${feedback.notBuyers === 1 ? 'y' : 'ies'} left out`,
    );
  }
  return [...catalog.reviews, ...feedback.reviews];
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

    const reviews = readItemReviews(doc, item, site, warnings);

    return {
      listings: [listing],
      offers,
      ...(reviews.length ? { reviews } : {}),
      ...(warnings.length ? { warnings: warnings.slice(0, 500) } : {}),
    };
  },
};
