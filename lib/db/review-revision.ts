/**
 * A review seen again: did the buyer revise it? Marketplaces let buyers edit a review, stars and text
 * (Amazon, Etsy; eBay's revised feedback), and a seller who solved a buyer's problem watches for exactly
 * that: the 1★ "arrived broken" becoming a 4★ "seller replaced it at once".
 * Pure; ingest stores what this decides.
 *
 * Decisions (tests/unit/db/review-revision.test.ts):
 * - A revision is a different star rating, or a different text that is not the same text cut short.
 *   The same review read from another page is not a revision: a product page's card may show the body
 *   cut off ("…" or the "Read more" fold), a page may show no stars or no body at all. A longer text
 *   that starts with the stored one completes it (stored, re-read by the classifier, not a revision).
 * - Only a capture newer than the stored version can revise it: a capture delivered late (a retry from
 *   the content script's queue) must not turn the clock back.
 * - The replaced version is kept (`revisions`, oldest first, at most MAX_REVISIONS: the original and
 *   the latest ones), so no text a buyer once wrote is lost and the side panel can show what changed.
 * - Helpful votes change all the time: they are refreshed, without counting as a revision.
 */
import type { ReviewSnapshot } from '../schemas/snapshot';
import type { ReviewRecord, ReviewRevision } from './types';

/** Earlier versions kept per review: the original plus the latest ones. */
export const MAX_REVISIONS = 5;

export type ReviewChange =
  /** Nothing to store. */
  | { kind: 'same' }
  /** Stored fields refreshed (helpful votes, a text completed, a date read); no revision. */
  | { kind: 'refreshed'; row: ReviewRecord; reclassify: boolean }
  /** The buyer changed the review: `row` is the new version, the old one in its `revisions`. */
  | { kind: 'revised'; row: ReviewRecord };

/** Whitespace-insensitive text for comparison, with a trailing ellipsis or "Read more" fold dropped. */
function comparable(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/(?:\s*(?:…|\.{3}|read more|查看全部|展开))+\s*$/i, '')
    .trim();
}

/** The same text, or one cut short of the other. */
function sameText(a: string, b: string): boolean {
  const x = comparable(a);
  const y = comparable(b);
  if (x === y) return true;
  // Cut short: a shown fold of at least a few words (an empty body is "not shown", handled apart).
  if (x.length >= 20 && y.startsWith(x)) return true;
  if (y.length >= 20 && x.startsWith(y)) return true;
  return false;
}

/** `b` says more than `a` (the same text, shown in full where `a` was cut short). */
function longer(a: string, b: string): boolean {
  return comparable(b).length > comparable(a).length;
}

/** When the stored version was first seen: its revision time, else the first sighting. */
export function versionSeen(row: Pick<ReviewRecord, 'firstSeen' | 'revisedAt'>): string {
  return row.revisedAt ?? row.firstSeen;
}

function withoutLabel(row: ReviewRecord): ReviewRecord {
  const next: ReviewRecord = { ...row };
  delete next.lang;
  delete next.label;
  delete next.score;
  delete next.aspects;
  delete next.modelVersion;
  return next;
}

export function reviewChange(
  stored: ReviewRecord,
  seen: ReviewSnapshot,
  /** The capture's time (UTC ISO). */
  at: string,
): ReviewChange {
  const starsChanged =
    stored.rating !== null && seen.rating !== null && stored.rating !== seen.rating;
  // A side that shows no body (a list of titles and stars) or no title says nothing about it.
  const bodyChanged =
    stored.body.trim() !== '' && seen.body.trim() !== '' && !sameText(stored.body, seen.body);
  const titleChanged =
    stored.title.trim() !== '' && seen.title.trim() !== '' && !sameText(stored.title, seen.title);

  if ((starsChanged || bodyChanged || titleChanged) && at > versionSeen(stored)) {
    const previous: ReviewRevision = {
      rating: stored.rating,
      title: stored.title,
      body: stored.body,
      date: stored.date,
      dateText: stored.dateText,
      replacedAt: at,
    };
    const history = [...(stored.revisions ?? []), previous];
    const revisions =
      history.length > MAX_REVISIONS
        ? [history[0]!, ...history.slice(history.length - MAX_REVISIONS + 1)]
        : history;
    const row: ReviewRecord = {
      ...withoutLabel(stored),
      rating: seen.rating ?? stored.rating,
      title: seen.title.trim() !== '' ? seen.title : stored.title,
      body: seen.body.trim() !== '' ? seen.body : stored.body,
      // A market may show the revision's date or keep the original one: take what the page says.
      date: seen.date ?? stored.date,
      dateText: seen.date !== null || seen.dateText !== '' ? seen.dateText : stored.dateText,
      revisedAt: at,
      revisions,
    };
    if (seen.helpfulVotes !== undefined) row.helpfulVotes = seen.helpfulVotes;
    if (seen.variant !== undefined) row.variant = seen.variant;
    if (seen.verified !== undefined) row.verified = seen.verified;
    return { kind: 'revised', row };
  }

  // Not a revision: fill in what this page shows more fully.
  let row: ReviewRecord | null = null;
  let reclassify = false;
  const edit = (): ReviewRecord => (row ??= { ...stored });
  if (!bodyChanged && seen.body.trim() !== '' && longer(stored.body, seen.body)) {
    edit().body = seen.body;
    reclassify = true;
  }
  if (!titleChanged && seen.title.trim() !== '' && longer(stored.title, seen.title)) {
    edit().title = seen.title;
    reclassify = true;
  }
  if (stored.rating === null && seen.rating !== null) {
    edit().rating = seen.rating;
    reclassify = true;
  }
  if (stored.date === null && seen.date !== null) {
    edit().date = seen.date;
    edit().dateText = seen.dateText;
  }
  if (seen.helpfulVotes !== undefined && seen.helpfulVotes !== stored.helpfulVotes) {
    edit().helpfulVotes = seen.helpfulVotes;
  }
  if (seen.variant !== undefined && stored.variant === undefined) edit().variant = seen.variant;
  if (row === null) return { kind: 'same' };
  return { kind: 'refreshed', row: reclassify ? withoutLabel(row) : row, reclassify };
}
