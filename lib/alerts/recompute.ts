/**
 * Re-evaluates the price alerts from what the database holds and applies the result to the alerts
 * table. The background calls it after every ingest (with the capture's listing ids) and on the
 * recompute alarm (all listings); the `alerts` CLI replays snapshots through it, so both run this code.
 */
import type { Alert } from '../schemas/alert';
import { severityRank } from '../schemas/alert';
import type { Settings } from '../schemas/settings';
import type { SellerRadarDB } from '../db/database';
import type { ListingRecord } from '../db/types';
import { evaluateChannelGroup, channelGroupsOf } from '../pricing/channel-mismatch';
import { evaluateListing } from '../pricing/engine';
import { DAY_MS } from '../pricing/hygiene';
import type { EngineResult } from '../pricing/types';
import { applyCandidates, resolveAlerts } from './lifecycle';

export interface RecomputeResult {
  /** Alerts newly opened or re-opened. */
  opened: Alert[];
  /** Active alerts refreshed with new numbers (escalations included). */
  updated: Alert[];
  /** The subset of `updated` whose severity rose while open (a war reaching the floor ...). */
  escalated: Alert[];
  resolved: Alert[];
  suppressed: EngineResult['suppressed'];
  notes: string[];
}

/**
 * Top sellers: own listings ranked by ratingCount (the best sales proxy a page shows), top 10% and at
 * least one, once the seller has two or more products (families of equal counts) with a count; a lone
 * product is not "top".
 */
export function topSellerIds(listings: readonly ListingRecord[]): Set<string> {
  const ranked = listings.filter(
    (l) => l.own && typeof l.ratingCount === 'number' && l.ratingCount > 0,
  );
  // Amazon shows a parent's rating count on every variation (colours, sizes), so equal counts are
  // one product family: families are ranked, not listings. Six variations sharing 422 ratings were six
  // "top sellers" (every lost buy box critical); now they are one family, top only against others.
  const counts = [...new Set(ranked.map((l) => l.ratingCount!))].toSorted((a, b) => b - a);
  if (counts.length < 2) return new Set();
  const cutoff = counts[Math.max(1, Math.ceil(counts.length * 0.1)) - 1]!;
  return new Set(ranked.filter((l) => l.ratingCount! >= cutoff).map((l) => l.id));
}

export async function recomputePriceAlerts(
  db: SellerRadarDB,
  settings: Settings,
  now: string,
  listingIds?: readonly string[],
): Promise<RecomputeResult> {
  const th = settings.thresholds;
  // Enough history for the war window, the 24 h flap/rate-limit memory and the debounce; the point
  // just before the window completes the carried-forward state.
  const lookbackMs = Math.max(
    th.priceWarWindowHours * 3_600_000,
    DAY_MS,
    th.debounceMinutes * 60_000,
  );
  const from = new Date(Date.parse(now) - lookbackMs).toISOString();

  return db.transaction('rw', [db.listings, db.pricePoints, db.offers, db.alerts], async () => {
    const all = await db.listings.toArray();
    const wanted = listingIds ? new Set(listingIds) : null;
    const targets = wanted ? all.filter((l) => wanted.has(l.id)) : all;
    const top = topSellerIds(all);

    const results: EngineResult[] = [];
    const before = new Map<string, Alert>();
    for (const listing of targets) {
      const id = listing.id;
      const [prev, points, offers, alerts] = await Promise.all([
        db.pricePoints.where('[listingId+at]').between([id, ''], [id, from], true, false).last(),
        db.pricePoints.where('[listingId+at]').between([id, from], [id, now], true, true).toArray(),
        db.offers.where('[listingId+at]').between([id, from], [id, now], true, true).toArray(),
        db.alerts.where('subject').equals(id).toArray(),
      ]);
      for (const a of alerts) before.set(a.dedupeKey, a);
      results.push(
        evaluateListing({
          listing,
          points: prev ? [prev, ...points] : points,
          offers,
          settings,
          now,
          alerts,
          topSeller: top.has(id),
        }),
      );
    }

    for (const group of channelGroupsOf(all, settings)) {
      if (wanted && !group.listings.some((l) => wanted.has(l.id))) continue;
      const members = [];
      for (const l of group.listings) {
        const latest = await db.pricePoints
          .where('[listingId+at]')
          .between([l.id, ''], [l.id, now], true, true)
          .last();
        const price = latest?.ownPrice ?? (l.own ? l.price : null);
        const priceSeen = l.priceSeenAt ?? l.lastSeen;
        members.push({
          listing: l,
          price,
          at: latest?.at ?? (priceSeen <= now ? priceSeen : null),
        });
      }
      const alerts = await db.alerts.where('subject').equals(group.subject).toArray();
      for (const a of alerts) before.set(a.dedupeKey, a);
      results.push(
        evaluateChannelGroup({
          subject: group.subject,
          name: group.name,
          members,
          settings,
          now,
          alerts,
        }),
      );
    }

    const candidates = results.flatMap((r) => r.candidates);
    const resolveKeys = results.flatMap((r) => r.resolve);
    const applied = await applyCandidates(db, candidates, now);
    const escalated = applied.updated.filter((a) => {
      const prev = before.get(a.dedupeKey);
      return (
        prev !== undefined &&
        a.state === 'open' &&
        severityRank[a.severity] > severityRank[prev.severity]
      );
    });
    await resolveAlerts(db, resolveKeys, now);
    const resolved = resolveKeys.length
      ? (await db.alerts.where('dedupeKey').anyOf(resolveKeys).toArray()).filter(
          (a) => a.state === 'resolved' && a.resolvedAt === now,
        )
      : [];
    return {
      opened: applied.opened,
      updated: applied.updated,
      escalated,
      resolved,
      suppressed: results.flatMap((r) => r.suppressed),
      notes: [...new Set(results.flatMap((r) => r.notes ?? []))],
    };
  });
}
