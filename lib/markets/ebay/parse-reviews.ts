/**
 * eBay's public review pages (`reviews`), one parser for both: a member's Feedback profile
 * (parse-feedback.ts) and a catalogue product's review page (parse-product-reviews.ts), told apart
 * by their address (match.ts).
 */
import { LayoutChangedError, type MarketParser } from '../types';
import { ebayFeedbackUserFromUrl, ebayProductReviewsFromUrl } from './match';
import { parseFeedbackProfile } from './parse-feedback';
import { parseProductReviewsPage } from './parse-product-reviews';

export const parseEbayReviewsPage: MarketParser = {
  id: 'ebay/reviews',
  version: 1,
  parse(doc, ctx) {
    if (ebayFeedbackUserFromUrl(ctx.url)) return parseFeedbackProfile(doc, ctx);
    if (ebayProductReviewsFromUrl(ctx.url)) return parseProductReviewsPage(doc, ctx);
    throw new LayoutChangedError(
      'ebay/reviews: neither a Feedback profile nor a product review page',
    );
  },
};
