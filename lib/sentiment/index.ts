/**
 * Review sentiment (DESIGN.md §7). `classifyReview` uses the model bundled with the extension;
 * `createClassifier(modelJson)` builds one from a parsed asset (the CLI reads it from disk).
 */
import bundledModel from '../../assets/model/sentiment-model.json';
import { createClassifier, type ClassifyOptions, type SentimentClassifier } from './classifier';
import type { SentimentModelJson } from './model';
import type { SentimentResult } from './types';

export { createClassifier } from './classifier';
export type { ClassifyOptions, SentimentClassifier } from './classifier';
export type { SentimentModelJson } from './model';
export type { AspectMention, AspectName, Polarity, SentimentLabel, SentimentResult } from './types';

let bundled: SentimentClassifier | undefined;

/**
 * Classifies one review with the bundled model (built on first use). Hostile input is fine: markup
 * and control characters are ignored, only the first 4,000 characters are read, and offsets in
 * `aspects` always refer to the original `text`.
 */
export function classifyReview(text: string, opts?: ClassifyOptions): SentimentResult {
  bundled ??= createClassifier(bundledModel as unknown as SentimentModelJson);
  return bundled.classify(text, opts);
}
