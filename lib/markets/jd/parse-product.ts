/**
 * JD item pages (`item.jd.com/<sku>.html`): one listing (SKU id, title, the displayed price in CNY, the
 * shop as the seller) and the reviews the page's review section shows (parse-reviews.ts).
 *
 * The classic page fills its price by XHR after the page: an empty price element is a price not loaded
 * yet, null plus a warning (never 0), and the re-read on mutation picks it up. Reviews arrive the same
 * way: a page without them yet is a listing and a warning, not a failure. A page on which neither the
 * title, a price element nor a review section can be found, or whose review cards all fail to read,
 * is a layout we no longer understand: the parser throws and parseDocument reports `failed`
 * (parser-health alert).
 */
import type { ListingSnapshot } from '../../schemas/snapshot';
import { parseMoney } from '../../money';
import { LayoutChangedError, type MarketParser } from '../types';
import { attr, firstWithText, querySelectorFirst, textOf } from '../dom';
import { jdSkuFromUrl } from './match';
import { readJdReviews } from './parse-reviews';
import { productSelectors, reviewSectionSelectors } from './selectors';
import { assertReviewsRead } from '../review-cards';

function shopName(doc: Document): string {
  const el = firstWithText(doc, productSelectors.shop);
  // The classic link carries the full name in its title when the text is cut ("…旗舰店").
  return (attr(el, 'title') || textOf(el)).slice(0, 2_000);
}

export const parseJdProductPage: MarketParser = {
  id: 'jd/product',
  version: 1,
  parse(doc, ctx) {
    const warnings: string[] = [];
    const sku = jdSkuFromUrl(ctx.url);
    if (!sku) throw new LayoutChangedError('jd/product: no SKU id in the URL');
    const title = textOf(firstWithText(doc, productSelectors.title)).slice(0, 2_000);
    const priceEl = querySelectorFirst(doc, productSelectors.price);
    const section = querySelectorFirst(doc, reviewSectionSelectors);
    if (!title && !priceEl && !section) {
      throw new LayoutChangedError(
        'jd/product: neither the title (.sku-name, .sku-title-name), a price element nor the review section was found — the page layout may have changed',
      );
    }
    if (!title) warnings.push('product title not found');

    let price: ListingSnapshot['price'] = null;
    const priceText = textOf(priceEl);
    if (!priceEl) warnings.push('no price element found on the page');
    else if (!priceText) warnings.push('price not loaded yet (the price element is empty)');
    else {
      const r = parseMoney(priceText, { currencyHint: 'CNY', locale: 'zh-CN' });
      price = r.money;
      if (r.warning) warnings.push(`price: ${r.warning}`);
      else if (!price) warnings.push(`unreadable price "${priceText.slice(0, 80)}"`);
    }

    const listing: ListingSnapshot = {
      productKey: sku,
      url: new URL(`/${sku}.html`, ctx.url.origin).href,
      price,
    };
    if (title) listing.title = title;
    const seller = shopName(doc);
    listing.featuredOffer = seller ? { price, sellerName: seller } : { price };

    const { reviews, cards } = readJdReviews(doc, sku, ctx.capturedAt, warnings);
    assertReviewsRead('jd/product', { cards, reviews });
    if (cards === 0) {
      warnings.push(
        section
          ? 'no reviews rendered yet (JD loads them after the page)'
          : 'no review section on the page',
      );
    }
    return {
      listings: [listing],
      reviews,
      ...(warnings.length ? { warnings: warnings.slice(0, 500) } : {}),
    };
  },
};
