/**
 * Reviews as Seller Central shows them: Brand Customer Reviews (`/brand-customer-reviews/`), cards
 * `.reviewContainer[data-testid^="review-"]` whose test id carries the review id, stars in
 * `kat-star-rating[value]`. Voice of the Customer (`/voice-of-the-customer/`) routes here too; it lists
 * customer comments per product and yields reviews only where it renders the same cards.
 * Each card names its product (`.reviewProductTitle` beside the ASIN link): one listing row per ASIN
 * with that title and its product-page link, and no price (the page shows none, so a known price
 * stands), so the Reviews view and the alerts name "Voltkern 4-Channel 5V Relay Module", not
 * B0D4KX7TQ2 (QA pass).
 */
import type { ListingSnapshot, ReviewSnapshot } from '../../schemas/snapshot';
import type { MarketParser } from '../types';
import { attr, querySelectorFirst, textOf } from '../dom';
import { amazonHost } from './match';
import { asinIn } from './parse-inventory';
import { backOfficeReviewSelectors as sel } from './selectors';
import { parseRating, parseReviewDate } from './text';

export const parseBackOfficeReviewsPage: MarketParser = {
  id: 'amazon/back-office-reviews',
  version: 3,
  parse(doc, ctx) {
    const warnings: string[] = [];
    // sellercentral.amazon.com writes numeric dates month first; the EU/JP hosts day first.
    const locale = amazonHost(ctx.url.hostname)?.site?.locale;
    const reviews: ReviewSnapshot[] = [];
    const products = new Map<string, ListingSnapshot>();
    const seen = new Set<string>();
    const cards = doc.querySelectorAll(sel.card.join(','));
    for (let i = 0; i < cards.length; i++) {
      const card = cards[i]!;
      const id = attr(card, 'data-testid').replace(/^review-/, '');
      if (!id || seen.has(id)) continue;
      seen.add(id);
      const asinEl = querySelectorFirst(card, sel.asin);
      const asin =
        /([A-Z0-9]{10})/.exec(
          attr(asinEl, 'href').replace(/.*\/dp\//, '') ||
            textOf(asinEl).replace(/^ASIN[:：]?\s*/i, ''),
        )?.[1] ?? asinIn(card);
      if (!asin) {
        warnings.push(`review ${id}: no ASIN`);
        continue;
      }
      if (!products.has(asin)) {
        const title = textOf(querySelectorFirst(card, sel.productTitle)).slice(0, 2_000);
        // The product page the ASIN links to, on the Amazon store it names (never another site).
        const url = /^https:\/\/www\.amazon\.[a-z.]{2,12}\/dp\/[A-Z0-9]{10}/.exec(
          attr(asinEl, 'href'),
        )?.[0];
        if (title) products.set(asin, { productKey: asin, title, ...(url ? { url } : {}) });
      }
      const starsEl = querySelectorFirst(card, sel.stars);
      const rating = parseRating(attr(starsEl, 'value'));
      if (rating === null) warnings.push(`review ${id}: unreadable star rating`);
      const dateText = textOf(querySelectorFirst(card, sel.date));
      const date = dateText ? parseReviewDate(dateText, locale) : null;
      if (dateText && !date)
        warnings.push(`review ${id}: unreadable date "${dateText.slice(0, 80)}"`);
      const review: ReviewSnapshot = {
        id: id.slice(0, 200),
        productKey: asin,
        rating,
        title: textOf(querySelectorFirst(card, sel.title)).slice(0, 2_000),
        body: textOf(querySelectorFirst(card, sel.body), { lines: true }).slice(0, 100_000),
        date,
        dateText: dateText.slice(0, 2_000),
        verified: querySelectorFirst(card, sel.verified) !== null,
      };
      const author = textOf(querySelectorFirst(card, sel.author));
      if (author) review.author = author.slice(0, 2_000);
      reviews.push(review);
    }
    if (reviews.length === 0) warnings.push('no review cards found on the page');
    const listings = [...products.values()];
    return {
      ...(listings.length ? { listings } : {}),
      reviews,
      ...(warnings.length ? { warnings } : {}),
    };
  },
};
