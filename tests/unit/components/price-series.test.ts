/**
 * The price chart's words (its accessible name): the same facts as its lines, from a realistic
 * buy-box duel (own price cut twice in 8 h, a competitor's featured offer, a floor, a price-war alert
 * with three cuts).
 */
import { describe, expect, it } from 'vitest';
import {
  buildPriceSeries,
  priceChartSummary,
  SERIES_NAMES,
} from '../../../components/price-series';
import type { PricePointRecord } from '../../../lib/db/types';
import type { Alert } from '../../../lib/schemas/alert';

const usd = (amount: number) => ({ amount, currency: 'USD' });
const T0 = Date.parse('2026-11-20T14:00:00Z');
const at = (h: number) => new Date(T0 + h * 3_600_000).toISOString();

function point(h: number, own: number, featured: number, lowest: number): PricePointRecord {
  return {
    listingId: 'amazon:B0057OC5O8',
    at: at(h),
    ownPrice: usd(own),
    featuredPrice: usd(featured),
    featuredSeller: 'SmartHome Deals',
    lowestCompetitorPrice: usd(lowest),
    lowestCompetitorSeller: 'SmartHome Deals',
    offerCount: 3,
    source: 'offers',
    captureId: `c${h}`,
  };
}

const points = [point(0, 8.99, 8.49, 8.49), point(4, 8.49, 8.29, 8.29), point(8, 7.99, 7.79, 7.79)];
const war = {
  kind: 'price-war',
  evidence: {
    cuts: [
      { who: 'SmartHome Deals', at: at(0), to: usd(8.49) },
      { who: 'you', at: at(4), to: usd(8.49) },
      { who: 'SmartHome Deals', at: at(8), to: usd(7.79) },
    ],
  },
} as unknown as Alert;

describe('priceChartSummary', () => {
  const series = buildPriceSeries(points, [], [war], usd(7.5), T0 + 8 * 3_600_000);

  it('says the span, own price first → now, featured, lowest, floor and cuts in English', () => {
    expect(priceChartSummary(series, 'en')).toBe(
      'Price history, 8 h: your price $8.99 → $7.99; featured offer $7.79; lowest competitor $7.79; floor $7.50; 3 price-war cuts.',
    );
  });

  it('in Chinese', () => {
    expect(priceChartSummary(series, 'zh')).toBe(
      '价格历史（8 小时）：您的价格 US$8.99 → US$7.99；购物车（Buy Box） US$7.79；最低竞争价 US$7.79；底价 US$7.50；价格战降价 3 次。',
    );
    // The legend names the buy box as the alerts do, short.
    expect(SERIES_NAMES.featured.zh).toBe('购物车');
  });

  it('leaves out what it has not seen, and says when there is nothing', () => {
    const ownOnly = buildPriceSeries(
      [{ ...points[0]!, featuredPrice: null, lowestCompetitorPrice: null }],
      [],
      [],
      null,
      T0 + 3 * 86_400_000,
    );
    expect(priceChartSummary(ownOnly, 'en')).toBe('Price history, 3 days: your price $8.99.');
    // Two and a half days is 60 h, as the alerts say it, not "3 days".
    const sixtyHours = buildPriceSeries(
      [{ ...points[0]!, featuredPrice: null, lowestCompetitorPrice: null }],
      [],
      [],
      null,
      T0 + 60 * 3_600_000,
    );
    expect(priceChartSummary(sixtyHours, 'zh')).toBe('价格历史（60 小时）：您的价格 US$8.99。');
    expect(priceChartSummary(buildPriceSeries([], [], [], null), 'zh')).toBe('价格历史：暂无价格');
  });
});
