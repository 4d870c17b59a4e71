/**
 * Turns the stored change-only price points and offer rows of one listing into what the rules reason
 * about: per point, the seller's own price and the lowest visible competitor price in one currency;
 * over the whole history, the sequence of price cuts by each participant.
 */
import type { Money } from '../schemas/snapshot';
import type { Settings } from '../schemas/settings';
import type { ListingRecord, OfferRecord, PricePointRecord } from '../db/types';
import { isOwnSeller, normSellerName } from '../db/ingest';
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
  isOwnName: (name: string | null | undefined) => boolean;
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
  const offers = input.offers.filter((o) => o.at <= now);
  const notes: string[] = [];

  // Names the page marked as the seller's own (an offer list's isOwn) count as own everywhere else.
  const ownNames = new Set<string>();
  for (const o of offers) if (o.isOwn) ownNames.add(normSellerName(o.sellerName));
  // Memoised: the same few seller names recur on every point and offer row, and normalising is not free.
  const ownCache = new Map<string, boolean>();
  const isOwnName = (name: string | null | undefined): boolean => {
    if (!name) return false;
    let own = ownCache.get(name);
    if (own === undefined) {
      own = ownNames.has(normSellerName(name)) || isOwnSeller(settings, name);
      ownCache.set(name, own);
    }
    return own;
  };

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

  // Offer lists grouped by capture, to tell "no competitor any more" from "not observed".
  const offerCaptures = new Map<string, { at: string; competitors: number }>();
  for (const o of offers) {
    const c = offerCaptures.get(o.captureId) ?? { at: o.at, competitors: 0 };
    if (!o.isOwn && !isOwnName(o.sellerName)) c.competitors++;
    offerCaptures.set(o.captureId, c);
  }
  // Competitor offer rows by seller, latest last, to find the item price and shipping behind a landed price.
  const offersBySeller = new Map<string, OfferRecord[]>();
  for (const o of offers) {
    if (o.isOwn || !o.sellerName) continue;
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
  const views: PointView[] = [];
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    const next = points[i + 1]?.at ?? '\uffff';
    const featuredOwn = p.featuredSeller === null ? null : isOwnName(p.featuredSeller);
    if (featuredOwn && p.featuredSeller) ownName = p.featuredSeller;
    const own = inCurrency(p.ownPrice);
    const featuredPrice = inCurrency(p.featuredPrice);
    let comp = inCurrency(p.lowestCompetitorPrice);
    let compSeller = comp ? p.lowestCompetitorSeller : null;
    let compParts = comp ? partsOf(compSeller, p.lowestCompetitorPrice, p.at) : null;
    if (featuredOwn === false && featuredPrice && (!comp || featuredPrice.amount < comp.amount)) {
      comp = featuredPrice;
      compSeller = p.featuredSeller;
      compParts = null;
    }
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
    cuts: collectCuts(points, offers, settings, step, isOwnName, inCurrency),
    floor,
    floorPrice,
    notes,
    ownName: ownName || 'you',
    topSeller: input.topSeller === true,
    isOwnName,
    lastSeen: priceSeen < now ? priceSeen : now,
  };
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
 */
function collectCuts(
  points: PricePointRecord[],
  offers: OfferRecord[],
  settings: Settings,
  step: number,
  isOwnName: (name: string | null | undefined) => boolean,
  inCurrency: (m: Money | null | undefined) => Money | null,
): Cut[] {
  const obs: Observation[] = [];
  const push = (at: string, who: string, m: Money | null | undefined) => {
    const price = inCurrency(m);
    if (price) obs.push({ at, ms: Date.parse(at), who, price });
  };
  for (const p of points) {
    push(p.at, OWN, p.ownPrice);
    if (p.featuredSeller !== null && !isOwnName(p.featuredSeller))
      push(p.at, p.featuredSeller, p.featuredPrice);
    if (p.lowestCompetitorSeller !== null)
      push(p.at, p.lowestCompetitorSeller, p.lowestCompetitorPrice);
  }
  for (const o of offers) {
    push(o.at, o.isOwn || isOwnName(o.sellerName) ? OWN : o.sellerName, o.landedPrice ?? o.price);
  }
  // Stable sort: within one capture, the order above (own first) is kept.
  obs.sort((a, b) => a.ms - b.ms);

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
