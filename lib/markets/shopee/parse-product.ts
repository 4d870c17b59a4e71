/**
 * Shopee's public product page (`shopee.<tld>/<slug>-i.<shop id>.<item id>`, `/product/<shop id>/<item
 * id>`): one listing and the reviews the page shows (parse-reviews.ts). It is someone's product as a
 * buyer sees it, the seller's own or a competitor's: never `own`.
 *
 *  - productKey: `<region>.<item id>` (`sg.23456789012`), the key Seller Centre's My Products gives the
 *    same product (parse-inventory.ts), so the seller's row and its public page join; the region is the
 *    storefront's (shopee.co.id → id), the item and shop ids are the URL's.
 *  - title: the product briefing's h1, else the page's schema.org Product name.
 *  - price: the current price in the region's currency, read from the briefing's price region (its
 *    hidden heading "Price Section"): the lowest amount it shows, because beside the price it shows
 *    only the struck original price, which is higher, and a discount in percent. A product whose
 *    variations are priced differently shows a range ("₫150.000 - ₫200.000"): its lowest price, with a
 *    note, as Seller Centre's list. Without a price region, the schema.org offer's price, with a note.
 *    A price shown but unreadable is null plus a warning, never 0.
 *  - seller: the shop (`featuredOffer`): its name from the shop section, its id from the URL.
 *  - rating: the average over the review list ("4.6 out of 5"), else the schema.org aggregate rating;
 *    ratingCount from the schema.org data only (the page abbreviates counts: "1,2k").
 *
 * Shopee renders the page after it loads, and changes it without a page load when the buyer opens
 * another product: the schema.org data of another item than the URL's is left over from the previous
 * product and is not used. Reviews load when their section scrolls into view: a page without them yet
 * is a listing and a warning. A page with neither the briefing, its title, a price region nor the
 * review section, or whose review cards all fail to read, is a layout we no longer understand:
 * LayoutChangedError (parser-health alert).
 */
import type { ListingSnapshot, Money } from '../../schemas/snapshot';
import { parseMoney, parseMoneyRange, type MoneyOptions } from '../../money';
import { LayoutChangedError, type MarketParser } from '../types';
import { closest, firstWithText, querySelectorFirst, textOf } from '../dom';
import { jsonField, jsonLdProduct, type Json } from '../json-ld';
import { shopeeProductFromUrl, shopeeProductKey, type ShopeeProductUrl } from './match';
import { readShopeeReviews } from './parse-reviews';
import { productSelectors as sel, reviewSelectors } from './selectors';
import { assertReviewsRead } from '../review-cards';

/** The page's schema.org Product when it is this item's (not the previous product's), else null. */
function productData(doc: Document, itemId: string, warnings: string[]): Json | null {
  const ld = jsonLdProduct(doc);
  if (!ld) return null;
  const id = jsonField(ld, 'productID') ?? jsonField(ld, 'sku');
  const url = jsonField(ld, 'url');
  const named =
    (typeof id === 'string' || typeof id === 'number') && String(id) !== ''
      ? String(id) === itemId
      : typeof url === 'string'
        ? new RegExp(`[./]${itemId}(?:[/?#]|$)`).test(url)
        : true;
  if (named) return ld;
  warnings.push('the page data names another product (left from the previous page): not used');
  return null;
}

/** A part of the briefing named by its hidden heading, else the first match of `fallback`. */
function namedSection(doc: Document, heading: RegExp, fallback: string): Element | null {
  const hs = doc.querySelectorAll(sel.sectionHeading);
  for (let i = 0; i < hs.length; i++) {
    if (heading.test(textOf(hs[i]!))) return closest(hs[i]!, 'section') ?? hs[i]!.parentElement;
  }
  return doc.querySelector(fallback);
}

/** Elements of `root` with text of their own and no child element holding text: the page's values. */
function valueTexts(root: Element, skip: string): string[] {
  const out: string[] = [];
  const els = root.querySelectorAll('*');
  for (let i = 0; i < els.length; i++) {
    const el = els[i]!;
    if (closest(el, skip)) continue;
    const text = textOf(el);
    if (!text) continue;
    if (Array.from(el.children).some((c) => textOf(c) !== '')) continue;
    out.push(text);
  }
  return out;
}

interface PriceReading {
  price: Money | null;
  /** The region showed a price at all (else the page data stands in). */
  shown: boolean;
}

function readShownPrice(region: Element, money: MoneyOptions, warnings: string[]): PriceReading {
  const texts = valueTexts(region, sel.sectionHeading).filter(
    (t) => /\d/.test(t) && !t.includes('%'),
  );
  if (texts.length === 0) return { price: null, shown: false };
  let lowest: { min: Money; max: Money | null; text: string } | null = null;
  for (const text of texts) {
    const r = parseMoneyRange(text, money);
    if (!r.min) continue;
    if (!lowest || r.min.amount < lowest.min.amount) lowest = { min: r.min, max: r.max, text };
  }
  if (!lowest) {
    warnings.push(`unreadable price "${texts[0]!.slice(0, 80)}"`);
    return { price: null, shown: true };
  }
  if (lowest.max && lowest.max.amount > lowest.min.amount) {
    warnings.push(
      `price range "${lowest.text.slice(0, 80)}": the variations' lowest price, ${lowest.min.amount}`,
    );
  }
  return { price: lowest.min, shown: true };
}

