/**
 * Etsy listing pages (`www.etsy.com/listing/<id>/<slug>`, also under a locale prefix): one listing
 * (listing id, title, the price in the buy box, the shop as the seller) and the reviews the page shows
 * about this listing (parse-reviews.ts).
 *
 * The price is the current price of the buy box: on a sale, the sale price, never the struck original
 * price; nothing outside the buy box's price region is read (the "more from this shop" and "you may
 * also like" carousels, the Klarna instalments and the shipping line carry prices too). Etsy shows
 * prices in the buyer's currency, whatever the shop's: the currency is read from the price text ("£",
 * "€", "CA$", "AU$"), and a bare "$" from the currency the page says it shows (the footer's
 * "… | $ (USD)", else the page's JSON-LD offer). A listing with variations shows its lowest price with
 * a "+" ("$24.00+"): that lowest price is the price. An unreadable price is null plus a warning.
 *
 * A page on which neither the title, the price region nor a review section can be found, or whose
 * review cards all fail to read, is a layout we no longer understand: LayoutChangedError
 * (parser-health alert).
 */
import type { ListingSnapshot } from '../../schemas/snapshot';
import { parseMoney } from '../../money';
import { LayoutChangedError, type MarketParser } from '../types';
import { attr, closest, firstWithText, querySelectorFirst, textOf } from '../dom';
import { etsyListingIdFromUrl } from './match';
import { readListingPageReviews } from './parse-reviews';
import { productSelectors as sel, reviewSelectors } from './selectors';
import { currencyFromLocaleText, starsFromLabel } from './text';
import { jsonField as field, jsonLdProduct, type Json } from '../json-ld';
import { assertReviewsRead } from '../review-cards';

const ORIGINAL_LABEL =
  /original|was|regular|ursprünglich|statt|prix d.origine|precio original|prezzo originale|oorspronkelijk/i;

/** The currency the page shows prices in: the footer's locale button, else the JSON-LD offer's. */
export function pageCurrency(doc: ParentNode, product: Json | null): string | undefined {
  for (const s of sel.localeButton) {
    const els = doc.querySelectorAll(s);
    for (let i = 0; i < els.length; i++) {
      const code = currencyFromLocaleText(textOf(els[i]));
      if (code) return code;
    }
  }
  const code = field(field(product, 'offers'), 'priceCurrency');
  return typeof code === 'string' && /^[A-Z]{3}$/.test(code) ? code : undefined;
}

/** The text of a price line without its screen-reader label ("Sale Price:"). */
function priceText(el: Element): string {
  const visible = textOf(el, { exclude: sel.srLabel });
  if (/\d/.test(visible)) return visible;
  return textOf(el).replace(/^[^:\d]{1,40}:\s*/, '');
}

/** The current price line of the buy box: the first that is not the struck original price. */
function currentPriceLine(region: Element): string | null {
  for (const s of sel.priceLines) {
    const els = region.querySelectorAll(s);
    for (let i = 0; i < els.length; i++) {
      const el = els[i]!;
      if (closest(el, sel.wasPrice) || el.querySelector(sel.wasPrice)) continue;
      if (ORIGINAL_LABEL.test(textOf(el.querySelector(sel.srLabel)))) continue;
      const text = priceText(el);
      if (/\d/.test(text)) return text;
    }
  }
  return null;
}

function shop(doc: ParentNode, product: Json | null): string {
  for (const s of sel.shopLink) {
    const link = doc.querySelector(s);
    if (!link) continue;
    const slug = /\/shop\/([A-Za-z0-9_-]{1,100})/.exec(attr(link, 'href'))?.[1] ?? '';
    const name = textOf(link) || slug;
    if (name) return name;
  }
  const brand = field(field(product, 'brand'), 'name');
  return typeof brand === 'string' ? brand.trim() : '';
}

export const parseEtsyProductPage: MarketParser = {
  id: 'etsy/product',
  version: 1,
  parse(doc, ctx) {
    const warnings: string[] = [];
    const listingId = etsyListingIdFromUrl(ctx.url);
    if (!listingId) throw new LayoutChangedError('etsy/product: no listing id in the URL');
    const product = jsonLdProduct(doc);
    const title = textOf(firstWithText(doc, sel.title)).slice(0, 2_000);
    const region = querySelectorFirst(doc, sel.priceRegion);
    const section = querySelectorFirst(doc, reviewSelectors.section);
    if (!title && !region && !section) {
      throw new LayoutChangedError(
        'etsy/product: neither the title (h1[data-buy-box-listing-title]), the price region ([data-buy-box-region="price"]) nor the reviews were found — the page layout may have changed',
      );
    }
    if (!title) warnings.push('listing title not found');
    const locale = attr(doc.documentElement, 'lang') || undefined;

    let price: ListingSnapshot['price'] = null;
    const text = region ? currentPriceLine(region) : null;
    if (!region) warnings.push('no price region in the buy box');
    else if (!text) warnings.push('no price shown in the buy box');
    else {
      const r = parseMoney(text, { currencyHint: pageCurrency(doc, product), locale });
      price = r.money;
      // Etsy has no market currency: a price in the buyer's currency is what the page shows.
      const warning = r.warning
        ?.split('; ')
        .filter((w) => !/on a market priced in/.test(w))
        .join('; ');
      if (warning) warnings.push(`price: ${warning}`);
      else if (!price) warnings.push(`unreadable price "${text.slice(0, 80)}"`);
    }

    const listing: ListingSnapshot = {
      productKey: listingId,
      url: new URL(`/listing/${listingId}`, ctx.url.origin).href,
      price,
    };
    if (title) listing.title = title;
    const seller = shop(doc, product).slice(0, 2_000);
    listing.featuredOffer = seller ? { price, sellerName: seller } : { price };
    const agg = field(product, 'aggregateRating');
    const rating = starsFromLabel(String(field(agg, 'ratingValue') ?? ''));
    const count = Number(field(agg, 'reviewCount') ?? field(agg, 'ratingCount'));
    if (rating !== null) listing.rating = rating;
    if (Number.isInteger(count) && count >= 0) listing.ratingCount = count;

    const { reviews, cards, skipped } = readListingPageReviews(doc, listingId, locale, warnings);
    assertReviewsRead('etsy/product', { cards, reviews });
    if (skipped > 0) {
      warnings.push(
        `${skipped} shop review(s) not about this listing (another item, or no item named) left out: the shop's reviews page reads them`,
      );
    }
    return {
      listings: [listing],
      reviews,
      ...(warnings.length ? { warnings: warnings.slice(0, 500) } : {}),
    };
  },
};
