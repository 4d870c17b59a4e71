/** Turns stored price points and offers into chart series (pure; tested without a canvas). */
import type { OfferRecord, PricePointRecord } from '@/lib/db/types';
import type { Alert } from '@/lib/schemas/alert';
import { formatMoney, type Lang } from '@/lib/i18n';
import { formatDuration } from '@/lib/pricing/format';

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

/** The latest value of a line. */
const last = (pts: Array<{ y: number }>) => pts[pts.length - 1]?.y;

/** "8 h", "60 h", "3.5 days" / "8 小时", "3.5 天": the time a chart covers (at least an hour), as alerts say it. */
function spanText(ms: number, lang: Lang): string {
  return formatDuration(Math.max(ms, 3_600_000), lang);
}

/** The chart's lines, as its legend names them (space is short: 购物车 for the buy box). */
export const SERIES_NAMES = {
  own: { en: 'Your price', zh: '您的价格' },
  featured: { en: 'Featured offer', zh: '购物车' },
  lowest: { en: 'Lowest competitor', zh: '最低竞争价' },
  cuts: { en: 'Price-war cuts', zh: '价格战降价' },
  floor: { en: 'Floor', zh: '底价' },
} satisfies Record<string, Record<Lang, string>>;

/**
 * What the price chart shows, in words: the chart's accessible name, so a screen reader (or anyone
 * who cannot read the lines) gets the same facts: time covered, own price first → now, the featured
 * offer and the lowest competitor now, the floor, the number of price-war cuts.
 */
export function priceChartSummary(series: PriceSeries, lang: Lang): string {
  const zh = lang === 'zh';
  const money = (amount: number) =>
    series.currency ? formatMoney({ amount, currency: series.currency }, lang) : String(amount);
  const parts: string[] = [];
  const first = series.own[0]?.y;
  const now = last(series.own);
  if (first !== undefined && now !== undefined)
    parts.push(
      first === now
        ? `${zh ? '您的价格' : 'your price'} ${money(now)}`
        : `${zh ? '您的价格' : 'your price'} ${money(first)} → ${money(now)}`,
    );
  const featured = last(series.featured);
  if (featured !== undefined)
    parts.push(`${zh ? '购物车（Buy Box）' : 'featured offer'} ${money(featured)}`);
  const lowest = last(series.lowest);
  if (lowest !== undefined)
    parts.push(`${zh ? '最低竞争价' : 'lowest competitor'} ${money(lowest)}`);
  if (series.floor !== null) parts.push(`${zh ? '底价' : 'floor'} ${money(series.floor)}`);
  if (series.cuts.length > 0)
    parts.push(
      zh
        ? `价格战降价 ${series.cuts.length} 次`
        : `${series.cuts.length} price-war cut${series.cuts.length === 1 ? '' : 's'}`,
    );
  const title =
    series.xMin !== null && series.xMax !== null
      ? zh
        ? `价格历史（${spanText(series.xMax - series.xMin, lang)}）`
        : `Price history, ${spanText(series.xMax - series.xMin, lang)}`
      : zh
        ? '价格历史'
        : 'Price history';
  if (parts.length === 0) return zh ? `${title}：暂无价格` : `${title}: no prices yet`;
  return zh ? `${title}：${parts.join('；')}。` : `${title}: ${parts.join('; ')}.`;
}
