/** Small read hooks over Dexie's useLiveQuery: they re-render when the background writes. */
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/database';
import type { Alert } from '@/lib/schemas/alert';
import { severityRank } from '@/lib/schemas/alert';
import type { ListingRecord, OfferRecord, PricePointRecord, ReviewRecord } from '@/lib/db/types';
import { BUY_BOX_MARKETS, marketOfId } from '@/lib/markets/names';

export function useAlerts(includeClosed: boolean): Alert[] | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const rows = includeClosed
      ? await db.alerts.toArray()
      : await db.alerts.where('state').anyOf('open', 'snoozed').toArray();
    return rows.toSorted(
      (a, b) =>
        (a.state === 'open' ? 0 : 1) - (b.state === 'open' ? 0 : 1) ||
        severityRank[b.severity] - severityRank[a.severity] ||
        (a.updatedAt < b.updatedAt ? 1 : -1),
    );
  }, [includeClosed]);
}

export function useListings(): ListingRecord[] | undefined {
  return useLiveQuery(() => getDb().listings.orderBy('lastSeen').reverse().toArray(), []);
}

export function useListing(id: string | null): ListingRecord | undefined | null {
  return useLiveQuery(async () => (id ? ((await getDb().listings.get(id)) ?? null) : null), [id]);
}

/** The offers of the latest capture that saw an offer list for this listing. */
export function useLatestOffers(listingId: string | null): OfferRecord[] | undefined {
  return useLiveQuery(async () => {
    if (!listingId) return [];
    const db = getDb();
    const last = await db.offers
      .where('[listingId+at]')
      .between([listingId, ''], [listingId, '\uffff'])
      .last();
    if (!last) return [];
    const rows = await db.offers.where('captureId').equals(last.captureId).toArray();
    return rows
      .filter((o) => o.listingId === listingId)
      .toSorted(
        (a, b) => (a.landedPrice?.amount ?? Infinity) - (b.landedPrice?.amount ?? Infinity),
      );
  }, [listingId]);
}

export function usePricePoints(listingId: string | null): PricePointRecord[] | undefined {
  return useLiveQuery(async () => {
    if (!listingId) return [];
    return getDb()
      .pricePoints.where('[listingId+at]')
      .between([listingId, ''], [listingId, '\uffff'])
      .toArray();
  }, [listingId]);
}

export function useLatestReviews(listingId: string | null, limit = 20): ReviewRecord[] | undefined {
  return useLiveQuery(async () => {
    if (!listingId) return [];
    const rows = await getDb().reviews.where('listingId').equals(listingId).toArray();
    return rows
      .toSorted((a, b) => ((b.date ?? b.firstSeen) > (a.date ?? a.firstSeen) ? 1 : -1))
      .slice(0, limit);
  }, [listingId, limit]);
}

export function useCounts():
  | {
      listings: number;
      reviews: number;
      /** Reviews the background labelled negative (counted on the label index, no bodies read). */
      negativeReviews: number;
      openByKind: Record<string, number>;
      /**
       * A subject of the open buy-box-lost alerts when they are all of one kind of market (all with a
       * buy box, or all without), so the count can be named as the market names it; else undefined.
       */
      buyBoxLostSubject?: string;
    }
  | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const open = await db.alerts.where('state').equals('open').toArray();
    const openByKind: Record<string, number> = {};
    for (const a of open) openByKind[a.kind] = (openByKind[a.kind] ?? 0) + 1;
    const lost = open.filter((a) => a.kind === 'buy-box-lost');
    const withBuyBox = (s: string) => BUY_BOX_MARKETS.has(marketOfId(s) ?? '');
    const uniform = lost.every((a) => withBuyBox(a.subject) === withBuyBox(lost[0]!.subject));
    return {
      ...(lost.length > 0 && uniform ? { buyBoxLostSubject: lost[0]!.subject } : {}),
      listings: await db.listings.count(),
      reviews: await db.reviews.count(),
      negativeReviews: await db.reviews.where('label').equals('negative').count(),
      openByKind,
    };
  }, []);
}
