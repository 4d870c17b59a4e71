/**
 * Walmart reviews, from the page's `__NEXT_DATA__` (next-data.ts): the product page carries its first
 * reviews in `data.reviews`, the reviews page (`/reviews/product/<usItemId>`) one page of them and the
 * product's name and rating.
 *
 * Each review: id = `reviewId` (Walmart's own, stable), stars = `rating`, title = `reviewTitle`, text =
 * `reviewText`, date = `reviewSubmissionTime` read as US month/day/year (text.ts), author =
 * `userNickname`, verified = the "VerifiedPurchaser" badge, helpful votes = `positiveFeedback`.
 * A review without an id is skipped with a warning; an unreadable star rating or date is null with a
 * warning. Syndicated reviews ("[This review was collected as part of a promotion.]") are kept as
 * Walmart shows them.
 */
import type { ListingSnapshot, ReviewSnapshot } from '../../schemas/snapshot';
import { LayoutChangedError, type MarketParser } from '../types';
import { firstWithText, textOf } from '../dom';
import { readNextData, type NextReview, type NextReviews } from './next-data';
import { walmartItemFromReviewsUrl } from './match';
import { productSelectors } from './selectors';
import { parseWalmartDate } from './text';

const VERIFIED = /^VerifiedPurchaser$/i;

function isVerified(r: NextReview): boolean {
  return (r.badges ?? []).some(
    (b) => VERIFIED.test(b.id ?? '') || VERIFIED.test(b.glassBadge?.id ?? ''),
  );
}

/** The reviews of one `data.reviews` block, as snapshots of `productKey`. */
export function readWalmartReviews(
  block: NextReviews,
  productKey: string,
  warnings: string[],
): ReviewSnapshot[] {
  const out: ReviewSnapshot[] = [];
  const seen = new Set<string>();
  block.customerReviews.forEach((r, i) => {
    if (!r || !r.reviewId) {
      warnings.push(`review ${i + 1}: no review id`);
      return;
    }
    const id = r.reviewId;
    if (seen.has(id)) return;
    seen.add(id);
    const rating = typeof r.rating === 'number' && r.rating >= 0 && r.rating <= 5 ? r.rating : null;
    if (rating === null) warnings.push(`review ${id}: unreadable star rating`);
    const dateText = (r.reviewSubmissionTime ?? '').trim();
    const date = dateText ? parseWalmartDate(dateText) : null;
    if (!date) warnings.push(`review ${id}: unreadable date "${dateText.slice(0, 80)}"`);
    const review: ReviewSnapshot = {
      id,
      productKey,
      rating,
      title: (r.reviewTitle ?? '').trim().slice(0, 2_000),
      body: (r.reviewText ?? '').trim().slice(0, 100_000),
      date,
      dateText: dateText.slice(0, 2_000),
      verified: isVerified(r),
    };
    const author = (r.userNickname ?? '').trim();
    if (author) review.author = author.slice(0, 2_000);
    const votes = r.positiveFeedback;
    if (typeof votes === 'number' && Number.isInteger(votes) && votes >= 0) {
      review.helpfulVotes = votes;
    }
    out.push(review);
  });
  return out;
}

/** The product's average rating as Walmart shows it (one decimal), from a reviews block. */
export function blockRating(block: NextReviews | null): number | null {
  const r = block?.roundedAverageOverallRating ?? block?.averageOverallRating;
  if (typeof r !== 'number' || r < 0 || r > 5) return null;
  return Math.round(r * 10) / 10;
}

export function count(n: number | null | undefined): number | null {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 1e9 ? n : null;
}

export const parseWalmartReviewsPage: MarketParser = {
  id: 'walmart/reviews',
  version: 1,
  parse(doc, ctx) {
    const warnings: string[] = [];
    const item = walmartItemFromReviewsUrl(ctx.url);
    if (!item) throw new LayoutChangedError('walmart/reviews: no item id in the URL');
    const next = readNextData(doc);
    if (!next.ok || !next.data.reviews) {
      throw new LayoutChangedError(
        `walmart/reviews: ${next.ok ? '__NEXT_DATA__ has no reviews block (data.reviews)' : next.problem} — the page layout may have changed`,
      );
    }
    const { product, reviews: block } = next.data;
    // The page's data names the product it was rendered for: data of another item (left over from a
    // navigation within the site) is not this page's.
    if (product?.usItemId && product.usItemId !== item) {
      warnings.push(
        `the page data belongs to item ${product.usItemId}, not ${item}: reviews not read`,
      );
      return { reviews: [], warnings };
    }
    const reviews = readWalmartReviews(block, item, warnings);
    if (reviews.length === 0) warnings.push('no reviews in the page data');

    const listing: ListingSnapshot = {
      productKey: item,
      url: new URL(`/ip/${item}`, ctx.url.origin).href,
    };
    const title =
      (product?.name ?? '').trim() || textOf(firstWithText(doc, productSelectors.title));
    if (title) listing.title = title.slice(0, 2_000);
    const rating = blockRating(block);
    if (rating !== null) listing.rating = rating;
    const total = count(block.totalReviewCount);
    if (total !== null) listing.ratingCount = total;
    return {
      listings: [listing],
      reviews,
      ...(warnings.length ? { warnings: warnings.slice(0, 500) } : {}),
    };
  },
};
