/** Live reads of the reviews table for the Reviews view (useLiveQuery re-renders when the worker writes). */
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/database';
import type { ReviewRecord } from '@/lib/db/types';
import { productName } from '@/lib/alerts/review-alerts';

export interface ReviewedProduct {
  listingId: string;
  name: string;
  count: number;
}

/** Products that have at least one review, most reviewed first. Reads index keys only (no bodies). */
export function useReviewedProducts(): ReviewedProduct[] | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const ids = (await db.reviews.orderBy('listingId').uniqueKeys()) as string[];
    const listings = await db.listings.bulkGet(ids);
    const rows = await Promise.all(
      ids.map(async (listingId, i) => {
        const count = await db.reviews.where('listingId').equals(listingId).count();
        return {
          listingId,
          name: productName(listings[i], listingId.split(':').pop() ?? listingId),
          count,
        };
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
