/**
 * Turns the stored change-only price points and offer rows of one listing into what the rules reason
 * about: per point, the seller's own price and the lowest visible competitor price in one currency;
 * over the whole history, the sequence of price cuts by each participant.
 */
import type { Money } from '../schemas/snapshot';
import type { Settings } from '../schemas/settings';
import type { ListingRecord, OfferRecord } from '../db/types';
import { conditionClass, isOwnSeller, normSellerName, sameSeller, sellerClass } from '../db/ingest';
import { minorStep } from './format';
import { floorFor, type FloorInfo } from './lookup';
import { convert } from './rates';
import type { ListingInput } from './types';

/** Two amounts of one currency are the same price within this (float noise of converted sums). */
const EPS_MONEY = 1e-6;

/** Participant key of the seller's own offers in cut sequences. */
export const OWN = '\u0000own';

export interface PointView {
  at: string;
  ms: number;
  /** The seller's own price, in the listing currency. */
  own: Money | null;
  featuredSeller: string | null;
  /** null when the featured seller is unknown. */
  featuredOwn: boolean | null;
  featuredPrice: Money | null;
  /** Lowest visible competitor price (landed price from offer lists, or a competitor's featured price). */
  comp: Money | null;
  compSeller: string | null;
  /**
   * The make-up of `comp` when it is an offer's landed price with shipping on top (the page shows
   * €15.49 and "+ €3.99 shipping", the alert compares €19.48): null otherwise.
   */
  compParts: { price: Money; shipping: Money } | null;
  /** An offer list captured at this point showed only the seller's own offers. */
  compAbsent: boolean;
}

export interface Cut {
  /** Seller name, or OWN. */
  who: string;
  at: string;
  ms: number;
  from: Money;
  to: Money;
}

export interface SeriesContext {
  listing: ListingRecord;
  settings: Settings;
  now: string;
  nowMs: number;
  /** The currency every price below is expressed in (null when no price was ever seen). */
  currency: string | null;
  step: number;
  views: PointView[];
  cuts: Cut[];
  floor: FloorInfo | null;
  /** The floor in the listing currency; null when there is none or its currency cannot be converted. */
  floorPrice: Money | null;
  notes: string[];
  /** How the seller is called in cut sequences (their own seller name when a page showed it). */
  ownName: string;
  topSeller: boolean;
  /** Whether a seller (by name, or by id when given) is the user's own. */
  isOwnName: (name: string | null | undefined, id?: string | null) => boolean;
  /**
   * The last capture that observed the listing's prices (a capture that changed nothing adds no
   * point); a page that only named the product (a review page) does not count.
   */
  lastSeen: string;
}

const EPS = 1e-9;

/** The price move below which a change is jitter: max(undercutPct of the price, one minor step). */
export function jitter(amount: number, settings: Settings, step: number): number {
  return Math.max((amount * settings.thresholds.undercutPct) / 100, step);
}

