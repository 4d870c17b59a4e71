/**
 * eBay feedback entries, from the rendered DOM (the extension never calls eBay's feedback services):
 * one reader for the Feedback profile (`ebay/reviews`) and the item page's "Seller feedback" section
 * (`ebay/product`), both generations of the entry (selectors.ts: the 2022– cards, the 2020–2023 table).
 *
 * eBay feedback is not a star rating: a buyer rates a purchase positive, neutral or negative. Stored as
 * a rating the review alerts understand (lib/alerts/review-alerts.ts), as eBay itself ranks them:
 *   positive → 5   never a complaint by its stars; a negative text still raises an `info` alert;
 *   neutral  → 3   a complaint when the text (or a named aspect) is negative: eBay sellers treat a
 *                  neutral as a warning sign, and so does the alert (warning at ≤ 3);
 *   negative → 1   always a complaint (warning), whatever the text: a negative costs the seller.
 * An icon none of these words names gives `rating: null` and a warning; the entry is still read.
 *
 * Which product an entry is about: the item it names, by its link (`/itm/<id>`) or the "(#<id>)" after
 * the item title; that is the item id the item page and Seller Hub use, so the entry joins the listing.
 * An entry that names no item (a private listing, "This item" panels on the item page) is kept only
 * where the caller knows the item; elsewhere it is counted and left out, never given an invented product.
 * Also left out, counted: feedback a seller left for the member as a buyer ("Feedback left by seller"),
 * and "eBay automated feedback" (eBay's own "Order delivered on time with no issues", not a buyer's
 * words).
 *
 * Times: eBay shows a bucket ("Past month", "Past 6 months", "Past year"), not a day. A bucket is no
 * calendar date: `date` is null with the text kept in `dateText` (the alerts then judge freshness by
 * when the entry was first seen); a real date, where a page shows one, is read.
 *
 * Ids: entries carry no id on the card layout, and one entry must get one id on every page and every
 * day that shows it, so the id is a hash of the item, the buyer's masked name (without their score,
 * which grows) and the comment: never the time bucket, which moves from "Past month" to "Past year". A
 * buyer's follow-up is the buyer's words: it is appended to the body ("Buyer's follow-up: …"), so adding
 * one completes the entry (classified again), not a new entry. A seller's reply is the seller's words,
 * not the buyer's: it is left out, as on Shopee, Taobao and Etsy (read into the body, its apology "A
 * replacement shipped on Nov 3" was a shipping complaint of the buyer's). Two entries merged by this key
 * are two purchases of one item by buyers with the same mask and the same words.
 */
import type { ReviewSnapshot } from '../../schemas/snapshot';
import { fnv1a64 } from '../../hash';
import { attr, closest, querySelectorFirst, textOf } from '../dom';
import { parseReviewDate } from '../amazon/text';
import { itemIdFromHref } from './match';
import { CLIPPED, feedbackSelectors as sel } from './selectors';

export type FeedbackKind = 'positive' | 'neutral' | 'negative';

/** The rating a feedback kind is stored as (see the header). */
export const FEEDBACK_RATING: Readonly<Record<FeedbackKind, number>> = Object.freeze({
  positive: 5,
  neutral: 3,
  negative: 1,
});

/** The kind a label, class or test id names, in the languages of the eBay sites. */
export function feedbackKind(text: string): FeedbackKind | null {
  const t = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (/negati|negatyw/.test(t)) return 'negative';
  if (/neutr/.test(t)) return 'neutral';
  if (/positi|pozytyw/.test(t)) return 'positive';
  return null;
}

/** "Feedback left by seller." (and its translations): feedback the member received as a buyer. */
const LEFT_BY_SELLER =
  /left by (?:the )?seller|vom verk[aä]ufer|par le vendeur|dal venditore|por el vendedor|door de verkoper|od sprzedaj/i;
const AUTOMATED =
  /automated feedback|automatische bewertung|automatisierte|evaluation automatique|feedback automatico|valoraci[oó]n autom[aá]tica|automatische feedback/i;
