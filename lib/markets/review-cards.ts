/**
 * The review-card loop the item pages share (JD, Taobao/Tmall, Shopee, Mercado Libre): every outermost card of each
 * kind the page renders (a card nested in another of its kind is part of it), read by its market's
 * reader, each review once. A review shown twice (the section and the "all reviews" drawer, an
 * overlay, a re-render) is one: its id decides.
 */
import type { ReviewSnapshot } from '../schemas/snapshot';
import { closest } from './dom';

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
