/**
 * Review alerts (DESIGN.md §5, §7): `negative-review` for a new review that complains, and
 * `negative-spike` when the share of negative reviews of a product rises against its own baseline.
 * Pure functions over classified ReviewRecords, plus the DB evaluator the background registers.
 *
 * Decisions (tested in tests/unit/alerts/review-alerts.test.ts):
 * - A review "complains" when its text is negative (label), when it names a negative aspect, or when it
 *   has 1–2 stars (the market's own convention). Stars are evidence, not the label: a 4★ review with a
 *   shipping complaint raises an `info` alert that surfaces the complaint without touching the badge.
 * - Severity: `warning` when the text is negative with ≤ 3★ (or no rating), when there are 1–2★, or a
 *   negative aspect with 3★; `info` when 4–5★ (or no rating) contradict or soften the complaint.
 *   `critical` only for a negative authenticity aspect ("fake", "not genuine", 假货) on a warning-level
 *   review: inauthentic-item complaints feed the marketplaces' account-health metrics and can get a
 *   listing suspended, so they deserve a notification. 1★ quality complaints are the most common kind of
 *   negative review; notifying for each would teach the seller to ignore notifications.
 * - Text in a language the model cannot read (label `unknown`) alerts only on its stars (1–2★), and
 *   says the text was not analysed.
 * - Only new reviews alert: first seen within NEW_REVIEW_MAX_AGE_DAYS, and written at most that long
 *   before we first saw them. The first visit to a page listing 100 reviews from past years raises no
 *   negative-review alert: those reviews feed the negative-spike baseline and the Reviews view instead
 *   (one summary alert would say nothing the Reviews tab does not show better). A review whose date is
 *   unreadable counts as new only if the product already had reviews captured earlier.
 * - Each version of a review alerts at most once (dedupeKey `negative-review:<review id>`): re-runs,
 *   re-captures and a new model re-labelling old reviews never raise it again, and a resolved one is
 *   never reopened. A review the buyer revises (lib/db/review-revision.ts) is judged again: revised into
 *   a complaint it alerts ("Review of … revised to 1★ (was 5★)", new for 14 days from the revision,
 *   reopening a resolved alert), revised out of one ("seller replaced it", 5★) its alert resolves with
 *   the revision in its evidence.
 * - negative-spike: share of `negative` labels among the reviews readable by the model, window = last
 *   `negativeSpikeWindowDays` by review date (capture date when the date is unreadable), baseline =
 *   all earlier reviews. Raised when window share − baseline share ≥ `negativeSpikeMarginPct` points,
 *   with ≥ `negativeSpikeMinReviews` reviews in the window and in the baseline (a new product has no
 *   baseline to rise from). Hysteresis: resolved only when the excess falls below half the margin (or
 *   the window empties); with too few window reviews to judge, the alert keeps its state.
 */
import { table } from '../lookup';
import type { Alert, AlertCandidate, Localized, Severity } from '../schemas/alert';
import type { Settings, Thresholds } from '../schemas/settings';
import type { SellerRadarDB } from '../db/database';
import type { AspectFinding, ListingRecord, ReviewRecord } from '../db/types';
import { applyCandidates, resolveAlerts } from './lifecycle';
import { languageName } from '../i18n';
import { aspectName, reviewText } from './review-text';
import { versionSeen } from '../db/review-revision';

const DAY_MS = 86_400_000;

/** A review older than this at first capture, or captured longer ago than this, is not news. */
export const NEW_REVIEW_MAX_AGE_DAYS = 14;

export function negativeReviewKey(reviewId: string): string {
  return `negative-review:${reviewId}`;
}

export function negativeSpikeKey(listingId: string): string {
  return `negative-spike:${listingId}`;
}

// C0/C1 controls and the bidirectional overrides and isolates that could make a quote read differently
// from what it says (Trojan Source style), and the invisible characters that split a word in the
// quote ("ter\u200Brible": zero-width space and non-joiner, word joiner, BOM, soft hyphen; not the
// zero-width joiner of emoji sequences). Markup is left as it is: alerts are rendered as text.
function isUnsafe(c: number): boolean {
  return (
    (c < 0x20 && c !== 9 && c !== 10 && c !== 13) ||
    (c >= 0x7f && c <= 0x9f) ||
    c === 0xad ||
    c === 0x200b ||
    c === 0x200c ||
    c === 0x2060 ||
    c === 0xfeff ||
    c === 0x200e ||
    c === 0x200f ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069)
  );
}

