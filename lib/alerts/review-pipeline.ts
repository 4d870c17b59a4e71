/**
 * The review alert family as one evaluator: label what is pending, then evaluate negative-review and
 * negative-spike on the labels. The classifier comes from a provider, so the extension's worker loads
 * the packaged model lazily (lib/background/classify-reviews.ts) and the CLI reads it from disk.
 */
import type { Evaluator } from '../background/recompute';
import { evaluateReviewAlerts } from './review-alerts';
import {
  classifyStoredReviews,
  type ClassifierProvider,
  type ClassifyOptions,
} from './review-classify';

export function reviewEvaluator(
  getClassifier: ClassifierProvider,
  opts: Pick<ClassifyOptions, 'chunkSize' | 'pause'> = {},
): Evaluator {
  // Model version already checked against every stored review by this evaluator: a cache (a new
  // worker simply scans again), so the full scan runs once per worker lifetime, not on every alarm.
  let scannedVersion: string | null = null;
  return async (db, settings, now, scope) => {
    let firstLabelled: string[] = [];
    try {
      const result = await classifyStoredReviews(db, getClassifier, {
        ...opts,
        ids: [...(scope.newReviewIds ?? []), ...(scope.revisedReviewIds ?? [])],
        // Unscoped runs (alarm, import): catch reviews labelled by an older model (extension update)
        // or imported from an older install.
        scanAll: scannedVersion === null && scope.newReviewIds === undefined,
      });
      if (result.version !== null && scope.newReviewIds === undefined)
        scannedVersion = result.version;
      firstLabelled = result.firstLabelled;
    } catch (err) {
      // Model file missing, storage full ...: the alerts still run on the labels already stored, and
      // the unlabelled reviews are picked up (through the label index) by the next run.
      console.error('[seller-radar] review classification failed', err);
    }
    return evaluateReviewAlerts(db, settings, now, {
      ...(scope.listingIds ? { listingIds: scope.listingIds } : {}),
      newReviewIds: [...new Set([...(scope.newReviewIds ?? []), ...firstLabelled])],
      ...(scope.revisedReviewIds ? { revisedReviewIds: scope.revisedReviewIds } : {}),
    });
  };
}
