/**
 * Price-alert engine throughput: listings evaluated per second on a realistic 72 h history (a buy-box
 * duel on a product page plus hourly all-offers captures with six sellers), as a ratio to building the
 * series alone (the part every rule shares), measured in the same run, interleaved (compareThroughput).
 */
import { parseSettings } from '../../lib/schemas/settings';
import type { ListingRecord, OfferRecord, PricePointRecord } from '../../lib/db/types';
import { evaluateListing } from '../../lib/pricing/engine';
import { buildSeries } from '../../lib/pricing/series';
import type { ListingInput } from '../../lib/pricing/types';
import { compareThroughput, type BenchSuite } from './harness';

const T0 = Date.parse('2025-03-03T08:00:00Z');
const iso = (h: number) => new Date(T0 + h * 3_600_000).toISOString();
const usd = (amount: number) => ({ amount: Math.round(amount * 100) / 100, currency: 'USD' });

function history(seed: number): ListingInput {
  const own = 'Acme Store';
  const sellers = ['SmartHome Deals', 'TechBarn', 'Gadget Hub', 'Relay Outlet', 'Volt Depot'];
  const points: PricePointRecord[] = [];
  const offers: OfferRecord[] = [];
  let ownPrice = 24.99;
  for (let h = 0; h < 72; h++) {
    const comp = 24.49 - ((h + seed) % 9) * 0.2;
    if (h % 5 === 4) ownPrice = Math.max(19.99, comp - 0.1);
    const captureId = `c${seed}-${h}`;
    points.push({
      listingId: 'amazon:B0057OC5O8',
      at: iso(h),
      ownPrice: usd(ownPrice),
      featuredPrice: usd(Math.min(ownPrice, comp)),
      featuredSeller: ownPrice <= comp ? own : sellers[0]!,
      lowestCompetitorPrice: usd(comp),
      lowestCompetitorSeller: sellers[0]!,
      offerCount: 6,
      source: 'offers',
      captureId,
    });
    [own, ...sellers].forEach((sellerName, i) => {
      const price = usd(i === 0 ? ownPrice : comp + i * 0.35);
      offers.push({
        listingId: 'amazon:B0057OC5O8',
        at: iso(h),
        captureId,
        sellerName,
        price,
        landedPrice: price,
        isFeatured: i === 0,
        isOwn: i === 0,
      });
    });
  }
  const listing: ListingRecord = {
    id: 'amazon:B0057OC5O8',
    market: 'amazon',
    productKey: 'B0057OC5O8',
    skus: ['RELAY-4CH'],
    currency: 'USD',
    own: true,
    price: usd(ownPrice),
    firstSeen: iso(0),
    lastSeen: iso(71),
  };
  return {
    listing,
    points,
    offers,
    settings: parseSettings({
      ownSellers: [own],
      floors: { 'RELAY-4CH': { amount: 19.5, currency: 'USD' } },
    }),
    now: iso(71),
    alerts: [],
  };
}

export const suite: BenchSuite = {
  name: 'pricing',
  description:
    'price-alert engine: listings evaluated per second on a 72 h history (72 points, 432 offer rows)',
  async run() {
    const inputs = Array.from({ length: 8 }, (_, i) => history(i));
    // Interleaved (see compareThroughput): measured one after the other, the ratio swung 0.48×–1.88×.
    const cmp = compareThroughput(
      inputs,
      (x) => buildSeries(x).cuts.length,
      (x) => evaluateListing(x).candidates.length,
    );
    const baseline = 'series only (baseline)';
    return {
      suite: 'pricing',
      rows: [
        { name: baseline, unit: 'listings/s', value: cmp.baseline },
        {
          name: 'evaluateListing (all rules + hygiene)',
          unit: 'listings/s',
          value: cmp.subject,
          baseline,
          ratio: cmp.ratio,
        },
      ],
      notes: [
        `listings/s: medians of ${cmp.rounds} interleaved rounds; ratio: the median of the rounds' ratios (each round times both back to back)`,
        `candidates on the sample history: ${evaluateListing(inputs[0]!)
          .candidates.map((c) => c.kind)
          .join(', ')}`,
      ],
    };
  },
};
