/**
 * The reviews an item page shows (商品评价), from the rendered DOM: JD loads them by XHR after the page
 * and renders them again on every page of the list, so the content script re-reads on mutations; the
 * extension never calls JD's comment API itself.
 *
 * Two generations (selectors.ts): the classic `.comment-item` and the 2024 `.jdc-pc-rate-card`. JD lists
 * the reviews of every variant of the product on the item page (its "只看当前商品评价" box is off by
 * default): they are kept under the SKU of the page the seller opened, with the variant each buyer
 * bought in `variant`.
 *
 * Ids: the classic card carries the review's guid (`data-guid`, also in its club.jd.com/repay/ link);
 * the rate card carries none (its `data-index` is a position in a virtual list), so its id is a hash of
 * the SKU, the author's masked name, the date as shown and the text: stable across re-renders and
 * paging. A follow-up (追评) is appended to the body, so adding one is a revision of the review, not a
 * new review. JD's placeholder for a review without text (此用户未填写评价内容) is kept as the body:
 * the classifier knows it says nothing.
 */
import type { ReviewSnapshot } from '../../schemas/snapshot';
import { fnv1a64 } from '../../hash';
import { attr, querySelectorFirst, textOf } from '../dom';
import { readReviewCards, reviewSnapshot, type ReadReviews } from '../review-cards';
import {
  classicReviewSelectors as classic,
  rateCardSelectors as card,
  STAR_IMAGE_RATINGS,
} from './selectors';
import { isDateText, parseJdDate, parseVotes, splitLeadingDate, starsFrom } from './text';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The id of a review without one. Its date enters as the calendar day it stands for, not as shown: a
 * relative date (3天前) reads differently every day and "05-28" differently from "2024-05-28".
 */
function hashedId(
  sku: string,
  author: string,
  dateText: string,
  text: string,
  capturedAt: string,
): string {
  const day = parseJdDate(dateText, capturedAt) ?? dateText;
  return `jd-${fnv1a64([sku, author, day, text].join('\n'))}`;
}

function withFollowUp(body: string, followUp: string, when: string): string {
  if (!followUp) return body;
  // "[购买30天后追评]", "用户购买30天后追评" → "购买30天后"
  const at = when
    .replace(/[[\]【】]/g, '')
    .replace(/^用户/, '')
    .replace(/追评$/, '')
    .trim();
  return `${body}\n\n追评${at ? `（${at}）` : ''}：${followUp}`;
}

function classicId(el: Element): string | null {
  const guid = attr(el, 'data-guid');
  if (guid) return guid;
  const href = attr(el.querySelector(classic.repayLink), 'href');
  const m = /\/repay\/\d+_([0-9a-f-]{36})_\d+\.html/i.exec(href);
  return m && GUID.test(m[1]!) ? m[1]! : null;
}

function readClassic(
  el: Element,
  sku: string,
  capturedAt: string,
  warnings: string[],
): ReviewSnapshot | null {
  const text = textOf(el.querySelector(classic.body), { lines: true });
  const rating = starsFrom(attr(el.querySelector(classic.stars), 'class'));
  if (!text && rating === null) return null;
  const spans = Array.from(el.querySelectorAll(`${classic.orderInfo} span`)).map((s) => textOf(s));
  const dateAt = spans.findIndex(isDateText);
  const dateText = dateAt >= 0 ? spans[dateAt]! : '';
  const variant = spans
    .filter((s, i) => i !== dateAt && s !== '')
    .join(' ')
    .trim();
  const author = textOf(el.querySelector(classic.author));
  const id =
    classicId(el) ??
    hashedId(sku, author, dateText, textOf(el.querySelector(classic.body)), capturedAt);
  const follow = el.querySelector(classic.followUp);
  const body = withFollowUp(
    text,
    textOf(follow?.querySelector(classic.followUpBody), { lines: true }),
    textOf(follow?.querySelector(classic.followUpTime)),
  );
  const nice = el.querySelector(classic.helpful);
  return finish({
    id,
    sku,
    rating,
    body,
    dateText,
    capturedAt,
    author,
    variant,
    helpful: parseVotes(textOf(nice) || attr(nice, 'title')),
    warnings,
  });
}

function rateCardStars(el: Element): number | null {
  const box = el.querySelector(card.starBox);
  if (box) {
    const lit = box.querySelectorAll('[class*="star-full"]').length;
    if (lit > 0 && lit <= 5) return lit;
    const labelled =
      starsFrom(attr(box, 'aria-label')) ??
      starsFrom(attr(box, 'title')) ??
      starsFrom(attr(box, 'class'));
    if (labelled !== null) return labelled;
  }
  const img = el.querySelector(card.starImage);
  if (img) {
    const file = /[^/]+\.png/.exec(attr(img, 'src'))?.[0] ?? '';
    const rating = STAR_IMAGE_RATINGS[file];
    if (rating !== undefined) return rating;
    return starsFrom(attr(img, 'aria-label')) ?? starsFrom(attr(img, 'title'));
  }
  return null;
}

function readRateCard(
  el: Element,
  sku: string,
  capturedAt: string,
  warnings: string[],
): ReviewSnapshot | null {
  const text = textOf(el.querySelector(card.body), { lines: true });
  const rating = rateCardStars(el);
  if (!text && rating === null) return null;
  let dateText = textOf(querySelectorFirst(el, card.date));
  let variant = textOf(querySelectorFirst(el, card.variant));
  if (!dateText) {
    const line = splitLeadingDate(textOf(el.querySelector(card.infoLine)));
    dateText = line.date;
    variant ||= line.rest;
  }
  const author = textOf(el.querySelector(card.author));
  const counts = el.querySelectorAll(card.counts);
  const after = el.querySelector(card.followUp);
  const afterParts = after ? Array.from(after.children).map((c) => textOf(c, { lines: true })) : [];
  const body = withFollowUp(text, afterParts.slice(1).join('\n'), afterParts[0] ?? '');
  return finish({
    id: hashedId(sku, author, dateText, textOf(el.querySelector(card.body)), capturedAt),
    sku,
    rating,
    body,
    dateText,
    capturedAt,
    author,
    variant,
    helpful: counts.length >= 2 ? parseVotes(textOf(counts[1])) : undefined,
    warnings,
  });
}

function finish(r: {
  id: string;
  sku: string;
  rating: number | null;
  body: string;
  dateText: string;
  capturedAt: string;
  author: string;
  variant: string;
  helpful: number | undefined;
  warnings: string[];
}): ReviewSnapshot {
  return reviewSnapshot(
    {
      id: r.id,
      productKey: r.sku,
      rating: r.rating,
      body: r.body,
      date: r.dateText ? parseJdDate(r.dateText, r.capturedAt) : null,
      dateText: r.dateText,
      author: r.author,
      variant: r.variant,
      helpfulVotes: r.helpful,
    },
    r.warnings,
  );
}

/** Every review card on the page, both generations, each review once (the section and the overlay). */
export function readJdReviews(
  doc: ParentNode,
  sku: string,
  capturedAt: string,
  warnings: string[],
): ReadReviews {
  return readReviewCards(doc, [
    [classic.card, (el) => readClassic(el, sku, capturedAt, warnings)],
    [card.card, (el) => readRateCard(el, sku, capturedAt, warnings)],
  ]);
}
