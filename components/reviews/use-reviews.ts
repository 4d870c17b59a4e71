/** Live reads of the reviews table for the Reviews view (useLiveQuery re-renders when the worker writes). */
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/database';
import type { ReviewRecord } from '@/lib/db/types';
import { productNames } from '@/lib/alerts/review-alerts';
import type { Market } from '@/lib/schemas/snapshot';

export interface ReviewedProduct {
  listingId: string;
  name: string;
  count: number;
  market: Market;
  /** The marketplace's average rating and rating count, when a page showed them. */
  rating?: number | null;
  ratingCount?: number | null;
}

/** Products that have at least one review, most reviewed first. Reads index keys only (no bodies). */
export function useReviewedProducts(): ReviewedProduct[] | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const ids = (await db.reviews.orderBy('listingId').uniqueKeys()) as string[];
    const listings = await db.listings.bulkGet(ids);
    // Variants whose short names collide are told apart (by the part of the title that differs).
    const names = productNames(ids.map((id, i) => ({ id, listing: listings[i] })));
    const rows = await Promise.all(
      ids.map(async (listingId, i) => {
        const count = await db.reviews.where('listingId').equals(listingId).count();
        const listing = listings[i];
        const row: ReviewedProduct = {
          listingId,
          name: names.get(listingId)!,
          count,
          market: (listing?.market ?? listingId.split(':')[0]) as Market,
        };
        if (listing?.rating !== undefined) row.rating = listing.rating;
        if (listing?.ratingCount !== undefined) row.ratingCount = listing.ratingCount;
        return row;
      }),
    );
    return rows.toSorted((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  }, []);
}

export function useProductReviews(listingId: string | null): ReviewRecord[] | undefined {
  return useLiveQuery(
    async () => (listingId ? getDb().reviews.where('listingId').equals(listingId).toArray() : []),
    [listingId],
  );
}
