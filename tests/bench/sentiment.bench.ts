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
import { createClassifier } from '../../lib/sentiment/classifier';
import {
  ASPECTS_ZH_EVALUATED,
  aspectRecall,
  polarityAccuracy,
  type AspectGoldReview,
  type LabelledReview,
} from '../../lib/sentiment/evaluate';
import type { SentimentModelJson } from '../../lib/sentiment/model';
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
    rows.push({
      name: `our accuracy, zh online_shopping (n=${zhShopping.length})`,
      unit: 'accuracy',
      value: zhAcc.accuracy,
    });
    rows.push({
      name: `our label accuracy (neutral = wrong), zh online_shopping`,
      unit: 'accuracy',
      value: zhAcc.labelAccuracy,
    });
    const waimai = zhOther.filter((r) => r.source === 'waimai');
    const hotel = zhOther.filter((r) => r.source === 'hotel');
    rows.push({
      name: `our accuracy, zh waimai (n=${waimai.length})`,
      unit: 'accuracy',
      value: polarityAccuracy(clf, waimai).accuracy,
    });
    rows.push({
      name: `our accuracy, zh hotel (n=${hotel.length})`,
      unit: 'accuracy',
      value: polarityAccuracy(clf, hotel).accuracy,
    });

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

    const zhAsp = aspectRecall(clf, aspectsZh, ASPECTS_ZH_EVALUATED);
    const seAsp = aspectRecall(clf, semeval, ['service', 'price']);
    rows.push({
      name: `aspect recall, aspects-zh held-out (${zhAsp.labels} labels)`,
      unit: 'recall',
      value: zhAsp.recall,
    });
    rows.push({
      name: 'aspect polarity right, aspects-zh (of found)',
      unit: 'accuracy',
      value: zhAsp.polarityAccuracy,
    });
    rows.push({
      name: `aspect recall, SemEval rest. service+price (${seAsp.labels})`,
      unit: 'recall',
      value: seAsp.recall,
    });
    rows.push({
      name: 'aspect polarity right, SemEval (of found)',
      unit: 'accuracy',
      value: seAsp.polarityAccuracy,
    });
    // English product reviews (Hu & Liu's Amazon electronics reviews): their annotated features
    // that name price, size/weight, service/support/warranty and quality/build.
    const liuAsp = aspectRecall(clf, liuAspects, ['price', 'size', 'service', 'quality']);
    rows.push({
      name: `aspect recall, Hu & Liu product sentences (${liuAsp.labels})`,
      unit: 'recall',
      value: liuAsp.recall,
    });
    rows.push({
      name: 'aspect polarity right, Hu & Liu (of found)',
      unit: 'accuracy',
      value: liuAsp.polarityAccuracy,
    });

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

    rows.push({ name: 'model asset size', unit: 'KiB', value: statSync(MODEL_URL).size / 1024 });
    rows.push({
      name: 'zh Traditional→Simplified table size',
      unit: 'KiB',
      value: statSync(T2S_URL).size / 1024,
    });
    return {
      suite: 'sentiment',
      rows,
      notes: [
        'accuracy = share whose score sign matches the gold label; held-out test splits never used in training or model selection',
        `zh neutral share ${zhAcc.neutralShare.toFixed(3)}; aspect labels found per clause span overlap (aspects-zh) or per sentence (SemEval)`,
        'zh-Hant rows: the zh held-out reviews converted to Taiwan characters by OpenCC (opencc-js), not native Traditional reviews',
      ],
    };
  },
};
