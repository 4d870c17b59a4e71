/**
 * Etsy review cards, from the rendered DOM (the extension never calls Etsy's review endpoints): the
 * listing page's two tabs (reviews of this item, reviews of the shop), its "show all" deep-dive list,
 * and the shop reviews page. One reader for every card (selectors.ts).
 *
 * Which listing a review is about: a card that links to a listing (`/listing/<id>`, "Purchased item:")
 * is about that listing; a card without such a link is about the page's own listing only when it sits
 * outside the shop tab. On a listing page, shop reviews of OTHER items are skipped (counted, not
 * stored): the seller opened this listing, and the shop reviews page is where the shop's reviews are
 * read, each under its own listing.
 *
 * Ids: one review must get one id on every page that shows it, or the listing page and the shop reviews
 * page store it twice (and a spike counts it twice). The listing page's cards carry Etsy's own id
 * (`data-review-region`) but the shop reviews page's cards carry none, so the id is never Etsy's: it is
 * a hash of what both pages show, `reviewKey`. Etsy takes one review per purchase, so a named buyer, the
 * listing and the day identify a review; "Etsy buyer" (a buyer who hides their name) is not a person,
 * so an anonymous review adds the start of its text (a page that cuts the text short keeps its start).
 * The text is otherwise left out so that a buyer who edits the review keeps its id, and the edit is
 * seen as a revision (lib/db/review-revision.ts). Two reviews merged by this key are one named buyer's
 * two purchases of one listing reviewed on one day, or two anonymous reviews of one listing on one day
 * that open with the same 24 characters.
 */
import type { ReviewSnapshot } from '../../schemas/snapshot';
import { fnv1a64 } from '../../hash';
import { attr, closest, querySelectorAllFirst, textOf } from '../dom';
import { reviewSnapshot } from '../review-cards';
import { listingIdFromHref } from './match';
import { reviewSelectors as sel } from './selectors';
import { findDate, starsFromLabel } from './text';

/** "Etsy buyer" and its translations: Etsy forbids "Etsy" in member names, so any name with it is one. */
const ANONYMOUS = /etsy/i;
/** How much of an anonymous review's text its id takes. */
const KEY_TEXT_CHARS = 24;

/** What identifies a review on every page that shows it (see the header). */
export function reviewKey(listingId: string, author: string, day: string, text: string): string {
  const name = author.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
  const parts = [listingId, name, day];
  if (!name || ANONYMOUS.test(name)) {
    parts.push(
      [...text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase()]
        .slice(0, KEY_TEXT_CHARS)
        .join(''),
    );
  }
  return parts.join('\n');
}
const PURCHASED = /^(?:purchased item|gekaufter artikel|article acheté|artículo comprado)\s*:?/i;

export interface CardReading {
  review: ReviewSnapshot | null;
  /** The listing the card links to (a shop review's item), or null. */
  itemListingId: string | null;
}

/** Outermost review cards of a page or part of it. */
export function reviewCards(root: ParentNode): Element[] {
  const cards = querySelectorAllFirst(root, sel.card);
  return cards.filter((c) => !c.parentElement || !closest(c.parentElement, sel.card.join(', ')));
}

/** The listing a card names (its item link), or null. */
/** The title of the item a shop review names: its item link's label, else the link's text; or ''. */
export function cardItemTitle(card: Element): string {
  for (const s of sel.itemLink) {
    const links = card.querySelectorAll(s);
    for (let i = 0; i < links.length; i++) {
      const link = links[i]!;
      if (!listingIdFromHref(attr(link, 'href'))) continue;
      const title = (attr(link, 'aria-label') || textOf(link)).replace(/\s+/g, ' ').trim();
      if (/\p{L}/u.test(title)) return title.slice(0, 500);
    }
  }
  return '';
}

export function cardItemListingId(card: Element): string | null {
  for (const s of sel.itemLink) {
    const links = card.querySelectorAll(s);
    for (let i = 0; i < links.length; i++) {
      const id = listingIdFromHref(attr(links[i], 'href'));
      if (id) return id;
    }
  }
  return null;
}

function cardRating(card: Element): number | null {
  for (const s of sel.rating) {
    const els = card.querySelectorAll(s);
    for (let i = 0; i < els.length; i++) {
      const r = starsFromLabel(attr(els[i], 'aria-label'));
      if (r !== null) return r;
    }
  }
  const input = card.querySelector(sel.ratingInput);
  if (input) {
    const r = starsFromLabel(attr(input, 'value'));
    if (r !== null) return r;
  }
  const texts = card.querySelectorAll(sel.ratingText);
  for (let i = 0; i < texts.length; i++) {
    const r = starsFromLabel(textOf(texts[i]));
    if (r !== null) return r;
  }
  return null;
}