/** The buyer's feedback score after the masked name: "b***r (42)", "t***o (1.234)". */
const SCORE = /\s*\(\s*\d[\d.,\s]*\)\s*$/;
const ITEM_NUMBER = /\(#\s*(\d{9,15})\s*\)/;
const VERIFIED =
  /verified purchase|verifizierter kauf|achat v[eé]rifi[eé]|acquisto verificato|compra verificada|geverifieerde aankoop|zweryfikowany zakup/i;
/** A time cell's text: a bucket ("Past month", "Letzter Monat", "Le mois dernier") or a date. */
const TIME_WORDS =
  /past|last|more than|month|year|monat|jahr|mois|ann[eé]e|\bmes\b|mese|meses|a[nñ]o|anno|maand|jaar|miesi|rok/i;

export interface FeedbackRead {
  reviews: ReviewSnapshot[];
  /** Entries found, read or not. */
  cards: number;
  /** Entries naming no item the caller could key them under. */
  noItem: number;
  /** Entries about another item than the one the caller wants (the item page's "All items"). */
  otherItem: number;
  /** Feedback left by sellers (the member as a buyer) and eBay's automated feedback. */
  notBuyers: number;
  /** Entries with neither a comment nor a rating. */
  unreadable: number;
}

/** Outermost feedback entries of a page or a part of it (an entry never holds another). */
export function feedbackCards(root: ParentNode): Element[] {
  const all = root.querySelectorAll(sel.card.join(', '));
  const out: Element[] = [];
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    if (el.parentElement && closest(el.parentElement, sel.card.join(', '))) continue;
    out.push(el);
  }
  return out;
}

/**
 * The title of the item an entry names, as its item line shows it without the "(#123456789012)" after
 * it ('' when the line has no title: a private listing, an item eBay no longer shows).
 */
