/**
 * eBay catalogue product reviews ("Ratings and Reviews"), from the rendered DOM: the reviews of the
 * catalogue product (ePID) an item is matched to, as the item page shows the first of them and the
 * product's review pages (`/urw/…/product-reviews/<epid>`) show all (selectors.ts).
 *
 * They are reviews of the product, not of one seller's item: eBay shows the same ones on every item
 * matched to the product. Like JD's reviews of every variant, they are kept under the item the seller
 * opened (the item id, so they join that listing); the id hashes that item in, so the same review seen
 * under two items is stored under each, never moved from one listing to the other.
 *
 * Ids: eBay's review id where the card carries one (`data-review-id`), else a hash of the author, the
 * day, the title and the text; with the item, either way.
 */
import type { ReviewSnapshot } from '../../schemas/snapshot';
import { fnv1a64 } from '../../hash';
import { attr, closest, querySelectorFirst, textOf } from '../dom';
import { parseReviewDate } from '../amazon/text';
import { starsFromLabel } from '../etsy/text';
import { CLIPPED, catalogReviewSelectors as sel } from './selectors';

const VERIFIED_NAME =
  /verified purchase|verifizierter kauf|achat v[eé]rifi[eé]|acquisto verificato|compra verificada|geverifieerde aankoop|zweryfikowany zakup/i;
const YES = /^(?:yes|ja|oui|s[iì]|s[ií]|tak)\b/i;

export interface CatalogReviewsRead {
  reviews: ReviewSnapshot[];
  /** Review cards found, read or not. */
  cards: number;
  /** Cards with neither text nor stars. */
  unreadable: number;
}

/** Outermost review cards of a page. */
export function catalogReviewCards(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll(sel.card)).filter(
    (c) => !c.parentElement || !closest(c.parentElement, sel.card),
  );
}

function cardStars(card: Element): number | null {
  const value = card.querySelector(sel.ratingValue);
  if (value) {
    const r = starsFromLabel(attr(value, 'content'));
    if (r !== null) return r;
  }
  for (const s of sel.stars) {
    const el = card.querySelector(s);
    if (!el) continue;
    const r = starsFromLabel(attr(el, 'aria-label')) ?? starsFromLabel(attr(el, 'title'));
    if (r !== null) return r;
    const lit = el.querySelectorAll(sel.fullStar).length;
    if (lit > 0 && lit <= 5) return lit;
  }
  return null;
}

function cardAuthor(card: Element): string {
  const el = querySelectorFirst(card, sel.author);
  return (attr(el, 'title') || textOf(el, { exclude: CLIPPED }))
    .replace(/^(?:by|von|par|di|por|door|od)\s+/i, '')
    .trim();
}

function cardDate(card: Element, locale: string): { date: string | null; dateText: string } {
  const published = attr(card.querySelector(sel.datePublished), 'content');
  const el = querySelectorFirst(card, sel.date);
  const dateText = textOf(el, { exclude: CLIPPED }) || published;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(published)?.[1];
  const date =
    (iso ? parseReviewDate(iso) : null) ?? (dateText ? parseReviewDate(dateText, locale) : null);
  return { date, dateText };
}

function cardVerified(card: Element): boolean {
  const names = card.querySelectorAll(sel.attributeName);
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    if (!VERIFIED_NAME.test(textOf(name))) continue;
    let next = name.nextElementSibling;
    while (next && !next.matches(sel.attributeValue)) next = next.nextElementSibling;
    return YES.test(textOf(next));
  }
  return false;
}

function cardHelpful(card: Element): number | undefined {
  const el = card.querySelector(sel.helpful);
  const m = /\d[\d.,]*/.exec(textOf(el));
  return m ? Number(m[0].replace(/[.,]/g, '')) : undefined;
}

/** Reads the catalogue review cards of a page, each under `itemId`, each review once. */
export function readCatalogReviews(
  root: ParentNode,
  itemId: string,
  locale: string,
  warnings: string[],
): CatalogReviewsRead {
  const cards = catalogReviewCards(root);
  const reviews: ReviewSnapshot[] = [];
  const seen = new Set<string>();
  let unreadable = 0;
  for (const card of cards) {
    const body = textOf(querySelectorFirst(card, sel.body), { lines: true, exclude: CLIPPED });
    const rating = cardStars(card);
    if (!body && rating === null) {
      unreadable++;
      continue;
    }
    const title = textOf(querySelectorFirst(card, sel.title), { exclude: CLIPPED });
    const author = cardAuthor(card);
    const { date, dateText } = cardDate(card, locale);
    const own = attr(card, 'data-review-id');
    const key =
      own || [author.toLowerCase(), date ?? dateText, title, body.slice(0, 200)].join('\n');
    const id = `ebay-rv-${fnv1a64(`${itemId}\n${key}`)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    if (rating === null) warnings.push(`review ${id}: unreadable star rating`);
    if (!date) warnings.push(`review ${id}: unreadable date "${dateText.slice(0, 80)}"`);
    const review: ReviewSnapshot = {
      id,
      productKey: itemId,
      rating,
      title: title.slice(0, 2_000),
      body: body.slice(0, 100_000),
      date,
      dateText: dateText.slice(0, 2_000),
    };
    if (author) review.author = author.slice(0, 2_000);
    if (cardVerified(card)) review.verified = true;
    const helpful = cardHelpful(card);
    if (helpful !== undefined) review.helpfulVotes = helpful;
    reviews.push(review);
  }
  return { reviews, cards: cards.length, unreadable };
}
