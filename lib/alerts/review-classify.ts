/**
 * Classifies stored reviews (DESIGN.md §7) in the background service worker, after ingest: every review
 * without a label, or labelled by another model version, gets lang/label/score/aspects/modelVersion.
 *
 * Work is done in chunks, one short read-write transaction each, with a pause between chunks, so a big
 * import never holds the database (ingest waits for our transactions) or the worker's event loop for
 * long. Classification itself runs between transactions: Dexie transactions must not span CPU work.
 *
 * Pure apart from the database handed in: the classifier comes from a provider, so the worker can load
 * the model lazily (lib/background/classify-reviews.ts) and tests and the CLI can build it from the file.
 */
import type { SellerRadarDB } from '../db/database';
import type { ReviewRecord } from '../db/types';
import { fnv1a64 } from '../hash';
import {
  ANALYSIS_VERSION,
  createClassifier,
  type ClassifyOptions as ReviewTextOptions,
} from '../sentiment/classifier';
import type { SentimentModelJson } from '../sentiment/model';
import type { SentimentResult } from '../sentiment/types';
import { reviewText } from './review-text';

export { reviewText } from './review-text';

export interface ReviewClassifier {
  /** Stored on each review; a review whose modelVersion differs is classified again. */
  readonly version: string;
  classify(text: string, opts?: ReviewTextOptions): SentimentResult;
}

export type ClassifierProvider = () => Promise<ReviewClassifier>;

/**
 * Version of a model asset: its training date plus a hash of its neutral bands and of a sample of its
 * weights, so a retrain on the same day still re-classifies (a new band alone relabels reviews), plus
 * the classifier's ANALYSIS_VERSION (rules around the weights). Sampling (every 97th character) keeps
 * this to microseconds on the 2.7 MB asset while any retrain changes thousands of sampled weights.
 */
export function modelVersionOf(model: SentimentModelJson): string {
  let sample = `${model.format}|${model.trainedAt}|`;
  for (const lang of [model.en, model.zh]) {
    const w = lang.weights;
    sample += `${lang.bits}:${lang.scale}:${lang.neutralBand}:${w.length}:`;
    for (let i = 0; i < w.length; i += 97) sample += w[i];
  }
  return `${model.trainedAt}#${fnv1a64(sample).slice(0, 12)}+a${ANALYSIS_VERSION}`;
}

/** Builds the classifier of a parsed model asset (once: building decodes ~2 MB of weights). */
export function reviewClassifierFromModel(model: SentimentModelJson): ReviewClassifier {
  const classifier = createClassifier(model);
  return {
    version: modelVersionOf(model),
    classify: (text, opts) => classifier.classify(text, opts),
  };
}

export interface ClassifyOptions {
  /** Reviews to classify when stale (the ids an ingest just stored). */
  ids?: readonly string[];
  /** Also look at every stored review for an old modelVersion (once per worker lifetime, after an
   * extension update or a data import). Unlabelled reviews are always found, through the label index. */
  scanAll?: boolean;
  /** Reviews per transaction. */
  chunkSize?: number;
  /** Awaited between chunks: yields the event loop (tests pass a counter). */
  pause?: () => Promise<void>;
}

export interface ClassifyResult {
  /** Reviews written. */
  classified: number;
  /** Reviews that had no label before this run (new for the negative-review alert). */
  firstLabelled: string[];
  /** Version of the model used, or null when nothing needed the model. */
  version: string | null;
  chunks: number;
}

/**
 * Reviews per transaction. Classifying takes ~0.5 ms a review (title + body of a typical Amazon
 * review), so a chunk holds the worker's event loop for ~50 ms: no longer than a long task.
 */
const DEFAULT_CHUNK = 100;

export const yieldToEventLoop = (): Promise<void> => new Promise((ok) => setTimeout(ok, 0));

function isStale(row: ReviewRecord, version: string): boolean {
  return row.label === undefined || row.modelVersion !== version;
}