/** Review or title text fit for a one-line message: unsafe characters dropped, whitespace collapsed. */
export function cleanText(text: string): string {
  let safe = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isUnsafe(text.charCodeAt(i))) continue;
    safe += text.slice(from, i);
    from = i + 1;
  }
  safe = from === 0 ? text : safe + text.slice(from);
  return safe.replace(/\s+/g, ' ').trim();
}

/** Cuts at a word boundary (or anywhere for CJK) and never inside a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  const c = text.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  const space = text.lastIndexOf(' ', cut);
  if (space > max * 0.6) cut = space;
  return text.slice(0, cut).replace(/[\s,.;:!?，。；：！？、-]+$/, '') + '…';
}

/** A listing id's product part, named when the listing is not stored. */
const idTail = (id: string) => id.split(':').pop() ?? id;

const TITLE_SEPARATOR = /\s[-|–—]\s|,\s|，|\|/;

/** A short product name: the listing title up to its first separator, else the product key. */
export function productName(
  listing: Pick<ListingRecord, 'title' | 'productKey'> | undefined,
  fallback: string,
): string {
  const title = cleanText(listing?.title ?? '');
  if (title === '') return listing?.productKey ?? fallback;
  const head = title.split(TITLE_SEPARATOR)[0]!.trim();
  return truncate(head.length >= 8 ? head : title, 48);
}

/**
 * Short names that tell apart products whose short names collide: variants of one product
 * ("Acme Insulated Water Bottle, 32 oz, Blue" and "…, Red") are named "Acme Insulated Water Bottle
 * (Blue)" and "… (Red)": the short name extended with the parts of the title that differ within the
 * group. Where the titles do not tell them apart (same title, no title), the market's product id is
 * added ("… (B0QABLUE01)"), and the listing id as a last resort. A name that collides with no other
 * keeps its short form.
 */
export function productNames(
  listings: ReadonlyArray<{
    id: string;
    listing: Pick<ListingRecord, 'title' | 'productKey'> | undefined;
  }>,
): Map<string, string> {
  const short = new Map(listings.map((l) => [l.id, productName(l.listing, idTail(l.id))]));
  const groups = new Map<string, string[]>();
  for (const [id, name] of short) groups.set(name, [...(groups.get(name) ?? []), id]);
  const out = new Map(short);
  const byId = new Map(listings.map((l) => [l.id, l.listing]));
  for (const [name, ids] of groups) {
    if (ids.length < 2) continue;
    const parts = ids.map((id) =>
      cleanText(byId.get(id)?.title ?? '')
        .split(TITLE_SEPARATOR)
        .map((p) => p.trim())
        .filter((p) => p !== ''),
    );
    // The leading and trailing parts every title of the group shares; the rest tells them apart.
    const min = Math.min(...parts.map((p) => p.length));
    let lead = 0;
    while (lead < min && parts.every((p) => p[lead] === parts[0]![lead])) lead++;
    let tail = 0;
    while (
      tail < min - lead &&
      parts.every((p) => p[p.length - 1 - tail] === parts[0]![parts[0]!.length - 1 - tail])
    )
      tail++;
    const extended = ids.map((id, i) => {
      const differs = parts[i]!.slice(Math.max(lead, 1), parts[i]!.length - tail).join(', ');
      return differs === '' ? name : `${name} (${truncate(differs, 32)})`;
    });
    ids.forEach((id, i) => {
      const clash = extended.filter((n) => n === extended[i]).length > 1;
      const key = byId.get(id)?.productKey ?? idTail(id);
      out.set(id, clash ? `${name} (${key})` : extended[i]!);
    });
    // Same product id on two storefronts (amazon.com and amazon.de): the listing id tells them apart.
    const same = ids.filter((id) =>
      ids.some((other) => other !== id && out.get(other) === out.get(id)),
    );
    for (const id of same) out.set(id, `${name} (${id})`);
  }
  return out;
}

function starsEn(rating: number | null): string {
  return rating === null ? '' : `${Number(rating.toFixed(1))}★ `;
}

/**
 * A product name in a Chinese sentence, in quotation marks: a marketplace title runs on for a line
 * (【官方正品】不锈钢保温杯 大容量 男女学生 便携水杯) and without them its end would merge into 新增.
 */
function zhProduct(product: string): string {
  return `“${product}”`;
}

function starsZh(rating: number | null): string {
  return rating === null ? '' : ` ${Number(rating.toFixed(1))} 星`;
}

