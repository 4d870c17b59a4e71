/** Settings look-ups shared by the price rules: floors and costs by listing id, product key or SKU. */
import type { Settings } from '../schemas/settings';
import type { Money } from '../schemas/snapshot';
import type { ListingRecord } from '../db/types';

export interface FloorInfo {
  money: Money;
  /** `floor` when set as a floor; `cost` when only the unit cost is known (selling below it is a loss). */
  kind: 'floor' | 'cost';
  /** The settings key it was found under. */
  key: string;
}

function keysOf(listing: Pick<ListingRecord, 'id' | 'productKey' | 'skus'>): string[] {
  return [listing.id, listing.productKey, ...listing.skus];
}

/**
 * The seller's floor for a listing. A floor entry wins over a cost entry; with several SKUs of one
 * product carrying different floors, the highest one is used (never advise going below any of them).
 */
export function floorFor(
  listing: Pick<ListingRecord, 'id' | 'productKey' | 'skus'>,
  settings: Pick<Settings, 'floors' | 'costs'>,
): FloorInfo | null {
  for (const kind of ['floor', 'cost'] as const) {
    const table = kind === 'floor' ? settings.floors : settings.costs;
    let best: FloorInfo | null = null;
    for (const key of keysOf(listing)) {
      const money = table[key];
      if (!money) continue;
      if (!best || (money.currency === best.money.currency && money.amount > best.money.amount)) {
        best = { money, kind, key };
      }
    }
    if (best) return best;
  }
  return null;
}