export function buildSeries(input: ListingInput): SeriesContext {
  const { listing, settings, now } = input;
  const nowMs = Date.parse(now);
  const points = input.points.filter((p) => p.at <= now);
  const notes: string[] = [];

  // Sellers the page marked as the seller's own (an offer list's isOwn) count as own everywhere else,
  // by name and by id.
  const ownNames = new Set<string>();
  for (const o of input.offers) {
    if (!o.isOwn || o.at > now) continue;
    ownNames.add(normSellerName(o.sellerName));
    if (o.sellerId) ownNames.add(normSellerName(o.sellerId));
  }
  // Memoised: the same few seller names recur on every point and offer row, and normalising is not free.
  const ownCache = new Map<string, boolean>();
  const ownKey = (s: string | null | undefined): boolean => {
    if (!s) return false;
    let own = ownCache.get(s);
    if (own === undefined) {
      own = ownNames.has(normSellerName(s)) || isOwnSeller(settings, s);
      ownCache.set(s, own);
    }
    return own;
  };
  // A seller is the user's own by name or by id: settings' ownSellers holds "seller names or ids".
  const isOwnName = (name: string | null | undefined, id?: string | null): boolean =>
    ownKey(name) || ownKey(id);
  const ownOffer = (o: OfferRecord) => o.isOwn || isOwnName(o.sellerName, o.sellerId);

  // Like with like: the condition the seller sells in (their own offer rows say; new when they do
  // not). A used or refurbished offer is a different product for a new listing: it never undercuts it,
  // never sets the price to match and never takes part in its price war (and vice versa).
  const ownClass = sellerClass(
    input.offers.filter((o) => o.at <= now && ownOffer(o)).map((o) => o.condition),
  );
  // The seller's own offers in another condition (their used copy beside the new one) are left out
  // too: they are not the price the listing asks, nor cuts in its war.
  const offers = input.offers.filter(
    (o) => o.at <= now && conditionClass(o.condition) === ownClass,
  );

  const firstPrice = points
    .map((p) => p.ownPrice ?? p.featuredPrice ?? p.lowestCompetitorPrice)
    .find((m) => m !== null);
  const currency = listing.currency ?? firstPrice?.currency ?? null;
  const step = currency ? minorStep(currency) : 0.01;
  const inCurrency = (m: Money | null | undefined): Money | null => {
    if (!m) return null;
    if (!currency || m.currency === currency) return m;
    const c = convert(m, currency, settings.rates);
    if (!c) {
      const note = `no rate between ${m.currency} and ${currency}: ${m.currency} prices ignored`;
      if (!notes.includes(note)) notes.push(note);
    }
    return c;
  };

  // Offer lists grouped by capture, to tell "no competitor any more" from "not observed", and to read
  // each point's competitor prices from the rows themselves (with today's settings: a seller id added
  // to ownSellers, or a used offer stored by an older version, is sorted out on rows already stored).
  const offerCaptures = new Map<string, { at: string; competitors: number; rows: OfferRecord[] }>();
  for (const o of input.offers) {
    if (o.at > now) continue;
    const c = offerCaptures.get(o.captureId) ?? { at: o.at, competitors: 0, rows: [] };
    c.rows.push(o);
    if (!ownOffer(o) && conditionClass(o.condition) === ownClass) c.competitors++;
    offerCaptures.set(o.captureId, c);
  }
  // Competitor offer rows by seller, latest last, to find the item price and shipping behind a landed price.
  const offersBySeller = new Map<string, OfferRecord[]>();
  for (const o of offers) {
    if (ownOffer(o) || !o.sellerName) continue;
    const list = offersBySeller.get(o.sellerName) ?? [];
    list.push(o);
    offersBySeller.set(o.sellerName, list);
  }
  const partsOf = (seller: string | null, landed: Money | null, at: string) => {
    if (!seller || !landed) return null;
    const rows = offersBySeller.get(seller) ?? [];
    for (let k = rows.length - 1; k >= 0; k--) {
      const o = rows[k]!;
      if (o.at > at) continue;
      const l = o.landedPrice;
      if (!l || l.currency !== landed.currency || Math.abs(l.amount - landed.amount) > EPS_MONEY)
        continue;
      if (!o.price || !o.shipping || o.shipping.amount <= 0 || o.shipping.currency !== l.currency)
        return null;
      return { price: o.price, shipping: o.shipping };
    }
    return null;
  };

  const emptyOfferCaptureTimes = [...offerCaptures.values()]
    .filter((c) => c.competitors === 0)
    .map((c) => c.at);

  let ownName = settings.ownSellers[0] ?? '';
  let ownByName: Money | null = null;
  const views: PointView[] = [];
  const readings: FeaturedReading[] = [];
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    const next = points[i + 1]?.at ?? '\uffff';
    const rows = offerCaptures.get(p.captureId)?.rows;
    // What the page said wins; else the featured seller's name or id against the own sellers.
    const featuredOwn =
      p.featuredOwnByPage ??
      (p.featuredSeller === null ? null : isOwnName(p.featuredSeller, p.featuredSellerId));
    if (featuredOwn && p.featuredSeller) ownName = p.featuredSeller;
    // The featured offer's landed price: rows stored by older versions may hold its item price while
    // the offer list of the same capture shows that seller's landed price.
    const featuredRow = rows?.find(
      (o) =>
        o.landedPrice !== null &&
        p.featuredSeller !== null &&
        sameSeller(o, { sellerName: p.featuredSeller, sellerId: p.featuredSellerId }) &&
        conditionClass(o.condition) === conditionClass(p.featuredCondition),
    );
    const featuredPrice = inCurrency(featuredRow?.landedPrice ?? p.featuredPrice);
    // A used featured offer (a used-only buy box) is no price for a new listing to match, and the
    // other way round.
    const featuredLike = conditionClass(p.featuredCondition) === ownClass;
    // The seller's own price: what the capture stored, else (QA pass) the featured offer's when it is
    // the seller's by today's settings, carried forward as ingest carries `ownPrice`. Ingest fixes
    // `ownPrice` with the names known at capture time, so a seller who named themselves after visiting
    // their product page had no price there, and the first lost buy box after it raised nothing.
    if (featuredOwn === true && featuredLike && featuredPrice) ownByName = featuredPrice;
    const own = inCurrency(p.ownPrice) ?? ownByName;
    let comp: Money | null;
    let compSeller: string | null;
    let compParts: { price: Money; shipping: Money } | null;
    const lowestRow = rows ? lowestCompetitor(rows, ownOffer, ownClass, inCurrency) : undefined;
    if (lowestRow !== undefined) {
      comp = lowestRow ? inCurrency(lowestRow.landedPrice) : null;
      compSeller = lowestRow ? lowestRow.sellerName : null;
      compParts =
        lowestRow?.price && lowestRow.shipping && lowestRow.shipping.amount > 0
          ? { price: lowestRow.price, shipping: lowestRow.shipping }
          : null;
    } else {
      comp = inCurrency(p.lowestCompetitorPrice);
      compSeller = comp ? p.lowestCompetitorSeller : null;
      compParts = comp ? partsOf(compSeller, p.lowestCompetitorPrice, p.at) : null;
    }
    if (
      featuredOwn === false &&
      featuredLike &&
      featuredPrice &&
      (!comp || featuredPrice.amount < comp.amount - EPS_MONEY)
    ) {
      comp = featuredPrice;
      compSeller = p.featuredSeller;
      compParts = null;
    }
    if (featuredOwn === false && featuredLike && p.featuredSeller !== null && featuredPrice)
      readings.push({ at: p.at, who: p.featuredSeller, price: featuredPrice });
    views.push({
      at: p.at,
      ms: Date.parse(p.at),
      own,
      featuredSeller: p.featuredSeller,
      featuredOwn,
      featuredPrice,
      comp,
      compSeller,
      // Only when no conversion happened: the parts are in the currency the seller saw.
      compParts: compParts && comp && compParts.price.currency === comp.currency ? compParts : null,
      compAbsent: comp === null && emptyOfferCaptureTimes.some((t) => t >= p.at && t < next),
    });
  }

  const floor = floorFor(listing, settings);
  const priceSeen = listing.priceSeenAt ?? listing.lastSeen;
  let floorPrice: Money | null = null;
  if (floor) {
    floorPrice = currency ? inCurrency(floor.money) : floor.money;
    if (!floorPrice)
      notes.push(
        `the ${floor.kind} for ${floor.key} is in ${floor.money.currency} and no rate converts it`,
      );
  }

  return {
    listing,
    settings,
    now,
    nowMs,
    currency,
    step,
    views,
    cuts: collectCuts(views, readings, offers, settings, step, ownOffer, inCurrency),
    floor,
    floorPrice,
    notes,
    ownName: ownName || 'you',
    topSeller: input.topSeller === true,
    isOwnName,
    lastSeen: priceSeen < now ? priceSeen : now,
  };
}