/**
 * One review's analysis. A review the classifier throws on is stored as not analysed (`unknown`,
 * shown as such in the Reviews view) under this model version, so it is not tried again until the
 * model changes: left unlabelled, it would come back at the head of every run and abort it, and no
 * later review of any product would be labelled or alert (QA pass: the word "constructor" did that).
 */
function classifyRow(row: ReviewRecord, classifier: ReviewClassifier): Partial<ReviewRecord> {
  const { text, titleEnd } = reviewText(row);
  let r: SentimentResult;
  try {
    r = classifier.classify(text, { rating: row.rating, titleEnd });
  } catch (err) {
    console.warn('[seller-radar] review not analysed', row.id, err);
    return {
      lang: 'und',
      label: 'unknown',
      score: 0,
      aspects: [],
      modelVersion: classifier.version,
    };
  }
  return {
    lang: r.lang,
    label: r.label,
    score: r.score,
    aspects: r.aspects.map((a) => ({
      aspect: a.aspect,
      polarity: a.polarity,
      start: a.start,
      end: a.end,
    })),
    modelVersion: classifier.version,
  };
}

/** Ids of reviews that have no label: every key minus the keys of the label index (keys only, no bodies). */
async function unlabelledIds(db: SellerRadarDB): Promise<string[]> {
  const [all, labelled] = await db.transaction('r', db.reviews, () =>
    Promise.all([
      db.reviews.toCollection().primaryKeys(),
      db.reviews.orderBy('label').primaryKeys(),
    ]),
  );
  if (all.length === labelled.length) return [];
  const has = new Set(labelled);
  return all.filter((id) => !has.has(id));
}

export async function classifyStoredReviews(
  db: SellerRadarDB,
  getClassifier: ClassifierProvider,
  opts: ClassifyOptions = {},
): Promise<ClassifyResult> {
  const chunkSize = Math.max(1, opts.chunkSize ?? DEFAULT_CHUNK);
  const pause = opts.pause ?? yieldToEventLoop;
  const result: ClassifyResult = { classified: 0, firstLabelled: [], version: null, chunks: 0 };

  const pending = [...new Set([...(opts.ids ?? []), ...(await unlabelledIds(db))])];
  const scanAll = opts.scanAll === true && (await db.reviews.count()) > 0;
  // Loading the model costs tens of milliseconds and megabytes: only when something may need it.
  if (pending.length === 0 && !scanAll) return result;
  const classifier = await getClassifier();
  result.version = classifier.version;

  const writeChunk = async (rows: ReviewRecord[]) => {
    const stale = rows.filter((r) => isStale(r, classifier.version));
    if (stale.length === 0) return;
    const updates = stale.map((row) => ({ key: row.id, changes: classifyRow(row, classifier) }));
    await db.transaction('rw', db.reviews, async () => {
      // Re-read inside the write: a row deleted (import, delete-all) since the read stays deleted.
      const current = await db.reviews.bulkGet(updates.map((u) => u.key));
      const live = updates.filter((_, i) => current[i] !== undefined);
      await db.reviews.bulkUpdate(live);
      result.classified += live.length;
      for (let i = 0; i < updates.length; i++) {
        if (current[i] !== undefined && current[i]!.label === undefined) {
          result.firstLabelled.push(updates[i]!.key);
        }
      }
    });
    result.chunks++;
    await pause();
  };

  for (let i = 0; i < pending.length; i += chunkSize) {
    const ids = pending.slice(i, i + chunkSize);
    const rows = (await db.reviews.bulkGet(ids)).filter((r): r is ReviewRecord => r !== undefined);
    await writeChunk(rows);
  }

  if (scanAll) {
    // Primary-key pages: each page is its own short read; rows written meanwhile are simply not stale.
    let after: string | null = null;
    for (;;) {
      const page: ReviewRecord[] =
        after === null
          ? await db.reviews.orderBy(':id').limit(chunkSize).toArray()
          : await db.reviews.where(':id').above(after).limit(chunkSize).toArray();
      if (page.length === 0) break;
      after = page[page.length - 1]!.id;
      await writeChunk(page);
      if (page.length < chunkSize) break;
    }
  }
  return result;
}
