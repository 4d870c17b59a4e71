/**
 * The shipped sentiment model: one hashed linear model per language (logistic regression over
 * NB-weighted binary n-gram features, with the NB ratios folded into the weights), weights quantised
 * to int8 with one scale per language and stored base64 in assets/model/sentiment-model.json.
 *
 * The asset is parsed JSON handed in by the caller (the extension imports it, the CLI reads the file):
 * this module never touches the filesystem.
 */
import { enFeatures, zhFeatures, type EnFeatureConfig, type ZhFeatureConfig } from './tokenize';

export const MODEL_FORMAT = 'seller-radar-sentiment/1';

export interface LangModelJson<C> {
  /** log2 of the number of hashed buckets. */
  bits: number;
  /** weight = int8 value * scale. */
  scale: number;
  /** base64 of an Int8Array of length 2^bits. */
  weights: string;
  config: C;
  /** |score| below this is labelled neutral (score = tanh(logit / 2), in [-1, 1]). */
  neutralBand: number;
}

export interface SentimentModelJson {
  format: typeof MODEL_FORMAT;
  trainedAt: string;
  zh: LangModelJson<ZhFeatureConfig>;
  en: LangModelJson<EnFeatureConfig>;
  /** Frequent words of the English training data, space-separated: lets language detection recognise
   * short English phrases without function words ("Compact, lightweight"). */
  enLexicon?: string;
  /** Test-split figures written by the training script, for the model card and the side panel. */
  metrics?: Record<string, number>;
}

export type ModelLang = 'zh' | 'en';

function decodeBase64(b64: string): Int8Array {
  // atob exists in browsers, workers and Node >= 16; Buffer would not work in the extension.
  const bin = atob(b64);
  const out = new Int8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = (bin.charCodeAt(i) << 24) >> 24;
  return out;
}

/** Cap of features per text: 2,000 characters of Chinese give ~8,000 features. */
const MAX_FEATURES = 16_384;

/** A hashed linear scorer for one language. */
export class LinearScorer {
  readonly mask: number;
  private readonly stamp: Uint32Array;
  private gen = 0;

  constructor(
    readonly weights: Int8Array | Float32Array,
    readonly scale: number,
    readonly bits: number,
  ) {
    if (weights.length !== 1 << bits) {
      throw new Error(`sentiment model: expected ${1 << bits} weights, got ${weights.length}`);
    }
    this.mask = (1 << bits) - 1;
    this.stamp = new Uint32Array(1 << bits);
  }

  /** Sum of the weights of the distinct buckets among `feats[0, n)` (features are binary). */
  logit(feats: Int32Array, n: number): number {
    const { weights, stamp, mask } = this;
    let gen = ++this.gen;
    if (gen === 0xffffffff) {
      stamp.fill(0);
      this.gen = gen = 1;
    }
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const b = feats[i]! & mask;
      if (stamp[b] === gen) continue;
      stamp[b] = gen;
      sum += weights[b]!;
    }
    return sum * this.scale;
  }
}

export interface SentimentModel {
  /** Logit of "positive" for `text[start, end)`; > 0 leans positive. */
  logit(lang: ModelLang, text: string, start?: number, end?: number): number;
  neutralBand(lang: ModelLang): number;
  readonly json: SentimentModelJson;
}

/** Maps a logit to a score in [-1, 1] (2·sigmoid − 1). */
export function logitToScore(z: number): number {
  return Math.tanh(z / 2);
}

export function loadModel(json: SentimentModelJson): SentimentModel {
  if (!json || json.format !== MODEL_FORMAT) {
    throw new Error(`sentiment model: unsupported format ${String(json?.format)}`);
  }
  const zh = new LinearScorer(decodeBase64(json.zh.weights), json.zh.scale, json.zh.bits);
  const en = new LinearScorer(decodeBase64(json.en.weights), json.en.scale, json.en.bits);
  return createModel(json, zh, en);
}

/** Builds a model from scorers (the training script passes float weights before quantising). */
export function createModel(
  json: SentimentModelJson,
  zh: LinearScorer,
  en: LinearScorer,
): SentimentModel {
  const feats = new Int32Array(MAX_FEATURES);
  return {
    json,
    logit(lang, text, start = 0, end = text.length) {
      if (lang === 'zh') {
        const n = zhFeatures(text, start, end, json.zh.config, feats);
        return zh.logit(feats, n);
      }
      const slice = start === 0 && end === text.length ? text : text.slice(start, end);
      const n = enFeatures(slice, json.en.config, feats);
      return en.logit(feats, n);
    },
    neutralBand: (lang) => (lang === 'zh' ? json.zh.neutralBand : json.en.neutralBand),
  };
}
