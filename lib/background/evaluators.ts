/** Registers every alert family with the recompute pipeline (price, reviews, compliance). */
import { recomputePriceAlerts } from '../alerts/recompute';
import { evaluateComplianceAlerts } from '../alerts/compliance-alerts';
import { registerEvaluator } from './recompute';
import { classifyThenEvaluateReviews } from './classify-reviews';

export function setupEvaluators(): void {
  // parser-health runs inline at ingest (lib/background/handler.ts).
  registerEvaluator(async (db, settings, now, scope) => {
    const r = await recomputePriceAlerts(db, settings, now, scope.listingIds);
    // Escalations (a war reaching the floor) deserve the same notification as a new alert.
    return { opened: [...r.opened, ...r.escalated] };
  });
  registerEvaluator(evaluateComplianceAlerts);
  // Labels new reviews (off the UI thread), then negative-review / negative-spike.
  registerEvaluator(classifyThenEvaluateReviews);
}
