/**
 * Recomputes alerts after each ingest and on the periodic alarm, then refreshes the badge and raises
 * notifications for newly opened critical alerts. Runs are serialised: a second trigger while one runs
 * queues exactly one follow-up run.
 */
import type { SellerRadarDB } from '../db/database';
import type { Alert } from '../schemas/alert';
import type { Settings } from '../schemas/settings';
import { wakeSnoozed } from '../alerts/lifecycle';
import { serialQueue } from '../serial';

export interface RecomputeScope {
  /** Limit price evaluation to these listings (after an ingest); all when absent. */
  listingIds?: string[];
  /** Review ids that were just stored (negative-review alerts). */
  newReviewIds?: string[];
  /** Review ids the buyer just revised (their negative-review alert follows the new version). */
  revisedReviewIds?: string[];
}

/** One alert family: reads the DB, applies candidates, returns what it opened. */
export type Evaluator = (
  db: SellerRadarDB,
  settings: Settings,
  now: string,
  scope: RecomputeScope,
) => Promise<{ opened: Alert[] }>;

const evaluators: Evaluator[] = [];

export function registerEvaluator(evaluator: Evaluator): void {
  if (!evaluators.includes(evaluator)) evaluators.push(evaluator);
}

export async function recomputeAlerts(
  db: SellerRadarDB,
  settings: Settings,
  now: string,
  scope: RecomputeScope = {},
): Promise<Alert[]> {
  await wakeSnoozed(db, now);
  const opened: Alert[] = [];
  for (const evaluate of evaluators) {
    try {
      opened.push(...(await evaluate(db, settings, now, scope)).opened);
    } catch (err) {
      // One failing family must not stop the others (or the badge refresh).
      console.error('[seller-radar] alert evaluator failed', err);
    }
  }
  return opened;
}

/** Serialises recompute runs so two triggers never interleave their writes. */
export const serialized = serialQueue();