/**
 * The lowest landed price among the competitor offers of one capture, like with like; null when the
 * list had none priced; undefined when none of its rows can be compared (another currency without a
 * rate), so the stored point decides.
 */
function lowestCompetitor(
  rows: readonly OfferRecord[],
  ownOffer: (o: OfferRecord) => boolean,
  ownClass: 'new' | 'used',
  inCurrency: (m: Money | null | undefined) => Money | null,
): OfferRecord | null | undefined {
  let best: OfferRecord | null = null;
  let bestAmount = Infinity;
  let priced = 0;
  for (const o of rows) {
    if (ownOffer(o) || conditionClass(o.condition) !== ownClass || !o.landedPrice) continue;
    priced++;
    const m = inCurrency(o.landedPrice);
    if (m && m.amount < bestAmount) {
      best = o;
      bestAmount = m.amount;
    }
  }
  return priced > 0 && !best ? undefined : best;
}

/** One participant's price in one capture, keyed for collectCuts. */
function readingKey(at: string, who: string): string {
  return `${at}\u0000${who}`;
}

interface FeaturedReading {
  at: string;
  who: string;
  price: Money;
}

interface Observation {
  ms: number;
  at: string;
  who: string;
  price: Money;
}

/**
 * Every price cut by every participant, in time order. A cut is a drop of one participant's own price
 * by more than the jitter threshold; a participant first seen below everyone else's price (a competitor
 * appearing in the buy box under the seller) also counts, as a cut from the price it undercut.
 *
 * One capture gives each participant one price: the landed price of its offer row when the offer list
 * of that capture showed it (the lowest, if it had two), else what the point says (the featured offer,
 * the lowest competitor, the seller's own price). The featured item price and the same seller's
 * landed price seen together are one reading, never a cut from one to the other.
 */
