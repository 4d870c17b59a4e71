/**
 * Pure data shaping for the Reviews view: polarity per period, aspect breakdown, filters and the
 * highlight segments of a review. No React, no chart.js: unit-tested on plain records.
 */
import type { AspectFinding, ReviewRecord } from '@/lib/db/types';
import { reviewText } from '@/lib/alerts/review-text';
import { ASPECTS } from '@/lib/sentiment/types';

export type LabelFilter = 'all' | 'positive' | 'neutral' | 'negative' | 'unknown' | 'pending';

/** Aspects in display order: the model's fixed set. */
export const ASPECT_ORDER = ASPECTS;

export interface ReviewFilter {
  label: LabelFilter;
  /** An aspect name, or 'all'. */
  aspect: string;
}

export function labelOf(r: Pick<ReviewRecord, 'label'>): Exclude<LabelFilter, 'all'> {
  return r.label ?? 'pending';
}

export function filterReviews(reviews: readonly ReviewRecord[], f: ReviewFilter): ReviewRecord[] {
  return reviews.filter(
    (r) =>
      (f.label === 'all' || labelOf(r) === f.label) &&
      (f.aspect === 'all' || (r.aspects ?? []).some((a) => a.aspect === f.aspect)),
  );
}

/** How many reviews carry each label ('pending': not classified yet). */
export function labelCounts(
  reviews: readonly Pick<ReviewRecord, 'label'>[],
): Record<Exclude<LabelFilter, 'all'>, number> {
  const out = { positive: 0, neutral: 0, negative: 0, unknown: 0, pending: 0 };
  for (const r of reviews) out[labelOf(r)]++;
  return out;
}

/** A review's calendar day: its own date, else the day we first saw it. */
export function dayOf(r: Pick<ReviewRecord, 'date' | 'firstSeen'>): string {
  return r.date ?? r.firstSeen.slice(0, 10);
}

/** Newest first (by review date, then capture time), stable for equal dates. */
export function sortNewestFirst(reviews: readonly ReviewRecord[]): ReviewRecord[] {
  return reviews.toSorted((a, b) => {
    const da = dayOf(a);
    const db = dayOf(b);
    if (da !== db) return da < db ? 1 : -1;
    return a.firstSeen < b.firstSeen
      ? 1
      : a.firstSeen > b.firstSeen
        ? -1
        : a.id.localeCompare(b.id);
  });
}

export interface PeriodBucket {
  /** First day of the period, YYYY-MM-DD. */
  start: string;
  positive: number;
  neutral: number;
  negative: number;
  /** Text in a language the model cannot read, or not classified yet. */
  other: number;
}

export type PeriodUnit = 'week' | 'month' | 'quarter' | 'year';

export interface PolaritySeries {
  unit: PeriodUnit;
  buckets: PeriodBucket[];
}

const DAY_MS = 86_400_000;

function weekStart(day: string): string {
  const t = Date.parse(`${day}T00:00:00Z`);
  const dow = (new Date(t).getUTCDay() + 6) % 7; // Monday = 0 (ISO weeks)
  return new Date(t - dow * DAY_MS).toISOString().slice(0, 10);
}

/** First day of the period holding `day`. */
function periodStart(day: string, unit: PeriodUnit): string {
  if (unit === 'week') return weekStart(day);
  if (unit === 'year') return `${day.slice(0, 4)}-01-01`;
  const m = Number(day.slice(5, 7));
  const first = unit === 'quarter' ? m - ((m - 1) % 3) : m;
  return `${day.slice(0, 4)}-${String(first).padStart(2, '0')}-01`;
}

