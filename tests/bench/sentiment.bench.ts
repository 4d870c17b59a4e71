/**
 * Sentiment bench: accuracy of our model against AFINN (`sentiment`, score > 0 = positive) and VADER
 * (`vader-sentiment`, compound ≥ 0 = positive) on the same held-out English sentences, our Chinese
 * accuracy, aspect recall/polarity, throughput against AFINN's, and the model asset size.
 *
 * Reads only the repo: tests/fixtures/sentiment (held-out test samples written by
 * scripts/train-sentiment.ts, provenance in its SOURCE.txt), assets/model/sentiment-model.json and
 * assets/model/zh-t2s.json. Traditional Chinese rows convert the Chinese samples with opencc-js.
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as OpenCC from 'opencc-js';
import { createClassifier, type SentimentClassifier } from '../../lib/sentiment/classifier';
import {
  ASPECTS_ZH_EVALUATED,
  aspectRecall,
  polarityAccuracy,
  type AspectGoldReview,
  type LabelledReview,
} from '../../lib/sentiment/evaluate';
import type { SentimentModelJson } from '../../lib/sentiment/model';
import type { AspectMention, AspectName, SentimentResult } from '../../lib/sentiment/types';
import { throughput, type BenchRow, type BenchSuite } from './harness';

const require = createRequire(import.meta.url);

const fixture = (name: string) => new URL(`../fixtures/sentiment/${name}`, import.meta.url);
const MODEL_URL = new URL('../../assets/model/sentiment-model.json', import.meta.url);
const T2S_URL = new URL('../../assets/model/zh-t2s.json', import.meta.url);

function readJsonl<T>(name: string): T[] {
  return readFileSync(fixture(name), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

type Afinn = { analyze(text: string): { score: number } };
type Vader = {
  SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } };
};

function accuracyBy(rows: readonly LabelledReview[], positive: (text: string) => boolean): number {
  let ok = 0;
  for (const r of rows) if (positive(r.text) === (r.label === 1)) ok++;
  return ok / Math.max(1, rows.length);
}

/** Share of `rows` the commoner gold label makes up: what always answering it scores. */
export function majorityAccuracy(rows: readonly LabelledReview[]): number {
  const positive = rows.filter((r) => r.label === 1).length;
  return Math.max(positive, rows.length - positive) / Math.max(1, rows.length);
}

/** A plain Chinese sentiment word list (hand-picked, common review words), the zh accuracy baseline. */
export const ZH_POSITIVE = ['好', '不错', '满意', '喜欢', '推荐', '值得', '好吃', '好用', '划算', '舒服', '干净', '方便', '快', '赞', '棒', '漂亮', '实惠', '热情', '周到', '超值', '完美', '好评', '惊喜', '新鲜']; // prettier-ignore
export const ZH_NEGATIVE = ['差', '不好', '失望', '垃圾', '慢', '难吃', '难用', '坏', '破', '假', '退货', '投诉', '贵', '脏', '不行', '不满意', '不值', '差评', '后悔', '骗', '糟糕', '臭', '旧', '吵', '不推荐', '一般']; // prettier-ignore
const zhWords = new Map<string, number>([
  ...ZH_POSITIVE.map((w) => [w, 1] as const),
  ...ZH_NEGATIVE.map((w) => [w, -1] as const),
]);
/** Longest words first, so 不好 is one negative hit rather than 不 + a positive 好. */
const ZH_WORD_RE = new RegExp(
  [...zhWords.keys()].toSorted((a, b) => b.length - a.length).join('|'),
  'g',
);

/** Positive minus negative word hits (longest match, no overlaps). */
export function zhWordListScore(text: string): number {
  let score = 0;
  for (const m of text.matchAll(ZH_WORD_RE)) score += zhWords.get(m[0])!;
  return score;
}