function collectCuts(
  views: readonly PointView[],
  featured: readonly FeaturedReading[],
  offers: readonly OfferRecord[],
  settings: Settings,
  step: number,
  ownOffer: (o: OfferRecord) => boolean,
  inCurrency: (m: Money | null | undefined) => Money | null,
): Cut[] {
  const byKey = new Map<string, Observation>();
  const fromRows = new Set<string>();
  const push = (at: string, who: string, m: Money | null | undefined, row: boolean) => {
    const price = inCurrency(m);
    if (!price) return;
    const k = readingKey(at, who);
    const prev = byKey.get(k);
    if (prev && fromRows.has(k) && !row) return;
    if (prev && (row ? fromRows.has(k) : true) && prev.price.amount <= price.amount) return;
    byKey.set(k, { at, ms: Date.parse(at), who, price });
    if (row) fromRows.add(k);
  };
  for (const o of offers)
    push(o.at, ownOffer(o) ? OWN : o.sellerName, o.landedPrice ?? o.price, true);
  for (const v of views) {
    push(v.at, OWN, v.own, false);
    if (v.compSeller !== null) push(v.at, v.compSeller, v.comp, false);
  }
  for (const f of featured) push(f.at, f.who, f.price, false);
  // In time order; within one capture, the seller's own reading first.
  const obs = [...byKey.values()].toSorted(
    (a, b) => a.ms - b.ms || Number(b.who === OWN) - Number(a.who === OWN),
  );

  const current = new Map<string, Money>();
  const cuts: Cut[] = [];
  const firstMs = obs[0]?.ms ?? 0;
  for (const o of obs) {
    const prev = current.get(o.who);
    if (prev) {
      if (o.price.amount < prev.amount - jitter(prev.amount, settings, step) - EPS) {
        cuts.push({ who: o.who, at: o.at, ms: o.ms, from: prev, to: o.price });
      }
    } else if (o.ms > firstMs) {
      // Everyone seen on the first capture was already there: only a later arrival can undercut.
      let low: Money | null = null;
      for (const [who, m] of current) if (who !== o.who && (!low || m.amount < low.amount)) low = m;
      if (low && o.price.amount < low.amount - jitter(low.amount, settings, step) - EPS) {
        cuts.push({ who: o.who, at: o.at, ms: o.ms, from: low, to: o.price });
      }
    }
    current.set(o.who, o.price);
  }
  return cuts;
}

/** The point index to evaluate at time-dependent rules: the last one uses `now`, earlier ones their own time. */
export function timeAt(ctx: SeriesContext, i: number): number {
  return i === ctx.views.length - 1 ? ctx.nowMs : ctx.views[i]!.ms;
}
