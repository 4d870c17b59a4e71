/**
 * Review classification in the background service worker (never a UI thread), wired in front of the
 * review alerts (lib/alerts/review-pipeline.ts): after each ingest the new reviews are labelled, then
 * negative-review / negative-spike are evaluated on the labels.
 *
 * The 1.7 MB model is not bundled into background.js: it is emitted as a separate file of the package
 * (`?url&no-inline`; Vite would otherwise inline it as a data URL in the lib-mode background build) and
 * fetched from the extension's own origin the first time a review needs it, so a worker woken for a
 * price alarm with no reviews to look at never pays for it. It is loaded at most once per worker
 * lifetime (the promise is kept), and loaded again after a failure.
 */
import modelUrl from '../../assets/model/sentiment-model.json?url&no-inline';
import type { SentimentModelJson } from '../sentiment/model';
import {
  reviewClassifierFromModel,
  type ClassifierProvider,
  type ReviewClassifier,
} from '../alerts/review-classify';
import { reviewEvaluator } from '../alerts/review-pipeline';

let loading: Promise<ReviewClassifier> | undefined;

async function loadPackagedModel(): Promise<ReviewClassifier> {
  // A file of the extension package, not a network request.
  const res = await fetch(modelUrl);
  if (!res.ok) throw new Error(`sentiment model: ${res.status} ${res.statusText}`);
  return reviewClassifierFromModel((await res.json()) as SentimentModelJson);
}

export const packagedClassifier: ClassifierProvider = () => {
  loading ??= loadPackagedModel().catch((err: unknown) => {
    loading = undefined;
    throw err;
  });
  return loading;
};

export const classifyThenEvaluateReviews = reviewEvaluator(packagedClassifier);