/** The schema.org offer's price ("price", or "lowPrice" of an AggregateOffer) in the region's currency. */
function dataPrice(ld: Json | null, money: MoneyOptions): { price: Money; range: boolean } | null {
  const offers = jsonField(ld, 'offers');
  const currency = jsonField(offers, 'priceCurrency');
  if (currency !== money.currencyHint) return null;
  const low = jsonField(offers, 'lowPrice') ?? jsonField(offers, 'price');
  const high = jsonField(offers, 'highPrice');
  const r = parseMoney(`${String(low ?? '')}`, {
    currencyHint: money.currencyHint,
    locale: 'en-US',
  });
  if (!r.money) return null;
  return { price: r.money, range: high !== undefined && Number(high) > r.money.amount };
}

function readPrice(
  doc: Document,
  page: ShopeeProductUrl,
  ld: Json | null,
  warnings: string[],
): { price: Money | null; region: Element | null } {
  const money: MoneyOptions = { currencyHint: page.region.currency, locale: page.region.locale };
  const region = namedSection(doc, sel.priceHeading, sel.priceRegion);
  const shown = region ? readShownPrice(region, money, warnings) : { price: null, shown: false };
  const data = dataPrice(ld, money);
  if (shown.price) {
    if (data && !data.range && Math.abs(data.price.amount - shown.price.amount) >= 0.005) {
      warnings.push(
        `the page data says ${data.price.amount} but the page shows ${shown.price.amount}: the shown price is used`,
      );
    }
    return { price: shown.price, region };
  }
  if (!shown.shown && data) {
    warnings.push(
      `no price shown yet: the page data's ${data.range ? 'lowest price' : 'price'}, ${data.price.amount}`,
    );
    return { price: data.price, region };
  }
  if (!shown.shown) warnings.push(region ? 'price not shown yet' : 'no price on the page');
  return { price: null, region };
}

/** The shop's name: the first value of the shop section that is no link, button, label or heading. */
function shopName(doc: Document, ld: Json | null): string {
  const section = namedSection(doc, sel.shopHeading, sel.shop);
  const fromPage = section ? valueTexts(section, 'h2, a, button, label')[0] : undefined;
  if (fromPage) return fromPage;
  const seller = jsonField(jsonField(jsonField(ld, 'offers'), 'seller'), 'name');
  return typeof seller === 'string' ? seller.trim() : '';
}

function readRating(doc: Document, ld: Json | null): { rating?: number; count?: number } {
  const out: { rating?: number; count?: number } = {};
  const agg = jsonField(ld, 'aggregateRating');
  const shown = textOf(doc.querySelector(sel.overviewScore)).replace(',', '.');
  const value = /^\d(?:\.\d{1,2})?$/.test(shown)
    ? Number(shown)
    : Number(jsonField(agg, 'ratingValue'));
  if (Number.isFinite(value) && value > 0 && value <= 5) out.rating = Math.round(value * 100) / 100;
  const count = Number(jsonField(agg, 'ratingCount') ?? jsonField(agg, 'reviewCount'));
  if (Number.isSafeInteger(count) && count >= 0) out.count = count;
  return out;
}

export const parseShopeeProductPage: MarketParser = {
  id: 'shopee/product',
  version: 1,
  parse(doc, ctx) {
    const warnings: string[] = [];
    const page = shopeeProductFromUrl(ctx.url);
    if (!page) throw new LayoutChangedError('shopee/product: not a product URL');
    const productKey = shopeeProductKey(page.region, page.itemId);
    const ld = productData(doc, page.itemId, warnings);
    const briefing = querySelectorFirst(doc, sel.briefing);
    const section = querySelectorFirst(doc, reviewSelectors.section);
    const title =
      textOf(firstWithText(doc, sel.title)) ||
      (typeof jsonField(ld, 'name') === 'string' ? String(jsonField(ld, 'name')).trim() : '');
    const { price, region } = readPrice(doc, page, ld, warnings);
    if (!briefing && !title && !region && !section) {
      throw new LayoutChangedError(
        'shopee/product: neither the product briefing (section.product-briefing, its h1, the "Price Section") nor the review section (.product-ratings) was found — the page layout may have changed',
      );
    }
    if (!title) warnings.push('product title not found');

    const listing: ListingSnapshot = {
      productKey,
      url: `https://${page.region.storefront}/product/${page.shopId}/${page.itemId}`,
      price,
    };
    if (title) listing.title = title.slice(0, 2_000);
    const seller = shopName(doc, ld).slice(0, 2_000);
    listing.featuredOffer = seller
      ? { price, sellerName: seller, sellerId: page.shopId }
      : { price, sellerId: page.shopId };
    const { rating, count } = readRating(doc, ld);
    if (rating !== undefined) listing.rating = rating;
    if (count !== undefined) listing.ratingCount = count;

    const { reviews, cards } = readShopeeReviews(doc, productKey, warnings);
    assertReviewsRead('shopee/product', { cards, reviews });
    if (cards === 0) {
      warnings.push(
        section
          ? 'no reviews rendered yet (Shopee loads them when the section scrolls into view)'
          : 'no review section on the page yet',
      );
    }
    return {
      listings: [listing],
      reviews,
      ...(warnings.length ? { warnings: warnings.slice(0, 500) } : {}),
    };
  },
};