/** Words naming each aspect, the aspect baseline (Chinese substrings, English whole words). */
const ASPECT_KEYWORDS: Record<AspectName, string[]> = {
  shipping: ['物流', '快递', '发货', '送货', '配送', '到货', '送餐', 'shipping', 'delivery', 'delivered', 'shipped', 'arrived'],
  packaging: ['包装', '盒子', '箱子', 'package', 'packaging', 'packaged', 'box'],
  service: ['客服', '服务', '态度', '卖家', '店家', '商家', 'service', 'support', 'staff', 'waiter', 'waitress', 'warranty'],
  price: ['价格', '价钱', '便宜', '贵', '划算', '性价比', '实惠', 'price', 'priced', 'cheap', 'expensive', 'value', 'cost', 'worth'],
  size: ['尺寸', '尺码', '大小', '偏大', '偏小', '码数', 'size', 'small', 'large', 'big', 'weight', 'heavy', 'light', 'compact'],
  authenticity: ['正品', '假货', '真假', '假的', '山寨', 'genuine', 'fake', 'authentic', 'counterfeit'],
  quality: ['质量', '品质', '做工', '材质', 'quality', 'build', 'sturdy', 'durable', 'flimsy'],
}; // prettier-ignore
const EN_COMPLAINTS = ['not', "n't", 'no', 'never', 'bad', 'poor', 'slow', 'broken', 'broke', 'terrible', 'awful', 'worst', 'late', 'damaged', 'overpriced', 'rude', 'disappointed', 'problem']; // prettier-ignore
const keywordRe = (words: readonly string[]) =>
  new RegExp(
    words
      .toSorted((a, b) => b.length - a.length)
      // English words whole (\b), Chinese words and "n't" as substrings.
      .map((w) => (/^\w+$/.test(w) ? `\\b${w}\\b` : w))
      .join('|'),
    'gi',
  );
const COMPLAINT_RE = keywordRe([...ZH_NEGATIVE, ...EN_COMPLAINTS]);

/**
 * The naive aspect finder the aspect figures are compared with: every occurrence of an aspect's
 * keyword is a mention, negative when its clause has a complaint or negation word, else positive.
 * Only `aspects` of its result is meaningful (aspectRecall reads nothing else).
 */
export function keywordAspectBaseline(): SentimentClassifier {
  const finders = Object.entries(ASPECT_KEYWORDS).map(
    ([aspect, words]) => [aspect as AspectName, keywordRe(words)] as const,
  );
  return {
    classify(text: string): SentimentResult {
      const aspects: AspectMention[] = [];
      for (const clause of text.matchAll(/[^，。！？；,.!?;\n]+/g)) {
        COMPLAINT_RE.lastIndex = 0;
        const polarity = COMPLAINT_RE.test(clause[0]) ? 'negative' : 'positive';
        for (const [aspect, re] of finders) {
          for (const m of clause[0].matchAll(re)) {
            const start = clause.index + m.index;
            aspects.push({ aspect, polarity, start, end: start + m[0].length });
          }
        }
      }
      return { label: 'neutral', score: 0, lang: 'und', aspects };
    },
  };
}

/** The size budget of all model assets together (MODEL-CARD.md; tests/unit/sentiment/accuracy.test.ts). */
const ASSET_BUDGET_BYTES = 3_000_000;
const ASSET_BUDGET_NAME = 'of the 3 MB budget for all model assets (a constant)';