function listEn(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function listZh(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('、')}和${items[items.length - 1]}`;
}

/** Negative mentions in text order (the first one is quoted). */
function negativeAspects(review: ReviewRecord): AspectFinding[] {
  return (review.aspects ?? [])
    .filter((a) => a.polarity === 'negative')
    .toSorted((a, b) => a.start - b.start || a.end - b.end);
}

/** Distinct aspect names in order of first mention; authenticity first, it decides the next step. */
function aspectOrder(aspects: AspectFinding[]): string[] {
  const names = [...new Set(aspects.map((a) => a.aspect))];
  return names.includes('authenticity')
    ? ['authenticity', ...names.filter((n) => n !== 'authenticity')]
    : names;
}

export interface FreshnessContext {
  now: string;
  /** The product had reviews first seen before this one (a page we were already watching). */
  hadEarlierReviews: boolean;
}

export function isNewReview(review: ReviewRecord, ctx: FreshnessContext): boolean {
  const now = Date.parse(ctx.now);
  if (review.revisedAt !== undefined) {
    // A revision is news when it was seen lately, whatever the date the market keeps on the review.
    const revised = Date.parse(review.revisedAt);
    return Number.isFinite(revised) && now - revised <= NEW_REVIEW_MAX_AGE_DAYS * DAY_MS;
  }
  const seen = Date.parse(review.firstSeen);
  if (!Number.isFinite(seen) || now - seen > NEW_REVIEW_MAX_AGE_DAYS * DAY_MS) return false;
  if (review.date === null) return ctx.hadEarlierReviews;
  const written = Date.parse(`${review.date}T00:00:00Z`);
  if (!Number.isFinite(written)) return ctx.hadEarlierReviews;
  // Calendar days, plus one: the date is the market's local date, firstSeen is UTC.
  const seenDay = Date.parse(`${new Date(seen).toISOString().slice(0, 10)}T00:00:00Z`);
  return seenDay - written <= (NEW_REVIEW_MAX_AGE_DAYS + 1) * DAY_MS;
}

/** Severity of a review's complaint, or null when the review does not complain. */
export function complaintSeverity(review: ReviewRecord): Severity | null {
  const rating = review.rating;
  const lowStars = rating !== null && rating <= 2;
  if (review.label === undefined) return null;
  if (review.label === 'unknown') return lowStars ? 'warning' : null;
  const textNegative = review.label === 'negative';
  const negAspects = negativeAspects(review);
  if (!textNegative && negAspects.length === 0 && !lowStars) return null;
  const warning =
    lowStars ||
    (textNegative && (rating === null || rating <= 3)) ||
    (negAspects.length > 0 && rating !== null && rating <= 3);
  if (!warning) return 'info';
  return negAspects.some((a) => a.aspect === 'authenticity') ? 'critical' : 'warning';
}

const NEXT_STEPS: Readonly<Record<string, Localized>> = table({
  authenticity: {
    en: 'Reply and ask for the order details; keep your supplier invoices ready: repeated “not genuine” complaints can get a listing suspended.',
    zh: '回复买家并核实订单；备好进货发票等供应链凭证：多次“非正品”投诉可能导致商品被下架。',
  },
  shipping: {
    en: "Check this order's delivery (carrier, warehouse) and reply to the customer; if it repeats, raise it with the carrier.",
    zh: '核查该订单的配送情况（承运商、发货仓）并回复买家；如反复出现，请与物流商沟通。',
  },
  packaging: {
    en: 'Check how this product is packed for shipping (box strength, padding) and reply to the customer.',
    zh: '检查该商品的发货包装（纸箱强度、缓冲材料），并回复买家。',
  },
  quality: {
    en: 'Inspect stock from the same batch and reply to the customer; offer a replacement or refund if the unit is faulty.',
    zh: '抽检同批次库存并回复买家；如确属质量问题，提供换货或退款。',
  },
  service: {
    en: 'Review the customer-service conversation for this order and reply to the customer.',
    zh: '复查该订单的客服沟通记录，并回复买家。',
  },
  price: {
    en: 'Compare your price with the offers the customer may have seen, and check that the listing sets the right expectations.',
    zh: '对比买家可能看到的其他报价，并检查商品描述是否让买家产生了错误预期。',
  },
  size: {
    en: "Check the size chart and the listing's dimensions against the product: unclear sizing drives returns.",
    zh: '核对尺码表和商品描述中的尺寸：尺码说明不清会导致退货。',
  },
});
const GENERIC_NEXT: Localized = {
  en: 'Read the review and reply to the customer; check whether recent reviews share the complaint.',
  zh: '阅读评论并回复买家；看看近期其他评论是否有类似问题。',
};

/** The part of the review that carries the complaint: first negative aspect span, else title, else body. */
function quoteOf(review: ReviewRecord, negAspects: AspectFinding[]): string {
  const { text } = reviewText(review);
  const first = negAspects[0];
  const span = first ? cleanText(text.slice(first.start, first.end)) : '';
  const raw = span || cleanText(review.title) || cleanText(review.body);
  return truncate(raw, 90);
}

/** The stars of the version a revised review replaced, when they differ from its stars now. */
function previousRating(review: ReviewRecord): number | null {
  const before = review.revisions?.at(-1)?.rating ?? null;
  return before !== null && review.rating !== null && before !== review.rating ? before : null;
}

/**
 * "New 1★ review of …: shipping complaint — “…”", or for a review the buyer revised, "Review of …
 * revised to 1★ (was 5★): …": a revision to a complaint is news even on a review first seen long ago.
 */
function reviewMessage(
  review: ReviewRecord,
  product: string,
  names: string[],
  q: Localized,
): Localized {
  const revised = review.revisedAt !== undefined;
  const was = previousRating(review);
  const wasEn = was !== null ? ` (was ${starsEn(was).trim()})` : '';
  const wasZh = was !== null ? `原为${starsZh(was)}` : '';
  // The lead of every variant; `negative` makes it a 差评 ("negative review").
  // Revised with the same stars (or none): the text changed, and the lead must not read as if the
  // stars had (QA pass: "revised to 5★" for a 5★ review whose words were edited).
  const textOnly = revised && was === null;
  const leadEn = (negative: boolean) =>
    !revised
      ? `New ${starsEn(review.rating)}${negative ? 'negative ' : ''}review of ${product}`
      : textOnly
        ? `Review of ${product} edited${review.rating !== null ? ` (stars unchanged, ${starsEn(review.rating).trim()})` : ''}${negative ? ', negative' : ''}`
        : `Review of ${product} revised${review.rating !== null ? ` to ${starsEn(review.rating).trim()}` : ''}${wasEn}${negative ? ', negative' : ''}`;
  const leadZh = (negative: boolean) =>
    !revised
      ? `${zhProduct(product)}新增${starsZh(review.rating)}${negative ? '差评' : '评论'}`
      : textOnly
        ? `${zhProduct(product)}的一条${review.rating !== null ? starsZh(review.rating) : ''}${negative ? '差评' : '评论'}被修改了内容${review.rating !== null ? '（星级未变）' : ''}`
        : `${zhProduct(product)}的一条评论改为${starsZh(review.rating!)}${negative ? '差评' : ''}`;
  /** A parenthesis of notes in Chinese, the revision's old stars first. */
  const notesZh = (...notes: string[]) => {
    const all = [wasZh, ...notes].filter((n) => n !== '');
    return all.length ? `（${all.join('，')}）` : '';
  };
  if (review.label === 'unknown') {
    const known = review.lang && review.lang !== 'und' ? review.lang : null;
    return {
      en: `${leadEn(false)} (in ${known ? languageName(known, 'en') : 'an unsupported language'}, text not analysed)${q.en}`,
      zh: `${leadZh(false)}${notesZh(`${known ? languageName(known, 'zh') : '不支持的语言'}，未做情感分析`)}${q.zh}`,
    };
  }
  if (names.length > 0) {
    const en = names.map((n) => aspectName(n).en);
    const zh = names.map((n) => aspectName(n).zh);
    return {
      en: `${leadEn(false)}: ${listEn(en)} complaint${en.length > 1 ? 's' : ''}${q.en}`,
      // 差评 is a low rating to a Chinese seller: a 4★ review that mentions a shipping problem is not one.
      zh: `${leadZh(false)}${notesZh()}：提到${listZh(zh)}方面的问题${q.zh}`,
    };
  }
  if (review.rating !== null && review.rating >= 3) {
    // The text reads negative but the stars do not: not a 差评 (a low rating) nor a "negative review".
    return {
      en: `${leadEn(false)}, negative in tone${q.en}`,
      zh: `${leadZh(false)}${notesZh('内容偏负面')}${q.zh}`,
    };
  }
  return { en: `${leadEn(true)}${q.en}`, zh: `${leadZh(true)}${notesZh()}${q.zh}` };
}

export function negativeReviewCandidate(
  review: ReviewRecord,
  product: string,
  ctx: FreshnessContext,
): AlertCandidate | null {
  const severity = complaintSeverity(review);
  if (severity === null || !isNewReview(review, ctx)) return null;
  const negAspects = negativeAspects(review);
  const names = aspectOrder(negAspects);
  const quote = quoteOf(review, negAspects);
  const q = quote ? { en: ` — “${quote}”`, zh: `——“${quote}”` } : { en: '', zh: '' };
  const message = reviewMessage(review, product, names, q);
  const { text } = reviewText(review);
  return {
    kind: 'negative-review',
    severity,
    subject: review.listingId,
    dedupeKey: negativeReviewKey(review.id),
    at: review.firstSeen,
    message,
    nextStep: (names[0] !== undefined ? NEXT_STEPS[names[0]] : undefined) ?? GENERIC_NEXT,
    evidence: {
      reviewId: review.reviewId,
      listingId: review.listingId,
      rating: review.rating,
      label: review.label ?? null,
      score: review.score ?? null,
      lang: review.lang ?? null,
      date: review.date,
      firstSeen: review.firstSeen,
      ...(review.revisedAt !== undefined
        ? { revisedAt: review.revisedAt, previousRating: previousRating(review) }
        : {}),
      negativeAspects: negAspects.map((a) => ({
        aspect: a.aspect,
        text: truncate(cleanText(text.slice(a.start, a.end)), 200),
      })),
      modelVersion: review.modelVersion ?? null,
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// negative-spike

export interface AspectTrend {
  aspect: string;
  /** Reviews with a negative mention of the aspect, in the window and in the baseline. */
  windowReviews: number;
  baselineReviews: number;
  /** Share of the window's / baseline's readable reviews. */
  windowRate: number;
  baselineRate: number;
}

export interface SpikeStats {
  windowStart: string;
  windowCount: number;
  windowNegative: number;
  baselineCount: number;
  baselineNegative: number;
  windowShare: number;
  baselineShare: number;
  /** windowShare − baselineShare in percentage points. */
  excessPts: number;
  /** Aspects whose complaint rate rose, most increased first. */
  drivers: AspectTrend[];
}

/** A review's calendar date: its own date, else the day it was first captured. */
export function reviewDay(review: Pick<ReviewRecord, 'date' | 'firstSeen'>): string {
  return review.date ?? review.firstSeen.slice(0, 10);
}

const READABLE = new Set(['positive', 'neutral', 'negative']);

export function spikeStats(
  reviews: readonly ReviewRecord[],
  windowDays: number,
  now: string,
): SpikeStats {
  const windowStart = new Date(Date.parse(now) - windowDays * DAY_MS).toISOString().slice(0, 10);
  let windowCount = 0;
  let windowNegative = 0;
  let baselineCount = 0;
  let baselineNegative = 0;
  const perAspect = new Map<string, { w: number; b: number }>();
  for (const r of reviews) {
    if (r.label === undefined || !READABLE.has(r.label)) continue;
    const inWindow = reviewDay(r) >= windowStart;
    const negative = r.label === 'negative';
    if (inWindow) {
      windowCount++;
      if (negative) windowNegative++;
    } else {
      baselineCount++;
      if (negative) baselineNegative++;
    }
    for (const aspect of new Set(negativeAspects(r).map((a) => a.aspect))) {
      const c = perAspect.get(aspect) ?? { w: 0, b: 0 };
      if (inWindow) c.w++;
      else c.b++;
      perAspect.set(aspect, c);
    }
  }
  const windowShare = windowCount ? windowNegative / windowCount : 0;
  const baselineShare = baselineCount ? baselineNegative / baselineCount : 0;
  const drivers: AspectTrend[] = [];
  for (const [aspect, c] of perAspect) {
    const windowRate = windowCount ? c.w / windowCount : 0;
    const baselineRate = baselineCount ? c.b / baselineCount : 0;
    if (c.w >= 2 && windowRate > baselineRate) {
      drivers.push({ aspect, windowReviews: c.w, baselineReviews: c.b, windowRate, baselineRate });
    }
  }
  // Largest rise first; on a tie, more complaining reviews, then the aspect order of ASPECT_PRIORITY
  // (not the alphabet, which put "packaging" before "quality" and "shipping").
  drivers.sort(
    (a, b) =>
      b.windowRate - b.baselineRate - (a.windowRate - a.baselineRate) ||
      b.windowReviews - a.windowReviews ||
      priority(a.aspect) - priority(b.aspect),
  );
  return {
    windowStart,
    windowCount,
    windowNegative,
    baselineCount,
    baselineNegative,
    windowShare,
    baselineShare,
    excessPts: (windowShare - baselineShare) * 100,
    drivers,
  };
}

/**
 * "tripled" / "增至三倍" for the rise of one aspect's complaint rate. The words never overstate the
 * rise (QA pass): "doubled" only from 2× (to 2.1×), "more than doubled" (翻了一倍多) up to 3×, "tripled"
 * from 3× (to 3.5×), then the factor and below 2× the percentage, each rounded down. 20% → 50% is
 * "more than doubled", not "tripled".
 */
export function riseWords(trend: AspectTrend): Localized {
  const name = aspectName(trend.aspect);
  if (trend.baselineRate === 0) {
    return { en: `${name.en} complaints are new`, zh: `新出现${name.zh}投诉` };
  }
  // Rates are ratios of counts: 0.3 / 0.1 is 2.9999999999999996, which is three times.
  const ratio = trend.windowRate / trend.baselineRate + 1e-9;
  if (ratio >= 3.5) {
    const x = ratio >= 10 ? Math.floor(ratio).toString() : (Math.floor(ratio * 10) / 10).toString();
    return { en: `${name.en} complaints rose ${x}×`, zh: `${name.zh}投诉增至 ${x} 倍` };
  }
  if (ratio >= 3) return { en: `${name.en} complaints tripled`, zh: `${name.zh}投诉增至三倍` };
  if (ratio >= 2.1)
    return { en: `${name.en} complaints more than doubled`, zh: `${name.zh}投诉翻了一倍多` };
  if (ratio >= 2) return { en: `${name.en} complaints doubled`, zh: `${name.zh}投诉翻倍` };
  const pct = Math.floor((ratio - 1) * 100);
  return { en: `${name.en} complaints rose ${pct}%`, zh: `${name.zh}投诉增加 ${pct}%` };
}

/**
 * What drives a spike, in one clause per kind of change: aspects with no complaint before are named
 * together ("new complaints about packaging, quality and shipping"), each risen one on its own.
 */
export function driverWords(trends: readonly AspectTrend[]): Localized[] {
  const fresh = trends.filter((d) => d.baselineRate === 0);
  const out: Localized[] = [];
  if (fresh.length > 1) {
    const en = fresh.map((d) => aspectName(d.aspect).en);
    const zh = fresh.map((d) => aspectName(d.aspect).zh);
    out.push({ en: `new complaints about ${listEn(en)}`, zh: `新出现${listZh(zh)}投诉` });
  } else if (fresh.length === 1) {
    out.push(riseWords(fresh[0]!));
  }
  for (const d of trends) if (d.baselineRate > 0) out.push(riseWords(d));
  return out;
}

/** Which complaint to read first when two rose alike: a fake or a faulty product before a late parcel. */
const ASPECT_PRIORITY = [
  'authenticity',
  'quality',
  'shipping',
  'size',
  'packaging',
  'service',
  'price',
];
function priority(aspect: string): number {
  const i = ASPECT_PRIORITY.indexOf(aspect);
  return i < 0 ? ASPECT_PRIORITY.length : i;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

export function negativeSpikeCandidate(
  listingId: string,
  product: string,
  stats: SpikeStats,
  th: Pick<Thresholds, 'negativeSpikeWindowDays'>,
  now: string,
): AlertCandidate {
  const drivers = driverWords(stats.drivers.slice(0, 3));
  const days = th.negativeSpikeWindowDays;
  const top = stats.drivers[0] ? aspectName(stats.drivers[0].aspect) : null;
  return {
    kind: 'negative-spike',
    severity: 'warning',
    subject: listingId,
    dedupeKey: negativeSpikeKey(listingId),
    at: now,
    message: {
      en:
        `Negative reviews of ${product} rose to ${pct(stats.windowShare)} in the last ${days} days ` +
        `(${stats.windowNegative} of ${stats.windowCount}; ${pct(stats.baselineShare)} before)` +
        (drivers.length ? `: ${listEn(drivers.map((d) => d.en))}.` : '.'),
      zh:
        `${zhProduct(product)}近 ${days} 天负面评论占比升至 ${pct(stats.windowShare)}` +
        `（${stats.windowCount} 条中 ${stats.windowNegative} 条；此前为 ${pct(stats.baselineShare)}）` +
        (drivers.length ? `：${drivers.map((d) => d.zh).join('，')}。` : '。'),
    },
    nextStep: top
      ? {
          en: `Read the recent ${top.en} complaints (Reviews tab) and look for a common cause: a new batch, a carrier change, a listing change.`,
          zh: `在“评论”页查看近期提到${top.zh}问题的评论，查找共同原因：新批次、更换物流商或商品信息变更。`,
        }
      : {
          en: 'Read the recent negative reviews (Reviews tab) and look for a common cause: a new batch, a carrier change, a listing change.',
          zh: '在“评论”页查看近期的负面评论，查找共同原因：新批次、更换物流商或商品信息变更。',
        },
    evidence: {
      listingId,
      windowDays: days,
      windowStart: stats.windowStart,
      windowReviews: stats.windowCount,
      windowNegative: stats.windowNegative,
      baselineReviews: stats.baselineCount,
      baselineNegative: stats.baselineNegative,
      windowSharePct: Math.round(stats.windowShare * 1000) / 10,
      baselineSharePct: Math.round(stats.baselineShare * 1000) / 10,
      drivers: stats.drivers.slice(0, 3).map((d) => ({
        aspect: d.aspect,
        windowReviews: d.windowReviews,
        baselineReviews: d.baselineReviews,
      })),
    },
  };
}

export type SpikeDecision =
  { action: 'raise'; candidate: AlertCandidate } | { action: 'resolve' } | { action: 'none' };

/**
 * What to do about one product's spike, given the state of its existing alert (if any).
 * Inside the hysteresis band an open alert is refreshed, but a resolved one is not reopened.
 */
export function decideSpike(
  listingId: string,
  product: string,
  stats: SpikeStats,
  th: Pick<
    Thresholds,
    'negativeSpikeWindowDays' | 'negativeSpikeMarginPct' | 'negativeSpikeMinReviews'
  >,
  now: string,
  existing: Pick<Alert, 'state'> | undefined,
): SpikeDecision {
  // Dismissed counts as active: it still resolves when the spike is over, so a later spike alerts again.
  const active = existing !== undefined && existing.state !== 'resolved';
  const judged =
    stats.windowCount >= th.negativeSpikeMinReviews &&
    stats.baselineCount >= th.negativeSpikeMinReviews;
  if (judged && stats.excessPts >= th.negativeSpikeMarginPct) {
    return {
      action: 'raise',
      candidate: negativeSpikeCandidate(listingId, product, stats, th, now),
    };
  }
  if (!active) return { action: 'none' };
  // An open spike is judged on the reviews the window holds now, however few: once the negative
  // reviews that raised it have aged out of the window, a quiet product's alert would otherwise stay
  // open for weeks with figures that are no longer true (6 of 10 when the window holds 2 positive).
  if (stats.windowCount === 0 || stats.excessPts < th.negativeSpikeMarginPct / 2)
    return { action: 'resolve' };
  // Still elevated: refreshed with today's figures.
  return {
    action: 'raise',
    candidate: negativeSpikeCandidate(listingId, product, stats, th, now),
  };
}

// ---------------------------------------------------------------------------------------------------
// The DB evaluator

export interface ReviewAlertScope {
  listingIds?: readonly string[];
  /** Reviews new to the database (just ingested, or labelled for the first time). */
  newReviewIds?: readonly string[];
  /** Reviews the buyer revised (lib/db/review-revision.ts), labelled again. */
  revisedReviewIds?: readonly string[];
}

/** The review version an alert was raised for: its revision time, else the review's first sighting. */
function alertedVersion(alert: Alert): string {
  const e = alert.evidence as Record<string, unknown> | undefined;
  if (typeof e?.revisedAt === 'string') return e.revisedAt;
  if (typeof e?.firstSeen === 'string') return e.firstSeen;
  return alert.createdAt;
}

/**
 * A review revised so that it no longer complains ("arrived broken" 1★ → "seller replaced it" 5★): its
 * alert resolves, and its evidence says how the buyer revised it.
 */
async function resolveRevised(
  db: SellerRadarDB,
  alert: Alert,
  review: ReviewRecord,
  now: string,
): Promise<void> {
  await db.alerts.update(alert.id!, {
    state: 'resolved',
    resolvedAt: now,
    updatedAt: now,
    evidence: {
      ...alert.evidence,
      revisedTo: {
        rating: review.rating,
        label: review.label ?? null,
        score: review.score ?? null,
        at: review.revisedAt ?? now,
      },
    },
  });
}

/**
 * Evaluates both review alert families and applies them. After an ingest (`listingIds` given) only the
 * captured products and those with new reviews are looked at; a run without `listingIds` (the recompute
 * alarm) looks at every product with reviews captured within the window (a spike needs recent reviews)
 * or with an active spike alert. negative-review looks only at `newReviewIds` and `revisedReviewIds`:
 * a revised review whose alert was about an earlier version is judged again, its alert refreshed
 * (reopened if resolved: the revision is news), or resolved when the review no longer complains.
 */
export async function evaluateReviewAlerts(
  db: SellerRadarDB,
  settings: Settings,
  now: string,
  scope: ReviewAlertScope = {},
): Promise<{ opened: Alert[] }> {
  const th = settings.thresholds;
  const newIds = [...new Set([...(scope.newReviewIds ?? []), ...(scope.revisedReviewIds ?? [])])];
  const newRows = (await db.reviews.bulkGet(newIds)).filter(
    (r): r is ReviewRecord => r !== undefined,
  );

  const listingIds = new Set<string>(newRows.map((r) => r.listingId));
  if (scope.listingIds === undefined) {
    const since = new Date(
      Date.parse(now) - (th.negativeSpikeWindowDays + 1) * DAY_MS,
    ).toISOString();
    // A review dated inside the window was necessarily first seen inside it (one day of slack for time zones).
    await db.reviews
      .where('firstSeen')
      .aboveOrEqual(since)
      .each((r) => void listingIds.add(r.listingId));
    const spikes = await db.alerts.where('kind').equals('negative-spike').toArray();
    for (const a of spikes) if (a.state !== 'resolved') listingIds.add(a.subject);
  } else {
    for (const id of scope.listingIds ?? []) listingIds.add(id);
  }
  if (listingIds.size === 0) return { opened: [] };

  const ids = [...listingIds];
  const listings = await db.listings.bulkGet(ids);
  // Named as the Reviews view's product picker names them: among every product with reviews, so that
  // two variants with the same short name ("Acme Insulated Water Bottle") are told apart.
  const reviewed = ((await db.reviews.orderBy('listingId').uniqueKeys()) as string[]).filter(
    (id) => !listingIds.has(id),
  );
  const others = await db.listings.bulkGet(reviewed);
  const names = productNames([
    ...ids.map((id, i) => ({ id, listing: listings[i] })),
    ...reviewed.map((id, i) => ({ id, listing: others[i] })),
  ]);
  const existing = new Map(
    (
      await db.alerts
        .where('dedupeKey')
        .anyOf([...newIds.map(negativeReviewKey), ...ids.map(negativeSpikeKey)])
        .toArray()
    ).map((a) => [a.dedupeKey, a]),
  );

  const candidates: AlertCandidate[] = [];
  const resolve: string[] = [];
  const revisedAway: Array<[Alert, ReviewRecord]> = [];
  const newByListing = new Map<string, ReviewRecord[]>();
  for (const r of newRows)
    newByListing.set(r.listingId, [...(newByListing.get(r.listingId) ?? []), r]);

  for (const id of ids) {
    const reviews = await db.reviews.where('listingId').equals(id).toArray();
    for (const review of newByListing.get(id) ?? []) {
      const alert = existing.get(negativeReviewKey(review.id));
      // Each version of a review is judged once: an alert about this version (or a later one) stands.
      if (alert && alertedVersion(alert) >= versionSeen(review)) continue;
      const hadEarlierReviews = reviews.some((r) => r.firstSeen < review.firstSeen);
      const c = negativeReviewCandidate(review, names.get(id)!, { now, hadEarlierReviews });
      if (c) candidates.push(c);
      else if (
        alert &&
        alert.state !== 'resolved' &&
        review.label !== undefined && // unlabelled (the model failed): not judged yet
        complaintSeverity(review) === null
      )
        revisedAway.push([alert, review]);
    }
    const decision = decideSpike(
      id,
      names.get(id)!,
      spikeStats(reviews, th.negativeSpikeWindowDays, now),
      th,
      now,
      existing.get(negativeSpikeKey(id)),
    );
    if (decision.action === 'raise') candidates.push(decision.candidate);
    else if (decision.action === 'resolve') resolve.push(negativeSpikeKey(id));
  }
  const applied = await applyCandidates(db, candidates, now);
  await resolveAlerts(db, resolve, now);
  for (const [alert, review] of revisedAway) await resolveRevised(db, alert, review, now);
  return { opened: applied.opened };
}