/** First day of the period after the one starting at `start`. */
function nextPeriod(start: string, unit: PeriodUnit): string {
  if (unit === 'week')
    return new Date(Date.parse(`${start}T00:00:00Z`) + 7 * DAY_MS).toISOString().slice(0, 10);
  const [y, m] = start.split('-').map(Number) as [number, number];
  const months = unit === 'year' ? 12 : unit === 'quarter' ? 3 : 1;
  const n = y * 12 + (m - 1) + months;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}-01`;
}

/**
 * Counts per week; per month when the reviews span more than half a year, per quarter beyond three
 * years and per year beyond eight (Amazon pages mix reviews from many years: a decade of monthly bars
 * drew 120 slivers a pixel wide in the side panel). At most about 36 bars. Empty periods between the
 * first and the last are kept so gaps show as gaps.
 */
export function polarityByPeriod(reviews: readonly ReviewRecord[]): PolaritySeries {
  const days = reviews
    .map(dayOf)
    .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
    .toSorted();
  if (days.length === 0) return { unit: 'week', buckets: [] };
  const span =
    Date.parse(`${days[days.length - 1]}T00:00:00Z`) - Date.parse(`${days[0]}T00:00:00Z`);
  const unit: PeriodUnit =
    span <= 183 * DAY_MS
      ? 'week'
      : span <= 3 * 365 * DAY_MS
        ? 'month'
        : span <= 8 * 365 * DAY_MS
          ? 'quarter'
          : 'year';
  const map = new Map<string, PeriodBucket>();
  const last = periodStart(days[days.length - 1]!, unit);
  for (let k = periodStart(days[0]!, unit); k <= last; k = nextPeriod(k, unit)) {
    map.set(k, { start: k, positive: 0, neutral: 0, negative: 0, other: 0 });
  }
  for (const r of reviews) {
    const d = dayOf(r);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) continue;
    const b = map.get(periodStart(d, unit));
    if (!b) continue;
    if (r.label === 'positive' || r.label === 'neutral' || r.label === 'negative') b[r.label]++;
    else b.other++;
  }
  return { unit, buckets: [...map.values()] };
}

function aspectRank(a: string): number {
  const i = (ASPECT_ORDER as readonly string[]).indexOf(a);
  return i < 0 ? ASPECT_ORDER.length : i;
}

export interface AspectCount {
  aspect: string;
  /** Reviews with at least one mention of this polarity (a review can count in two columns). */
  negative: number;
  positive: number;
  neutral: number;
}

/** Per aspect, how many reviews praise it and how many complain; aspects never mentioned are left out. */
export function aspectBreakdown(reviews: readonly ReviewRecord[]): AspectCount[] {
  const map = new Map<string, AspectCount>();
  for (const r of reviews) {
    const seen = new Set<string>();
    for (const a of r.aspects ?? []) {
      const key = `${a.aspect}:${a.polarity}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const c = map.get(a.aspect) ?? { aspect: a.aspect, negative: 0, positive: 0, neutral: 0 };
      c[a.polarity]++;
      map.set(a.aspect, c);
    }
  }
  return [...map.values()].toSorted(
    (a, b) => aspectRank(a.aspect) - aspectRank(b.aspect) || a.aspect.localeCompare(b.aspect),
  );
}

export interface Segment {
  text: string;
  /** Absent for plain text. */
  mark?: { polarity: AspectFinding['polarity']; aspects: AspectFinding[] };
}

const POLARITY_RANK: Record<AspectFinding['polarity'], number> = {
  negative: 2,
  positive: 1,
  neutral: 0,
};

/**
 * Splits `text[from, to)` into plain and highlighted segments. Spans may overlap (one clause can be
 * both a shipping and a packaging complaint): each piece is marked once, with the most severe
 * polarity covering it and every aspect that covers it. Out-of-range offsets are clipped, so a stale
 * span never throws or highlights the wrong field.
 */
export function highlightSegments(
  text: string,
  spans: readonly AspectFinding[],
  from = 0,
  to = text.length,
): Segment[] {
  const clipped = spans
    .map((s) => ({ ...s, start: Math.max(from, s.start), end: Math.min(to, s.end) }))
    .filter((s) => s.end > s.start);
  if (clipped.length === 0) return to > from ? [{ text: text.slice(from, to) }] : [];
  const cuts = [...new Set([from, to, ...clipped.flatMap((s) => [s.start, s.end])])].toSorted(
    (a, b) => a - b,
  );
  const out: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i]!;
    const b = cuts[i + 1]!;
    const cover = clipped.filter((s) => s.start <= a && s.end >= b);
    const piece = text.slice(a, b);
    const prev = out[out.length - 1];
    if (cover.length === 0) {
      if (prev && !prev.mark) prev.text += piece;
      else out.push({ text: piece });
      continue;
    }
    const polarity = cover.reduce<AspectFinding['polarity']>(
      (p, s) => (POLARITY_RANK[s.polarity] > POLARITY_RANK[p] ? s.polarity : p),
      'neutral',
    );
    const aspects = cover.map(({ aspect, polarity: pol, start, end }) => ({
      aspect,
      polarity: pol,
      start,
      end,
    }));
    out.push({ text: piece, mark: { polarity, aspects } });
  }
  return out;
}

/** Title and body segments of a stored review (its spans refer to title + body, see reviewText). */
export function reviewSegments(r: Pick<ReviewRecord, 'title' | 'body' | 'aspects'>): {
  title: Segment[];
  body: Segment[];
} {
  const { text, titleEnd, bodyOffset } = reviewText(r);
  const spans = r.aspects ?? [];
  return {
    title: highlightSegments(text, spans, 0, titleEnd),
    body: highlightSegments(text, spans, bodyOffset, text.length),
  };
}
