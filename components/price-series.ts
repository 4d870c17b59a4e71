/** Turns stored price points and offers into chart series (pure; tested without a canvas). */
import type { OfferRecord, PricePointRecord } from '@/lib/db/types';
import type { Alert } from '@/lib/schemas/alert';

export interface PriceSeries {
  currency: string | null;
  own: Array<{ x: number; y: number }>;
  featured: Array<{ x: number; y: number }>;
  lowest: Array<{ x: number; y: number }>;
  competitors: Array<{ seller: string; points: Array<{ x: number; y: number }> }>;
  cuts: Array<{ x: number; y: number; who: string }>;
  floor: number | null;
  xMin: number | null;
  xMax: number | null;
}

/** At most this many competitor lines: the sellers seen most often. */
export const MAX_COMPETITOR_LINES = 3;

export function buildPriceSeries(
  points: PricePointRecord[],
  offers: OfferRecord[],
  alerts: Alert[],
  floor: { amount: number; currency: string } | null,
  now = Date.now(),
): PriceSeries {
  const currency =
    points.find((p) => p.ownPrice)?.ownPrice?.currency ??
    points.find((p) => p.featuredPrice)?.featuredPrice?.currency ??
    offers.find((o) => o.landedPrice)?.landedPrice?.currency ??
    null;
  const pick = (f: 'ownPrice' | 'featuredPrice' | 'lowestCompetitorPrice') => {
    const out: Array<{ x: number; y: number }> = [];
    for (const p of points) {
      const v = p[f];
      if (v && v.currency === currency) out.push({ x: Date.parse(p.at), y: v.amount });
    }
    // Extend the step line to "now": the value holds until it changes (change-only series).
    const last = out[out.length - 1];
    if (last && now > last.x) out.push({ x: now, y: last.y });
    return out;
  };
  const bySeller = new Map<string, Array<{ x: number; y: number }>>();
  for (const o of offers) {
    if (o.isOwn || !o.landedPrice || o.landedPrice.currency !== currency) continue;
    const list = bySeller.get(o.sellerName) ?? [];
    list.push({ x: Date.parse(o.at), y: o.landedPrice.amount });
    bySeller.set(o.sellerName, list);
  }
  const competitors = [...bySeller.entries()]
    .toSorted((a, b) => b[1].length - a[1].length)
    .slice(0, MAX_COMPETITOR_LINES)
    .map(([seller, pts]) => ({ seller, points: pts.toSorted((a, b) => a.x - b.x) }));
  const cuts: PriceSeries['cuts'] = [];
  for (const a of alerts) {
    if (a.kind !== 'price-war') continue;
    const list = (
      a.evidence as {
        cuts?: Array<{ who: string; at: string; to: { amount: number; currency: string } | null }>;
      }
    ).cuts;
    for (const c of list ?? []) {
      if (c.to && c.to.currency === currency)
        cuts.push({ x: Date.parse(c.at), y: c.to.amount, who: c.who });
    }
  }
  let xMin = Infinity;
  let xMax = -Infinity;
  for (const t of [...points.map((p) => p.at), ...offers.map((o) => o.at)]) {
    const x = Date.parse(t);
    if (x < xMin) xMin = x;
    if (x > xMax) xMax = x;
  }
  return {
    currency,
    own: pick('ownPrice'),
    featured: pick('featuredPrice'),
    lowest: pick('lowestCompetitorPrice'),
    competitors,
    cuts,
    floor: floor && floor.currency === currency ? floor.amount : null,
    xMin: Number.isFinite(xMin) ? xMin : null,
    xMax: Number.isFinite(xMax) ? Math.max(now, xMax) : null,
  };
}
