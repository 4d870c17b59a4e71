/**
 * The review-card loop the item pages share (JD, Taobao/Tmall, Shopee, Mercado Libre): every outermost card of each
 * kind the page renders (a card nested in another of its kind is part of it), read by its market's
 * reader, each review once. A review shown twice (the section and the "all reviews" drawer, an
 * overlay, a re-render) is one: its id decides. And the one way a card's fields become a snapshot
 * review (`reviewSnapshot`: the schema's limits, the warnings for an unreadable rating or date), for
 * those pages and Etsy's.
 */
import type { ReviewSnapshot } from '../schemas/snapshot';
import { closest } from './dom';
import { LayoutChangedError } from './types';

export interface ReadReviews {
  reviews: ReviewSnapshot[];
  /** Cards found on the page, read or not: cards found but none read is a layout we cannot read. */
  cards: number;
}

/**
 * Reads a card into a review, or null when it cannot. `known(id)` tells a reader that a review with
 * this id was read already, so it can skip the rest of its work (and its warnings) for a duplicate.
 */
export type CardReader = (card: Element, known: (id: string) => boolean) => ReviewSnapshot | null;

export function readReviewCards(
  doc: ParentNode,
  kinds: ReadonlyArray<readonly [selector: string, read: CardReader]>,
): ReadReviews {
  const reviews: ReviewSnapshot[] = [];
  const seen = new Set<string>();
  const known = (id: string) => seen.has(id);
  let cards = 0;
  for (const [selector, read] of kinds) {
    const els = doc.querySelectorAll(selector);
    for (let i = 0; i < els.length; i++) {
      const el = els[i]!;
      if (el.parentElement && closest(el.parentElement, selector)) continue;
      cards++;
      const review = read(el, known);
      if (!review || seen.has(review.id)) continue;
      seen.add(review.id);
      reviews.push(review);
    }
  }
  return { reviews, cards };
}

/**
 * Review cards found on the page but none read is a review layout the parser no longer knows: the
 * capture fails (a parser-health alert), never an empty list taken for "no reviews".
 */
export function assertReviewsRead(
  parser: string,
  read: { cards: number; reviews: readonly unknown[] },
  what: { cards?: string; lacking?: string } = {},
): void {
  if (read.cards > 0 && read.reviews.length === 0) {
    throw new LayoutChangedError(
      `${parser}: ${read.cards} ${what.cards ?? 'review cards'} on the page but none could be read (${what.lacking ?? 'no text, no stars'}) — the review layout may have changed`,
    );
  }
}

/** What a market's card reader found, before the snapshot's limits. */
export interface ReviewFields {
  id: string;
  productKey: string;
  /** Stars; null when unreadable (a warning) or, with `starless`, when the market shows none. */
  rating: number | null;
  title?: string;
  body: string;
  /** The calendar date, or null when the shown date could not be read (a warning). */
  date: string | null;
  dateText: string;
  author?: string;
  variant?: string;
  helpfulVotes?: number;
}

/**
 * A review as the snapshot schema takes it: texts cut to its limits, empty optional fields left out,
 * and an unreadable star rating or date said in `warnings` (not the rating of a market that shows no
 * stars: `starless`).
 */
export function reviewSnapshot(
  f: ReviewFields,
  warnings: string[],
  opts: { starless?: boolean } = {},
): ReviewSnapshot {
  const id = f.id.slice(0, 200);
  if (f.rating === null && !opts.starless) warnings.push(`review ${id}: unreadable star rating`);
  if (!f.date) warnings.push(`review ${id}: unreadable date "${f.dateText.slice(0, 80)}"`);
  const review: ReviewSnapshot = {
    id,
    productKey: f.productKey,
    rating: f.rating,
    title: (f.title ?? '').slice(0, 2_000),
    body: f.body.slice(0, 100_000),
    date: f.date,
    dateText: f.dateText.slice(0, 2_000),
  };
  if (f.author) review.author = f.author.slice(0, 2_000);
  if (f.variant) review.variant = f.variant.slice(0, 2_000);
  if (f.helpfulVotes !== undefined) review.helpfulVotes = f.helpfulVotes;
  return review;
}
