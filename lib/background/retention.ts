/** Retention: drops price points, offers and captures older than `retentionDays`, keeping the last price
 * point before the cut-off for every listing so the change-only series stays anchored, and alerts that
 * were resolved before the cut-off (history only: open, snoozed and dismissed alerts stay, since a
 * dismissed one must stay dismissed while its condition lasts). Reviews stay: they are the trends. */
import type { SellerRadarDB } from '../db/database';
import type { Settings } from '../schemas/settings';

export async function applyRetention(
  db: SellerRadarDB,
  settings: Settings,
  now: string,
): Promise<number> {
  if (settings.retentionDays === 0) return 0;
  const cutoff = new Date(Date.parse(now) - settings.retentionDays * 86_400_000).toISOString();
  return db.transaction('rw', [db.pricePoints, db.offers, db.captures, db.alerts], async () => {
    const old = await db.pricePoints.where('at').below(cutoff).toArray();
    const latest = new Map<string, { id: number; at: string }>();
    for (const p of old) {
      const kept = latest.get(p.listingId);
      if (!kept || p.at > kept.at) latest.set(p.listingId, { id: p.id!, at: p.at });
    }
    const keepIds = new Set([...latest.values()].map((k) => k.id));
    const drop = old.filter((p) => !keepIds.has(p.id!)).map((p) => p.id!);
    await db.pricePoints.bulkDelete(drop);
    const offers = await db.offers.where('at').below(cutoff).delete();
    const captures = await db.captures.where('at').below(cutoff).delete();
    const alerts = await db.alerts
      .where('updatedAt')
      .below(cutoff)
      .filter((a) => a.state === 'resolved')
      .delete();
    return drop.length + offers + captures + alerts;
  });
}
