/**
 * The review classifier: document polarity with a score in [-1, 1], the language, and aspects with
 * their own polarity and span. English and Chinese are read by the model; any other language is
 * reported as such with label `unknown`.
 *
 * `createClassifier(modelJson)` takes the parsed asset (assets/model/sentiment-model.json) so callers
 * decide how it is loaded: the extension's worker imports it, the CLI reads it from disk.
 */
import { findAspects } from './aspects';
import { detectLang, isReadable } from './lang';
import { loadModel, logitToScore, type SentimentModelJson } from './model';
import { sanitizeForAnalysis } from './sanitize';
import { createToSimplified, type T2sTableJson } from './script';
import t2sTable from '../../assets/model/zh-t2s.json';
import type { AspectMention, SentimentLabel, SentimentResult } from './types';

export interface ClassifyOptions {
  /** Star rating 1..5 when the market shows one: evidence that shifts the score, never the label by itself. */
  rating?: number | null;
}

export interface SentimentClassifier {
  classify(text: string, opts?: ClassifyOptions): SentimentResult;
}

/**
 * Logit shift per star away from 3. Small on purpose: a 4-star review whose text complains stays
 * negative (its logit is typically < -3), while a near-neutral text leans with its stars.
 */
const RATING_LOGIT_PER_STAR = 0.4;

/**
 * Version of the analysis around the weights: phrase rules, aspect cues, Traditional/Cantonese reading.
 * Bump it with any change that can alter a stored review's label, score or aspects, so the background
 * re-classifies reviews stored by an older release (lib/alerts/review-classify.ts).
 * 2: Traditional → Simplified and Cantonese reading, praise-through-negation phrases.
 */
export const ANALYSIS_VERSION = 2;

/**
 * Negated complaints and hedged praise that the n-gram model sees too rarely to weigh right
 * (没什么问题 is praise, 不是很好 is a complaint). Each hit moves the logit by PHRASE_LOGIT.
 */
const PHRASES: Record<'zh' | 'en', Array<[RegExp, number]>> = {
  zh: [
    [/[没無无](?:什么|有|啥|发现|任何|一点)?(?:问题|毛病|瑕疵|异味|色差|破损|差评)/g, 1],
    // "Can't find a fault": every one of the 29 non-test corpus reviews with it is positive.
    [/挑不出(?:毛病|问题|缺点|什么毛病)|无可挑剔/g, 1],
    [/不(?:是很|太|怎么|够|大)(?:好|满意|理想|行|舒服|喜欢|值)|不怎么样/g, -1],
  ],
  en: [
    [
      /\b(?:no|not any|never (?:had|have) any) (?:problems?|issues?|complaints?|trouble)\b|\bnothing wrong\b|\bcan['’]?t complain\b|\bnot (?:bad|disappointed)\b/gi,
      1,
    ],
    // Praise said through a negation: "nothing to dislike", "can't say enough good things",
    // "couldn't be happier", "you won't regret it", "no regrets".
    [
      /\bnothing (?:\w+ )?(?:to dislike|bad to say|negative to say|to complain about)\b|\b(?:can['’]?t|cannot|couldn['’]?t|could not) (?:say enough good|recommend (?:it |this |them )?enough|be (?:any )?happier|ask for (?:a )?(?:more|better)|go wrong)\b|\b(?:won['’]?t|will not|wont|never|don['’]?t|do not) regret\b|\bno regrets?\b/gi,
      1,
    ],
    [/\bnot (?:very|that|so|too|really) (?:good|great|happy|impressed|useful|comfortable)\b/gi, -1],
  ],
};
const PHRASE_LOGIT = 1.5;

function phraseEvidence(lang: 'zh' | 'en', text: string): number {
  let sum = 0;
  for (const [re, sign] of PHRASES[lang]) {
    re.lastIndex = 0;
    while (re.exec(text) !== null) sum += sign;
  }
  return sum * PHRASE_LOGIT;
}

const UNKNOWN = (lang: string): SentimentResult => ({
  label: 'unknown',
  score: 0,
  lang,
  aspects: [],
});

export interface ClassifierOptions {
  /**
   * Read Traditional Chinese through the Traditional → Simplified table (default true). False only
   * for the bench's baseline: the same model on the raw characters.
   */
  readTraditional?: boolean;
}

export function createClassifier(
  modelJson: SentimentModelJson,
  options: ClassifierOptions = {},
): SentimentClassifier {
  const model = loadModel(modelJson);
  const englishWords = new Set((modelJson.enLexicon ?? '').split(' ').filter(Boolean));
  const toSimplified =
    options.readTraditional === false
      ? (t: string) => t
      : createToSimplified(t2sTable as T2sTableJson);
  return {
    classify(text, opts = {}) {
      if (typeof text !== 'string') return UNKNOWN('und');
      const sanitized = sanitizeForAnalysis(text);
      if (sanitized.trim() === '') return UNKNOWN('und');
      const lang = detectLang(sanitized, englishWords);
      if (!isReadable(lang)) return UNKNOWN(lang);
      // Traditional characters read as Simplified, in place (same length, so offsets hold).
      const clean = lang === 'zh' ? toSimplified(sanitized) : sanitized;

      let z = model.logit(lang, clean) + phraseEvidence(lang, clean);
      const rating = opts.rating;
      if (typeof rating === 'number' && Number.isFinite(rating) && rating >= 1 && rating <= 5) {
        z += RATING_LOGIT_PER_STAR * (rating - 3);
      }
      const score = logitToScore(z);
      const aspects: AspectMention[] = findAspects(clean, lang, (start, end) =>
        model.logit(lang, clean, start, end),
      );
      const band = model.neutralBand(lang);
      let label: SentimentLabel =
        score >= band ? 'positive' : score <= -band ? 'negative' : 'neutral';
      // Mixed reviews: clear praise and a clear complaint, and a document score that is not decisive.
      const mixed =
        aspects.some((a) => a.polarity === 'positive') &&
        aspects.some((a) => a.polarity === 'negative');
      if (mixed && Math.abs(score) < Math.max(2 * band, 0.5)) label = 'neutral';
      return { label, score: Number(score.toFixed(4)), lang, aspects };
    },
  };
}