export function cardItemTitle(card: Element): string {
  const box = querySelectorFirst(card, sel.item);
  if (!box) return '';
  return textOf(box)
    .replace(new RegExp(ITEM_NUMBER.source, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 500);
}

/** The item an entry names: its item link, else the "(#123456789012)" after the title; or null. */
export function cardItemId(card: Element): string | null {
  const box = querySelectorFirst(card, sel.item);
  if (!box) return null;
  const links = box.querySelectorAll('a[href]');
  for (let i = 0; i < links.length; i++) {
    const id = itemIdFromHref(attr(links[i], 'href'));
    if (id) return id;
  }
  return ITEM_NUMBER.exec(textOf(box))?.[1] ?? null;
}

function cardKind(card: Element): FeedbackKind | null {
  for (const s of sel.rating) {
    const els = card.querySelectorAll(s);
    for (let i = 0; i < els.length; i++) {
      const el = els[i]!;
      const kind =
        feedbackKind(attr(el, 'data-test-type')) ??
        feedbackKind(attr(el, 'data-test-id')) ??
        feedbackKind(attr(el, 'aria-label')) ??
        feedbackKind(attr(el, 'class')) ??
        feedbackKind(attr(el, 'title'));
      if (kind) return kind;
    }
  }
  return null;
}

/** The buyer's masked name and whether the entry says a seller left it. */
function cardAuthor(card: Element): { author: string; bySeller: boolean } {
  const box = querySelectorFirst(card, sel.author);
  if (!box) return { author: '', bySeller: false };
  const roles = [attr(box, 'aria-label'), textOf(box)];
  const marks = box.querySelectorAll(sel.authorRole);
  for (let i = 0; i < marks.length; i++) roles.push(textOf(marks[i]), attr(marks[i], 'aria-label'));
  const bySeller = roles.some((r) => LEFT_BY_SELLER.test(r));
  // The name is the first line of the box that is not the screen-reader role text.
  let name = '';
  for (const child of Array.from(box.children)) {
    if (child.matches('.fb-clipped, .clipped')) continue;
    name = textOf(child, { exclude: '.fb-clipped, .clipped' });
    if (name) break;
  }
  name ||= textOf(box, { exclude: '.fb-clipped, .clipped' });
  name = name.replace(/^[-–]\s*/, '').replace(/\s*[-–]\s*feedback left by.*$/i, '');
  return { author: name.replace(SCORE, '').trim(), bySeller };
}

function cardTime(card: Element): string {
  const el = querySelectorFirst(card, sel.time);
  if (el) return textOf(el);
  // The 2020–2023 table has no class on its time cell: the row's cell whose whole text is a time.
  if (card.nodeName.toUpperCase() !== 'TR') return '';
  const cells = card.querySelectorAll('td');
  for (let i = 0; i < cells.length; i++) {
    const text = textOf(cells[i]);
    if (text && text.length <= 40 && (TIME_WORDS.test(text) || parseReviewDate(text))) return text;
  }
  return '';
}

function cardVerified(card: Element): boolean {
  const el = querySelectorFirst(card, sel.verified);
  return el !== null && (textOf(el) === '' || VERIFIED.test(textOf(el)));
}

/**
 * The buyer's follow-ups, each "<label>: <text>", outside the comment itself. A seller's reply is not
 * the buyer's: never read, also when a follow-up's element holds it.
 */
function cardFollowUps(card: Element, comment: Element | null): string[] {
  const out: string[] = [];
  const els = card.querySelectorAll(sel.followUp);
  for (let i = 0; i < els.length; i++) {
    const el = els[i]!;
    if (comment && (comment.contains(el) || el.contains(comment))) continue;
    // Only the outermost element of a follow-up (its label and text spans are inside it), and none
    // inside a seller's reply.
    const outer = el.parentElement && closest(el.parentElement, `${sel.followUp}, ${sel.reply}`);
    if (outer && outer !== card && card.contains(outer)) continue;
    const text = textOf(el, { lines: true, exclude: `${CLIPPED}, ${sel.reply}` });
    if (!text) continue;
    out.push(/^[^:\n]{1,60}:/.test(text) ? text : `Buyer's follow-up: ${text}`);
  }
  return out;
}

const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/** The id of an entry on every page and day that shows it (see the header). */
export function feedbackId(itemId: string, author: string, comment: string): string {
  return `ebay-fb-${fnv1a64([itemId, norm(author), norm(comment)].join('\n'))}`;
}

/**
 * Reads feedback entries, each under the item `itemFor` gives it: `named` is the item the entry names
 * (or null); the answer is the item to key it under, null to leave it out (counted as `noItem` when
 * it named none, else `otherItem`). Each entry once.
 */
export function readFeedback(
  cards: readonly Element[],
  itemFor: (card: Element, named: string | null) => string | null,
  warnings: string[],
): FeedbackRead {
  const out: FeedbackRead = {
    reviews: [],
    cards: cards.length,
    noItem: 0,
    otherItem: 0,
    notBuyers: 0,
    unreadable: 0,
  };
  const seen = new Set<string>();
  for (const card of cards) {
    const { author, bySeller } = cardAuthor(card);
    if (bySeller || AUTOMATED.test(author)) {
      out.notBuyers++;
      continue;
    }
    const commentEl = querySelectorFirst(card, sel.comment);
    const comment = textOf(commentEl, { lines: true, exclude: CLIPPED });
    const kind = cardKind(card);
    if (!comment && kind === null) {
      out.unreadable++;
      continue;
    }
    const named = cardItemId(card);
    const item = itemFor(card, named);
    if (item === null) {
      if (named === null) out.noItem++;
      else out.otherItem++;
      continue;
    }
    const id = feedbackId(item, author, comment);
    if (seen.has(id)) continue;
    seen.add(id);
    const followUps = cardFollowUps(card, commentEl);
    const dateText = cardTime(card);
    const date = dateText ? parseReviewDate(dateText) : null;
    if (kind === null)
      warnings.push(`feedback ${id}: unreadable rating (positive, neutral, negative)`);
    const review: ReviewSnapshot = {
      id,
      productKey: item,
      rating: kind === null ? null : FEEDBACK_RATING[kind],
      title: '',
      body: [comment, ...followUps]
        .filter((s) => s !== '')
        .join('\n\n')
        .slice(0, 100_000),
      date,
      dateText: dateText.slice(0, 2_000),
    };
    if (author) review.author = author.slice(0, 2_000);
    if (cardVerified(card)) review.verified = true;
    const itemTitle = cardItemTitle(card);
    if (itemTitle && /\p{L}/u.test(itemTitle)) review.productTitle = itemTitle;
    out.reviews.push(review);
  }
  return out;
}

/**
 * The item page's "This item" feedback panel: a tab panel labelled by a tab that names this item, or
 * tracked as the ITEM tab. Entries there name no item: they are about the page's own.
 */
export function inThisItemPanel(card: Element): boolean {
  const panel = closest(card, sel.tabPanel);
  if (!panel) return false;
  const track = panel.querySelector(sel.itemTabTrack);
  if (track && /"fdbk_tab"\s*:\s*"ITEM"/.test(attr(track, 'data-track'))) return true;
  const tabId = attr(panel, 'aria-labelledby');
  const tab = tabId ? panel.ownerDocument.getElementById(tabId) : null;
  return (
    tab !== null &&
    /^(?:this item|dieser artikel|cet objet|questo oggetto|este art[ií]culo|dit artikel|ten przedmiot)\b/i.test(
      textOf(tab),
    )
  );
}
