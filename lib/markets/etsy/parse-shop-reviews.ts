/**
 * The shop reviews page (`www.etsy.com/shop/<ShopName>/reviews`): every review the page shows, each
 * under the listing it names (the listing id in its item link, `[data-region="listing"]
 * a[href*="/listing/<id>"]`). No listing rows: the page names the items but shows none of their
 * prices, and a public page reports at most one listing (the background refuses more); each review's
 * listing is created from its listing id. A review whose item link is missing (an item no longer
 * sold) is left out with a warning: there is no listing to keep it under.
 */
import { LayoutChangedError, type MarketParser } from '../types';
import { attr, querySelectorFirst } from '../dom';
import { etsyShopFromReviewsUrl } from './match';
import { cardItemListingId, cardItemTitle, readCards, reviewCards } from './parse-reviews';
import { reviewSelectors } from './selectors';

export const parseEtsyShopReviewsPage: MarketParser = {
  id: 'etsy/reviews',
  version: 1,
  parse(doc, ctx) {
    const warnings: string[] = [];
    if (!etsyShopFromReviewsUrl(ctx.url)) {
      throw new LayoutChangedError('etsy/reviews: no shop name in the URL');
    }
    const locale = attr(doc.documentElement, 'lang') || undefined;
    const cards = reviewCards(doc);
    const {
      reviews,
      leftOut: noItem,
      unreadable,
    } = readCards(cards, cardItemListingId, locale, warnings, cardItemTitle);
    if (cards.length > 0 && reviews.length === 0 && unreadable > 0) {
      throw new LayoutChangedError(
        `etsy/reviews: ${cards.length} review cards on the page but none could be read — the review layout may have changed`,
      );
    }
    if (cards.length === 0) {
      if (
        !querySelectorFirst(doc, [
          '#reviews',
          '[data-region="reviews"]',
          ...reviewSelectors.section,
        ])
      ) {
        throw new LayoutChangedError(
          'etsy/reviews: no review list (li[data-region="review"], [data-review-region]) on the page — the page layout may have changed',
        );
      }
      warnings.push('no reviews on the page');
    }
    if (noItem > 0) warnings.push(`${noItem} review(s) naming no listing left out`);
    if (unreadable > 0)
      warnings.push(`${unreadable} review card(s) with neither text nor stars left out`);
    return { reviews, ...(warnings.length ? { warnings: warnings.slice(0, 500) } : {}) };
  },
};
