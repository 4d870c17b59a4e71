/**
 * Review cards (`[data-hook="review"]`) on product pages and /product-reviews/ pages.
 * id = the card's element id (the review id, R…); stars from the star icon's text ("4.0 out of 5 stars",
 * "4,0 de 5 estrellas"); date read from the localised sentence (dateText keeps it); title without the
 * star text; body without inline <script> text and without the "Read more" chrome, with <br> kept as
 * line breaks.
 */
import type { ListingSnapshot, ReviewSnapshot } from '../../schemas/snapshot';
import type { MarketParser } from '../types';
import { attr, closest, firstWithText, querySelectorFirst, textOf } from '../dom';
import { amazonHost, asinFromUrl } from './match';
import { productSelectors, reviewSelectors } from './selectors';
import {
  parseCount,
  parseHelpfulVotes,
  parseRating,
  parseReviewDate,
  ratingFromStarClass,
} from './text';

// A translated title holds the original and the translation side by side, like the body: keep the
// original, as the body selectors do.
const TITLE_ORIGINAL = reviewSelectors.title.map((s) => `${s} .cr-original-review-content`);
const TITLE_EXCLUDE = `${reviewSelectors.titleExclude}, .cr-translated-review-content`;

const REVIEW_ID_RE = /\bR[A-Z0-9]{6,20}\b/;

function reviewId(card: Element): string | null {
  const id = attr(card, 'id');
  if (id) return id;
  // Some layouts put the id only on the inner card ("customer_review-R…") or in the title link.
  const inner = card.querySelector('[id^="customer_review"]');
  const fromInner = REVIEW_ID_RE.exec(attr(inner, 'id'))?.[0];
  if (fromInner) return fromInner;
  const link = card.querySelector('a[href*="/customer-reviews/"]');
  return REVIEW_ID_RE.exec(attr(link, 'href'))?.[0] ?? null;
}

function starsOf(card: Element): number | null {
  const el = querySelectorFirst(card, reviewSelectors.stars);
  if (!el) return null;
  return parseRating(textOf(el)) ?? ratingFromStarClass(attr(el, 'class'));
}

/**
 * Reads every review card under `root`. Cards nested in another card (lightbox copies) and repeated
 * ids are skipped; a card without an id is skipped with a warning. `locale` (the storefront's, e.g.
 * `en-US`) decides the order of numeric dates; without it they are read day first.
 */
export function readReviewCards(
  root: ParentNode,
  productKey: string,
  warnings: string[],
  locale?: string,
): ReviewSnapshot[] {
  const out: ReviewSnapshot[] = [];
  const seen = new Set<string>();
  const cards = root.querySelectorAll(reviewSelectors.card.join(','));
  for (let i = 0; i < cards.length; i++) {
    const card = cards[i]!;
    const parent = card.parentElement;
    if (parent && closest(parent, reviewSelectors.card.join(','))) continue;
    const id = reviewId(card);
    if (!id) {
      warnings.push(`review card ${i + 1}: no review id`);
      continue;
    }
    if (seen.has(id)) continue;
    seen.add(id);
    const rating = starsOf(card);
    if (rating === null) warnings.push(`review ${id}: unreadable star rating`);
    const dateText = textOf(querySelectorFirst(card, reviewSelectors.date));
    const date = dateText ? parseReviewDate(dateText, locale) : null;
    if (dateText && !date)
      warnings.push(`review ${id}: unreadable date "${dateText.slice(0, 80)}"`);
    const title = textOf(
      firstWithText(card, TITLE_ORIGINAL) ?? querySelectorFirst(card, reviewSelectors.title),
      { exclude: TITLE_EXCLUDE },
    );
    const bodyEl = firstWithText(card, reviewSelectors.body);
    const body = textOf(bodyEl, { lines: true, exclude: reviewSelectors.bodyExclude });
    const author = textOf(querySelectorFirst(card, reviewSelectors.author));
    const helpfulText = textOf(querySelectorFirst(card, reviewSelectors.helpful));
    const helpfulVotes = parseHelpfulVotes(helpfulText);
    const review: ReviewSnapshot = {
      id,
      productKey,
      rating,
      title: title.slice(0, 2_000),
      body: body.slice(0, 100_000),
      date,
      dateText: dateText.slice(0, 2_000),
      verified: querySelectorFirst(card, reviewSelectors.verified) !== null,
    };
    if (author) review.author = author.slice(0, 2_000);
    if (helpfulVotes !== undefined) review.helpfulVotes = helpfulVotes;
    out.push(review);
  }
  return out;
}

/** The ASIN of a reviews page: from the URL, else the product link, else the hidden ASIN input. */
function reviewsPageAsin(doc: Document, url: URL): string | null {
  const fromUrl = asinFromUrl(url);
  if (fromUrl) return fromUrl;
  const link = querySelectorFirst(doc, reviewSelectors.productLink);
  const m = /\/dp\/([A-Z0-9]{10})/i.exec(attr(link, 'href'));
  if (m) return m[1]!.toUpperCase();
  const input = querySelectorFirst(doc, productSelectors.asin);
  const v = attr(input, 'value');
  return /^[A-Z0-9]{10}$/i.test(v) ? v.toUpperCase() : null;
}

/**
 * The product a reviews page belongs to, as its header shows it: the title in the product link, the
 * average rating and the number of ratings. No price: the page shows none, so the listing carries no
 * `price` and the price the product page gave stands. Null when the header is missing (a layout
 * without it) or names another product.
 */
function reviewsPageListing(doc: Document, asin: string, url: URL): ListingSnapshot | null {
  const link = querySelectorFirst(doc, reviewSelectors.productLink);
  const title = textOf(link);
  const linked = /\/dp\/([A-Z0-9]{10})/i.exec(attr(link, 'href'))?.[1]?.toUpperCase();
  if (!title || (linked !== undefined && linked !== asin)) return null;
  const listing: ListingSnapshot = {
    productKey: asin,
    title: title.slice(0, 2_000),
    url: new URL(`/dp/${asin}`, url.origin).href,
  };
  const ratingText = textOf(firstWithText(doc, reviewSelectors.averageRating));
  const rating = ratingText ? parseRating(ratingText) : null;
  if (rating !== null) listing.rating = rating;
  const countText = textOf(firstWithText(doc, reviewSelectors.totalCount));
  const count = countText ? parseCount(countText) : null;
  if (count !== null) listing.ratingCount = count;
  return listing;
}

export const parseReviewsPage: MarketParser = {
  id: 'amazon/reviews',
  // 2: the product header (title, average rating, rating count) as a listing without a price.
  version: 3,
  parse(doc, ctx) {
    const warnings: string[] = [];
    const asin = reviewsPageAsin(doc, ctx.url);
    if (!asin) throw new Error('amazon/reviews: no ASIN in the URL or the page');
    const locale = amazonHost(ctx.url.hostname)?.site?.locale;
    const reviews = readReviewCards(doc, asin, warnings, locale);
    // A page with no cards is legitimate (a product without reviews, a filter with no match), but the
    // caller's parser-health check needs to know it happened.
    if (reviews.length === 0) warnings.push('no review cards found on the page');
    const listing = reviewsPageListing(doc, asin, ctx.url);
    return {
      ...(listing ? { listings: [listing] } : {}),
      reviews,
      ...(warnings.length ? { warnings } : {}),
    };
  },
};