function cardBody(card: Element): Element | null {
  for (const s of sel.body) {
    const els = card.querySelectorAll(s);
    for (let i = 0; i < els.length; i++) {
      const el = els[i]!;
      const text = textOf(el);
      if (!text || PURCHASED.test(text)) continue;
      if (el.querySelector('a[href*="/listing/"]') || closest(el, '[data-region="listing"]'))
        continue;
      return el;
    }
  }
  return null;
}

/** The buyer and the date, from the card's caption lines (never from the review text). */
function cardMeta(
  card: Element,
  body: Element | null,
  locale: string | undefined,
): { author: string; dateText: string; date: string | null } {
  let author = '';
  for (const s of sel.author) {
    const el = card.querySelector(s);
    if (el && (!body || !body.contains(el))) {
      author = textOf(el);
      if (author) break;
    }
  }
  for (const s of sel.meta) {
    const els = card.querySelectorAll(s);
    for (let i = 0; i < els.length; i++) {
      const el = els[i]!;
      if (body && (body.contains(el) || el.contains(body))) continue;
      const line = textOf(el);
      const found = findDate(line, locale);
      if (!found) continue;
      if (!author) {
        // "Etsy buyer on 03 Nov, 2024": no profile link, the name is the text before the date.
        author = line
          .slice(0, found.index)
          .replace(/\s*\b(?:on|am|le|el|il|op)\s*$/i, '')
          .trim();
      }
      return { author, dateText: found.text, date: found.date };
    }
  }
  return { author, dateText: '', date: null };
}

/**
 * Reads one card. `productKey` is the listing the review is stored under. Null review when the card
 * has neither text nor stars (a card we cannot read).
 */
export function readReviewCard(
  card: Element,
  productKey: string,
  locale: string | undefined,
  warnings: string[],
): ReviewSnapshot | null {
  const bodyEl = cardBody(card);
  const body = textOf(bodyEl, { lines: true });
  const rating = cardRating(card);
  if (!body && rating === null) return null;
  const { author, dateText, date } = cardMeta(card, bodyEl, locale);
  const id = `etsy-${fnv1a64(reviewKey(productKey, author, date ?? dateText, body))}`;
  return reviewSnapshot({ id, productKey, rating, body, date, dateText, author }, warnings);
}

/**
 * Reads review cards, each under the listing `listingFor` gives it (null: left out), each review once.
 * Shared by the listing page (this listing's reviews) and the shop reviews page (each its own).
 */
export function readCards(
  cards: readonly Element[],
  listingFor: (card: Element) => string | null,
  locale: string | undefined,
  warnings: string[],
  /** The name of the item a card is about, where the page shows one beside it (shop reviews). */
  titleFor?: (card: Element) => string,
): { reviews: ReviewSnapshot[]; leftOut: number; unreadable: number } {
  const reviews: ReviewSnapshot[] = [];
  const seen = new Set<string>();
  let leftOut = 0;
  let unreadable = 0;
  for (const card of cards) {
    const listing = listingFor(card);
    if (listing === null) {
      leftOut++;
      continue;
    }
    const review = readReviewCard(card, listing, locale, warnings);
    if (!review) {
      unreadable++;
      continue;
    }
    if (seen.has(review.id)) continue;
    seen.add(review.id);
    const title = titleFor?.(card) ?? '';
    if (title) review.productTitle = title;
    reviews.push(review);
  }
  return { reviews, leftOut, unreadable };
}

export interface ListingReviews {
  reviews: ReviewSnapshot[];
  /** Cards found, read or not: cards found but none read is a layout we cannot read. */
  cards: number;
  /** Shop reviews of other items (or of an item the card does not name), left out. */
  skipped: number;
}

/** The reviews a listing page shows that are about this listing, each once. */
export function readListingPageReviews(
  doc: ParentNode,
  listingId: string,
  locale: string | undefined,
  warnings: string[],
): ListingReviews {
  const cards = reviewCards(doc);
  const { reviews, leftOut, unreadable } = readCards(
    cards,
    (card) => {
      const item = cardItemListingId(card);
      const inShopTab = closest(card, sel.shopPanel) !== null;
      return (item && item !== listingId) || (!item && inShopTab) ? null : listingId;
    },
    locale,
    warnings,
  );
  if (unreadable > 0 && reviews.length > 0) {
    warnings.push(`${unreadable} review card(s) with neither text nor stars were left out`);
  }
  return { reviews, cards: cards.length - leftOut, skipped: leftOut };
}
