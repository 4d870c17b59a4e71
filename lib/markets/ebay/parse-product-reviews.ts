/**
 * A catalogue product's review page (`/urw/<slug>/product-reviews/<epid>`): every review the page
 * shows (product-reviews.ts), kept under the item the page was opened from.
 *
 * These reviews belong to the catalogue product (ePID), not to an item, and an ePID is no listing:
 * Seller Radar's listings are items (the item page and Seller Hub key them by item id), and a listing
 * keyed by ePID would join nothing and show in no seller's list. So the page is read only when its URL
 * names the item it was opened from (`?_itm=<itemId>`, which an item page's "See all reviews" link
 * adds): the reviews are then the reviews that item page shows, kept under that item with the same ids
 * (a review read on both pages is stored once). Without `_itm` nothing is read, with a warning.
 *
 * A page whose review cards all fail to read, or with neither cards nor a review list, is a layout we
 * no longer understand (LayoutChangedError → parser-health).
 */
import { LayoutChangedError, type MarketParser, type ParseContext } from '../types';
import { querySelectorFirst } from '../dom';
import { ebayProductReviewsFromUrl, ebaySite } from './match';
import { readCatalogReviews } from './product-reviews';
import { catalogReviewSelectors } from './selectors';
import { assertReviewsRead } from '../review-cards';

export function parseProductReviewsPage(
  doc: Document,
  ctx: ParseContext,
): ReturnType<MarketParser['parse']> {
  const page = ebayProductReviewsFromUrl(ctx.url);
  const site = ebaySite(ctx.url);
  if (!page || !site) throw new LayoutChangedError('ebay/reviews: no catalogue product in the URL');
  if (!page.item) {
    return {
      reviews: [],
      warnings: [
        `the reviews of catalogue product ${page.epid} name no item (no _itm= in the address): not kept, they would join no listing`,
      ],
    };
  }
  const warnings: string[] = [];
  const read = readCatalogReviews(doc, page.item, site.locale, warnings);
  assertReviewsRead('ebay/reviews', read);
  if (read.cards === 0) {
    if (!querySelectorFirst(doc, catalogReviewSelectors.section)) {
      throw new LayoutChangedError(
        'ebay/reviews: no review list (div.ebay-review-section) on the page — the page layout may have changed',
      );
    }
    warnings.push('no reviews on the page');
  }
  if (read.unreadable > 0 && read.reviews.length > 0) {
    warnings.push(`${read.unreadable} review card(s) with neither text nor stars left out`);
  }
  return {
    reviews: read.reviews,
    ...(warnings.length ? { warnings: warnings.slice(0, 500) } : {}),
  };
}
