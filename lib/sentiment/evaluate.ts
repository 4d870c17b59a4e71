/**
 * Evaluation helpers shared by the training script, the bench and the accuracy-floor tests, so every
 * figure in the model card is computed the same way.
 */
import type { SentimentClassifier } from './classifier';
import type { AspectName, Polarity } from './types';

export interface LabelledReview {
  /** 1 positive, 0 negative. */
  label: 0 | 1;
  text: string;
  source?: string;
}

export interface AccuracyFigure {
  n: number;
  /** Share whose score has the sign of the gold label (score ≥ 0 counts as positive). */
  accuracy: number;
  /**
   * Share whose label is the gold polarity: a `neutral` (or `unknown`) label on a positive/negative
   * row counts as wrong. This is the figure for anyone comparing labels with binary gold labels.
   */
  labelAccuracy: number;
  /** Share labelled neutral (inside the calibrated band): abstentions, still scored by sign above. */
  neutralShare: number;
  /** Share not read at all (language detected as neither zh nor en): always counted wrong. */
  unknownShare: number;
}

export function polarityAccuracy(
  clf: SentimentClassifier,
  rows: readonly LabelledReview[],
): AccuracyFigure {
  let ok = 0;
  let labelOk = 0;
  let neutral = 0;
  let unknown = 0;
  for (const r of rows) {
    const res = clf.classify(r.text);
    if (res.label === 'unknown') {
      unknown++;
      continue;
    }
    if (res.label === 'neutral') neutral++;
    if (res.score >= 0 === (r.label === 1)) ok++;
    if (res.label === (r.label === 1 ? 'positive' : 'negative')) labelOk++;
  }
  const n = Math.max(1, rows.length);
  return {
    n: rows.length,
    accuracy: ok / n,
    labelAccuracy: labelOk / n,
    neutralShare: neutral / n,
    unknownShare: unknown / n,
  };
}

/**
 * The aspects whose labelled mentions aspects-zh evaluation counts (its 物流, 包装, 服务, 价格, 尺寸,
 * 真伪 categories). Quality is left out: its labels (功效, 使用体验) are about the product's
 * performance, not a named quality aspect.
 */
export const ASPECTS_ZH_EVALUATED: readonly AspectName[] = [
  'shipping',
  'packaging',
  'service',
  'price',
  'size',
  'authenticity',
];

export interface AspectGold {
  aspect: AspectName;
  polarity: Polarity;
  /** Offsets of the aspect term and/or opinion term; empty when the label has no position. */
  spans: Array<[number, number]>;
}

export interface AspectGoldReview {
  id: string;
  text: string;
  labels: AspectGold[];
}

export interface AspectFigure {
  labels: number;
  found: number;
  /** found / labels */
  recall: number;
  /** Of the labels found, the share whose polarity we got right. */
  polarityAccuracy: number;
  /** Mentions we output for the evaluated aspects that match no label (context for recall). */
  extraMentions: number;
}

/**
 * Recall of labelled aspect mentions: a label is found when we output the same aspect with a span
 * overlapping one of its spans (or anywhere in the review when the label has no span).
 */
export function aspectRecall(
  clf: SentimentClassifier,
  reviews: readonly AspectGoldReview[],
  aspects: readonly AspectName[],
): AspectFigure {
  let labels = 0;
  let found = 0;
  let right = 0;
  let extra = 0;
  const wanted = new Set(aspects);
  for (const r of reviews) {
    const out = clf.classify(r.text).aspects.filter((a) => wanted.has(a.aspect));
    const used = new Set<number>();
    for (const g of r.labels) {
      if (!wanted.has(g.aspect)) continue;
      labels++;
      const k = out.findIndex(
        (m) =>
          m.aspect === g.aspect &&
          (g.spans.length === 0 || g.spans.some(([s, e]) => m.start < e && s < m.end)),
      );
      if (k === -1) continue;
      found++;
      used.add(k);
      if (out[k]!.polarity === g.polarity) right++;
    }
    extra += out.filter((_, k) => !used.has(k)).length;
  }
  return {
    labels,
    found,
    recall: found / Math.max(1, labels),
    polarityAccuracy: right / Math.max(1, found),
    extraMentions: extra,
  };
}
