/**
 * The opinions a Mercado Libre product page shows ("Opiniones del producto", "Opiniões do produto"),
 * from the rendered DOM: the page renders them after it loads and again for each filter or sort the
 * buyer picks, so the content script re-reads on mutations; the extension never calls Mercado Libre's
 * reviews API itself. Only the first opinions the page shows are read; "Mostrar todas las opiniones"
 * opens the rest in an iframe of another page, which is not read.
 *
 * A card (selectors.ts) gives the stars (its visually hidden "Calificación 4 de 5", else its star
 * icons), the date, the text and the likes ("Es útil 3"). Opinions are anonymous: no author, and no
 * variant is shown. The AI-written summary above the list is Mercado Libre's text, never a review.
 *
 * Ids: a card carries no review id, so its id is a hash of the product key, the calendar day of an
 * absolute date and the text (the stars when there is no text). A relative date ("hace 2 meses") does
 * not enter it: it names another day every time it is counted back, and in a month "hace 3 meses" or,
 * in a week, "hace 1 semana" replaces "hace 6 días" — the same opinion must keep its id. So two
 * opinions with the same text on one product and no absolute date are one review; a text the buyer
 * edits is a new review (as on JD and Shopee, whose cards carry no id either). The stars do not enter
 * it, so stars changed under the same text are a revision of the review.
 */
import type { ReviewSnapshot } from '../../schemas/snapshot';
import { fnv1a64 } from '../../hash';
import { attr, querySelectorFirst, textOf } from '../dom';
import { readReviewCards, reviewSnapshot, type ReadReviews } from '../review-cards';
import { starsFromLabel } from '../etsy/text';
import { parseLikes } from '../shopee/text';
import type { MeliSite } from './match';
import { reviewSelectors as sel } from './selectors';
import { parseMeliDate } from './text';

/** What one star icon counts: 1 lit, 0.5 half, 0 unlit; null when the icon says neither. */
function starValue(icon: Element): number | null {
  const use = icon.querySelector('use');
  const marks = `${attr(use, 'href')} ${attr(use, 'xlink:href')} ${attr(icon, 'class')}`;
  if (/half/i.test(marks)) return 0.5;
  if (/empty|outline/i.test(marks)) return 0;
  if (/fill|full|__rating__star\b/i.test(marks)) return 1;
  return null;
}

/** The stars: the hidden label ("Calificación 4 de 5", "Avaliação 4 de 5"), else the five icons. */
function starsOf(card: Element): number | null {
  const box = querySelectorFirst(card, sel.rating);
  if (!box) return null;
  const labelled =
    starsFromLabel(textOf(box.querySelector(sel.ratingLabel))) ??
    starsFromLabel(attr(box, 'aria-label'));
  if (labelled !== null) return labelled;
  const icons = Array.from(box.querySelectorAll(sel.star));
  if (icons.length !== 5) return null;
  let stars = 0;
  for (const icon of icons) {
    const v = starValue(icon);
    if (v === null) return null;
    stars += v;
  }
  return stars > 0 ? stars : null;
}

function readCard(
  card: Element,
  productKey: string,
  site: MeliSite,
  capturedAt: string,
  warnings: string[],
): ReviewSnapshot | null {
  const bodyEl = querySelectorFirst(card, sel.body);
  const body = textOf(bodyEl, { lines: true, exclude: sel.notBody });
  const rating = starsOf(card);
  if (!body && rating === null) return null;
  const dateText = textOf(querySelectorFirst(card, sel.date));
  const { date, relative } = parseMeliDate(dateText, capturedAt, site.utcOffset);
  const day = relative ? '' : (date ?? dateText);
  const id = `meli-${fnv1a64([productKey, day, body.replace(/\s+/g, ' ') || `${rating}★`].join('\n'))}`;
  const like = querySelectorFirst(card, sel.like);
  const likes = parseLikes(textOf(like), like !== null);
  return reviewSnapshot(
    { id, productKey, rating, body, date, dateText, helpfulVotes: likes },
    warnings,
  );
}

/** Every opinion card on the page, each review once. */
export function readMeliReviews(
  doc: ParentNode,
  productKey: string,
  site: MeliSite,
  capturedAt: string,
  warnings: string[],
): ReadReviews {
  return readReviewCards(doc, [
    [sel.card, (el) => readCard(el, productKey, site, capturedAt, warnings)],
  ]);
}
