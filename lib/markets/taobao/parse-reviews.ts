/**
 * The reviews a Taobao/Tmall item page shows (宝贝评价 / 累计评价), from the rendered DOM: the page loads
 * them by XHR after the page and renders them again on each page of the list and in the 查看全部评价
 * drawer, so the content script re-reads on mutations; the extension never calls the rate API itself.
 *
 * Three generations (selectors.ts): classic Taobao `li.J_KgRate_ReviewItem`, classic Tmall
 * `.rate-grid tr`, and the 2023– `Comment--root--` cards. Taobao shows no star per review (its 好评 /
 * 中评 / 差评 are filters, not marks on a review): `rating` is null, and not a warning. Reviews of every
 * SKU are listed on the item page; the one each buyer bought is kept in `variant` as the page prints it
 * ("颜色分类:雾霾蓝;尺码:XL").
 *
 * Ids: classic Taobao cards carry the review's id (`data-id`, `#review-<id>`); the others carry none,
 * so the id is a hash of the item id, the masked author, the calendar day and the text: stable across
 * re-renders and paging. A follow-up (追评 / 追加) is appended to the body, so adding one is a revision
 * of the review, not a new review. The shop's answer (解释 / 店家回复) is left out: it is not the
 * buyer's. The placeholder of a review without text (此用户没有填写评价。) is kept as the body: the
 * classifier knows it says nothing.
 */
import type { ReviewSnapshot } from '../../schemas/snapshot';
import { fnv1a64 } from '../../hash';
import { attr, querySelectorFirst, textOf } from '../dom';
import { parseVotes } from '../jd/text';
import {
  readReviewCards,
  reviewSnapshot,
  type CardReader,
  type ReadReviews,
} from '../review-cards';
import { commentSelectors, kgRateSelectors, tmallRateSelectors } from './selectors';
import {
  cleanAuthor,
  followUpWhen,
  parseTaobaoDate,
  splitFollowUpLabel,
  splitLeadingDateText,
  splitMeta,
} from './text';

interface Parts {
  id?: string;
  author: string;
  dateText: string;
  text: string;
  followUp: string;
  followUpLabel: string;
  variant: string;
  helpful?: number;
}

/**
 * The id of a review without one. Its date enters as the calendar day it stands for, not as shown:
 * "09.10" and "2024.09.10" are the same day.
 */
function hashedId(itemId: string, p: Parts, capturedAt: string): string {
  const day = parseTaobaoDate(p.dateText, capturedAt) ?? p.dateText;
  return `taobao-${fnv1a64([itemId, p.author, day, p.text].join('\n'))}`;
}

function withFollowUp(body: string, followUp: string, label: string): string {
  if (!followUp) return body;
  const when = followUpWhen(label);
  return `${body}\n\n追评${when ? `（${when}）` : ''}：${followUp}`;
}

/** Classic Tmall: `.rate-grid tr` rows. */
function readTmallRow(el: Element): Parts | null {
  const s = tmallRateSelectors;
  const text = textOf(el.querySelector(s.body), { lines: true });
  if (!text) return null;
  const variant = Array.from(el.querySelectorAll(s.variant))
    .map((p) => attr(p, 'title') || textOf(p))
    .filter(Boolean)
    .join(';');
  return {
    author: cleanAuthor(textOf(el.querySelector(s.author))),
    dateText: textOf(el.querySelector(s.date)),
    text,
    followUp: textOf(el.querySelector(s.followUp), { lines: true }),
    followUpLabel: textOf(el.querySelector(s.followUpWhen)),
    variant,
  };
}

/** Classic Taobao: `li.J_KgRate_ReviewItem` with its id. */
function readKgRate(el: Element): Parts | null {
  const s = kgRateSelectors;
  const append = el.querySelector(s.followUpBlock);
  const first = Array.from(el.querySelectorAll(s.body)).find((b) => !append || !append.contains(b));
  const text = textOf(first, { lines: true });
  if (!text) return null;
  const item = el.querySelector(s.item);
  const id =
    attr(item, 'data-id') || (/^review-(\d{4,30})$/.exec(attr(el, 'id'))?.[1] ?? '') || undefined;
  const info = Array.from(el.querySelectorAll(s.info)).find((i) => !append || !append.contains(i));
  const dateEl = info?.querySelector(s.date);
  let dateText = textOf(dateEl);
  let variant = textOf(info, { exclude: s.date });
  if (!dateText) {
    const split = splitLeadingDateText(textOf(info));
    dateText = split.date;
    variant = split.rest;
  }
  const appended = splitFollowUpLabel(textOf(append?.querySelector(s.body), { lines: true }));
  const appendInfo = textOf(append?.querySelector(s.info));
  return {
    id: id && /^\d{4,30}$/.test(id) ? id : undefined,
    author: cleanAuthor(textOf(querySelectorFirst(el, s.author))),
    dateText,
    text,
    followUp: appended.rest,
    followUpLabel: /追加|追评/.test(appendInfo) ? appendInfo : appended.label,
    variant: variant.replace(/\s+/g, ' ').trim(),
  };
}

/** 2023– `Comment--root--` cards. */
function readComment(el: Element): Parts | null {
  const s = commentSelectors;
  const append = el.querySelector(s.followUpBlock);
  const first = Array.from(el.querySelectorAll(s.body)).find((b) => !append || !append.contains(b));
  const text = textOf(first, { lines: true });
  if (!text) return null;
  const { dateText, variant } = splitMeta(textOf(el.querySelector(s.meta)));
  // The follow-up's label sits in its own element ("15天后追评") or starts its text.
  const appendBody = splitFollowUpLabel(textOf(append?.querySelector(s.body), { lines: true }));
  const label = appendBody.label || textOf(append, { exclude: s.body });
  const like = el.querySelector(s.helpful);
  return {
    author: cleanAuthor(textOf(querySelectorFirst(el, s.author))),
    dateText,
    text,
    followUp: appendBody.rest,
    followUpLabel: label,
    variant,
    helpful: like ? parseVotes(textOf(like)) : undefined,
  };
}

function finish(
  id: string,
  p: Parts,
  itemId: string,
  capturedAt: string,
  warnings: string[],
): ReviewSnapshot {
  return reviewSnapshot(
    {
      id,
      productKey: itemId,
      rating: null,
      body: withFollowUp(p.text, p.followUp, p.followUpLabel),
      date: p.dateText ? parseTaobaoDate(p.dateText, capturedAt) : null,
      dateText: p.dateText,
      author: p.author,
      variant: p.variant,
      helpfulVotes: p.helpful,
    },
    warnings,
    // Taobao shows no stars per review: no rating is no warning.
    { starless: true },
  );
}

/** Every review card on the page, all generations, each review once (the section and the drawer). */
export function readTaobaoReviews(
  doc: ParentNode,
  itemId: string,
  capturedAt: string,
  warnings: string[],
): ReadReviews {
  // A duplicate (the drawer repeats the section) is known by its id before it is finished, so its
  // warnings are not said twice.
  const reader =
    (fn: (el: Element) => Parts | null): CardReader =>
    (el, known) => {
      const parts = fn(el);
      if (!parts) return null;
      const id = (parts.id ?? hashedId(itemId, parts, capturedAt)).slice(0, 200);
      return known(id) ? null : finish(id, parts, itemId, capturedAt, warnings);
    };
  return readReviewCards(doc, [
    [kgRateSelectors.card, reader(readKgRate)],
    [tmallRateSelectors.card, reader(readTmallRow)],
    [commentSelectors.card, reader(readComment)],
  ]);
}