export const suite: BenchSuite = {
  name: 'sentiment',
  description:
    'review sentiment: accuracy vs AFINN/VADER, zh accuracy, aspects, reviews/s vs AFINN',
  async run() {
    const modelJson = JSON.parse(readFileSync(MODEL_URL, 'utf8')) as SentimentModelJson;
    const clf = createClassifier(modelJson);
    const SentimentCtor = require('sentiment') as new () => Afinn;
    const afinn = new SentimentCtor();
    const vader = require('vader-sentiment') as Vader;

    const enProduct = readJsonl<LabelledReview>('en-product.test.jsonl');
    const enYelpImdb = readJsonl<LabelledReview>('en-yelp-imdb.test.jsonl');
    const zhShopping = readJsonl<LabelledReview>('zh-online-shopping.test.jsonl');
    const zhOther = readJsonl<LabelledReview>('zh-waimai-hotel.test.jsonl');
    const aspectsZh = readJsonl<AspectGoldReview>('aspects-zh.test.jsonl');
    const semeval = readJsonl<AspectGoldReview>('semeval-restaurants.test.jsonl');
    const liuAspects = readJsonl<AspectGoldReview>('liu-aspects.test.jsonl');

    const rows: BenchRow[] = [];
    const vs = (name: string, unit: string, value: number, baseline: string, base: number) =>
      rows.push({ name, unit, value, baseline, ratio: base === 0 ? undefined : value / base });

    for (const [label, data] of [
      ['en product sentences', enProduct],
      ['en yelp+imdb sentences', enYelpImdb],
    ] as const) {
      const afinnAcc = accuracyBy(data, (t) => afinn.analyze(t).score > 0);
      const vaderAcc = accuracyBy(
        data,
        (t) => vader.SentimentIntensityAnalyzer.polarity_scores(t).compound >= 0,
      );
      const oursAll = polarityAccuracy(clf, data);
      const ours = oursAll.accuracy;
      rows.push({
        name: `AFINN accuracy, ${label} (n=${data.length})`,
        unit: 'accuracy',
        value: afinnAcc,
      });
      vs(
        `VADER accuracy, ${label}`,
        'accuracy',
        vaderAcc,
        `AFINN accuracy, ${label} (n=${data.length})`,
        afinnAcc,
      );
      vs(
        `our accuracy, ${label}`,
        'accuracy',
        ours,
        `AFINN accuracy, ${label} (n=${data.length})`,
        afinnAcc,
      );
      // Stricter: the label must equal the gold polarity (a "neutral" answer counts as wrong).
      vs(
        `our label accuracy (neutral = wrong), ${label}`,
        'accuracy',
        oursAll.labelAccuracy,
        `AFINN accuracy, ${label} (n=${data.length})`,
        afinnAcc,
      );
    }
    const zhAcc = polarityAccuracy(clf, zhShopping);
    const waimai = zhOther.filter((r) => r.source === 'waimai');
    const hotel = zhOther.filter((r) => r.source === 'hotel');
    // Baselines computed here on the same held-out rows: the majority class (what always answering
    // the commoner label scores) and a word-list scorer (ZH_POSITIVE/ZH_NEGATIVE, the Chinese
    // counterpart of AFINN's list lookup); ours is compared with the word list, the stronger of the two.
    for (const [label, data, ours] of [
      ['online_shopping', zhShopping, zhAcc],
      ['waimai', waimai, polarityAccuracy(clf, waimai)],
      ['hotel', hotel, polarityAccuracy(clf, hotel)],
    ] as const) {
      const majorityName = `majority class, zh ${label} (n=${data.length})`;
      const majority = majorityAccuracy(data);
      rows.push({ name: majorityName, unit: 'accuracy', value: majority });
      const listName = `zh word-list baseline, ${label}`;
      const list = accuracyBy(data, (t) => zhWordListScore(t) > 0);
      vs(listName, 'accuracy', list, majorityName, majority);
      vs(`our accuracy, zh ${label}`, 'accuracy', ours.accuracy, listName, list);
      if (label === 'online_shopping') {
        vs(
          'our label accuracy (neutral = wrong), zh online_shopping',
          'accuracy',
          ours.labelAccuracy,
          listName,
          list,
        );
      }
    }

    // Traditional Chinese: no labelled corpus here, so the same held-out reviews written in Taiwan
    // characters (OpenCC cn→tw, length-preserving), against the same model reading the raw characters.
    const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const rawChars = createClassifier(modelJson, { readTraditional: false });
    const twShopping = zhShopping.map((r) => ({ ...r, text: toTw(r.text) }));
    const twAspects = aspectsZh
      .map((r) => ({ ...r, text: toTw(r.text) }))
      .filter((r, i) => r.text.length === aspectsZh[i]!.text.length);
    const twBase = polarityAccuracy(rawChars, twShopping).accuracy;
    const twBaseName = `same model on raw Traditional chars, zh-Hant online_shopping (n=${twShopping.length})`;
    rows.push({ name: twBaseName, unit: 'accuracy', value: twBase });
    vs(
      'our accuracy, zh-Hant online_shopping',
      'accuracy',
      polarityAccuracy(clf, twShopping).accuracy,
      twBaseName,
      twBase,
    );
    const twAspBase = aspectRecall(rawChars, twAspects, ASPECTS_ZH_EVALUATED).recall;
    const twAspBaseName = 'aspect recall on raw Traditional chars, aspects-zh (zh-Hant)';
    rows.push({ name: twAspBaseName, unit: 'recall', value: twAspBase });
    vs(
      'our aspect recall, aspects-zh (zh-Hant)',
      'recall',
      aspectRecall(clf, twAspects, ASPECTS_ZH_EVALUATED).recall,
      twAspBaseName,
      twAspBase,
    );

    // Aspects: each figure against a keyword-list baseline run here on the same reviews and scored by
    // the same aspectRecall: an aspect wherever one of its words (ASPECT_KEYWORDS) occurs, negative
    // when its clause holds a complaint or negation word, else positive.
    const keywords = keywordAspectBaseline();
    for (const [label, data, aspects] of [
      ['aspects-zh held-out', aspectsZh, ASPECTS_ZH_EVALUATED],
      ['SemEval rest. service+price', semeval, ['service', 'price']],
      // English product reviews (Hu & Liu's Amazon electronics reviews): their annotated features
      // that name price, size/weight, service/support/warranty and quality/build.
      ['Hu & Liu product sentences', liuAspects, ['price', 'size', 'service', 'quality']],
    ] as const) {
      const ours = aspectRecall(clf, data, aspects);
      const base = aspectRecall(keywords, data, aspects);
      const recallName = `keyword-list baseline recall, ${label} (${base.labels} labels)`;
      rows.push({ name: recallName, unit: 'recall', value: base.recall });
      vs(`our aspect recall, ${label}`, 'recall', ours.recall, recallName, base.recall);
      const polName = `keyword-list baseline polarity right, ${label} (of found)`;
      rows.push({ name: polName, unit: 'accuracy', value: base.polarityAccuracy });
      vs(
        `our aspect polarity right, ${label} (of found)`,
        'accuracy',
        ours.polarityAccuracy,
        polName,
        base.polarityAccuracy,
      );
    }

    // Throughput: AFINN on the English sentences is the baseline; ours runs the full classify()
    // (sanitise, language detection, model, aspects) on the same sentences and on Chinese reviews.
    const enTexts = enProduct.map((r) => r.text);
    const zhTexts = zhShopping.map((r) => r.text);
    const afinnRate = throughput(enTexts, (t) => afinn.analyze(t).score);
    rows.push({ name: 'AFINN throughput, en', unit: 'reviews/s', value: afinnRate });
    vs(
      'VADER throughput, en',
      'reviews/s',
      throughput(enTexts, (t) => vader.SentimentIntensityAnalyzer.polarity_scores(t).compound),
      'AFINN throughput, en',
      afinnRate,
    );
    vs(
      'our throughput, en',
      'reviews/s',
      throughput(enTexts, (t) => clf.classify(t).score),
      'AFINN throughput, en',
      afinnRate,
    );
    const zhRate = throughput(zhTexts, (t) => clf.classify(t).score);
    vs(
      'our throughput, zh online_shopping',
      'reviews/s',
      zhRate,
      'AFINN throughput, en',
      afinnRate,
    );
    // Worst cases: reviews at the 4,000-character cap made of nothing but aspect cues and opinion
    // words, or of phrase-rule hits, the shapes that once made the aspect pass quadratic (a clause of
    // 2,000 size cues took 60 ms). Reviews per second, against ordinary Chinese reviews.
    const hostile = ['太大', '坏了', '物流很快', "wasn't damaged ", '不推荐购买'].map((unit) =>
      unit.repeat(Math.ceil(4_000 / unit.length)).slice(0, 4_000),
    );
    vs(
      'our throughput, 4,000-char reviews of cue words only',
      'reviews/s',
      throughput(hostile, (t) => clf.classify(t).score),
      'our throughput, zh online_shopping',
      zhRate,
    );

    // Sizes: a ratio to a constant, the 3 MB budget for all model assets together (MODEL-CARD.md,
    // tests/unit/sentiment/accuracy.test.ts), not to a measurement.
    const modelBytes = statSync(MODEL_URL).size;
    const t2sBytes = statSync(T2S_URL).size;
    for (const [name, bytes] of [
      ['model asset size', modelBytes],
      ['zh Traditional→Simplified table size', t2sBytes],
      ['all model assets together', modelBytes + t2sBytes],
    ] as const) {
      rows.push({
        name,
        unit: 'KiB',
        value: bytes / 1024,
        baseline: ASSET_BUDGET_NAME,
        ratio: bytes / ASSET_BUDGET_BYTES,
      });
    }
    return {
      suite: 'sentiment',
      rows,
      notes: [
        'accuracy = share whose score sign matches the gold label; held-out test splits never used in training or model selection',
        `zh neutral share ${zhAcc.neutralShare.toFixed(3)}; aspect labels found per clause span overlap (aspects-zh) or per sentence (SemEval)`,
        'zh-Hant rows: the zh held-out reviews converted to Taiwan characters by OpenCC (opencc-js), not native Traditional reviews',
        `zh baselines: the majority class of each test set, and a ${ZH_POSITIVE.length}+${ZH_NEGATIVE.length}-word list (score = positive minus negative hits, > 0 = positive), both computed in this run`,
        'aspect baselines: keyword lists per aspect, polarity from complaint/negation words in the clause, scored by the same aspectRecall in this run',
        `sizes: ratio = share of the ${ASSET_BUDGET_BYTES.toLocaleString('en-US')}-byte budget for all model assets (a constant, not a measurement)`,
      ],
    };
  },
};
