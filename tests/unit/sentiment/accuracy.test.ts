/**
 * Accuracy floors on the committed held-out fixtures (tests/fixtures/sentiment, see SOURCE.txt):
 * samples of the test splits that scripts/train-sentiment.ts never trained on or selected with.
 * The floors sit just under the measured figures, so a broken tokeniser, a mis-hashed feature or a
 * stale asset fails them; an untrained (all-zero) model scores about 0.5.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { classifyReview, createClassifier } from '../../../lib/sentiment/index';
import {
  ASPECTS_ZH_EVALUATED,
  aspectRecall,
  polarityAccuracy,
  type AspectGoldReview,
  type LabelledReview,
} from '../../../lib/sentiment/evaluate';
import type { SentimentClassifier } from '../../../lib/sentiment/classifier';
import type { SentimentModelJson } from '../../../lib/sentiment/model';
import { readAsset } from '../helpers';

function readJsonl<T>(name: string): T[] {
  return readFileSync(new URL(`../../fixtures/sentiment/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

const zeros = (bits: number) => Buffer.alloc(1 << bits).toString('base64');

const clf: SentimentClassifier = { classify: (t, o) => classifyReview(t, o) };

describe('held-out accuracy floors', () => {
  it('Chinese e-commerce reviews (online_shopping_10_cats test sample) ≥ 0.93', () => {
    const rows = readJsonl<LabelledReview>('zh-online-shopping.test.jsonl');
    expect(rows.length).toBeGreaterThanOrEqual(1_500);
    expect(polarityAccuracy(clf, rows).accuracy).toBeGreaterThanOrEqual(0.93);
  });

  it('the same Chinese reviews in Traditional characters (OpenCC cn→tw) ≥ 0.93, aspects ≥ 0.85', () => {
    const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const rows = readJsonl<LabelledReview>('zh-online-shopping.test.jsonl').map((r) => ({
      ...r,
      text: toTw(r.text),
    }));
    expect(rows.filter((r) => /[這個還說沒質裝貨]/.test(r.text)).length).toBeGreaterThan(500);
    expect(polarityAccuracy(clf, rows).accuracy).toBeGreaterThanOrEqual(0.93);
    const aspects = readJsonl<AspectGoldReview>('aspects-zh.test.jsonl').map((r) => ({
      ...r,
      text: toTw(r.text),
    }));
    expect(aspectRecall(clf, aspects, ASPECTS_ZH_EVALUATED).recall).toBeGreaterThanOrEqual(0.85);
  });

  it('Chinese delivery and hotel reviews ≥ 0.89', () => {
    const rows = readJsonl<LabelledReview>('zh-waimai-hotel.test.jsonl');
    expect(polarityAccuracy(clf, rows).accuracy).toBeGreaterThanOrEqual(0.89);
  });

  it('English product-review sentences (Hu & Liu + pros/cons test sample) ≥ 0.90', () => {
    const rows = readJsonl<LabelledReview>('en-product.test.jsonl');
    expect(rows.length).toBeGreaterThanOrEqual(1_000);
    const fig = polarityAccuracy(clf, rows);
    expect(fig.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(fig.unknownShare).toBeLessThan(0.01);
  });

  it('English yelp/imdb sentences ≥ 0.84', () => {
    const rows = readJsonl<LabelledReview>('en-yelp-imdb.test.jsonl');
    expect(polarityAccuracy(clf, rows).accuracy).toBeGreaterThanOrEqual(0.84);
  });

  it('English Hu & Liu product-review sentences alone ≥ 0.84', () => {
    const rows = readJsonl<LabelledReview>('en-product.test.jsonl').filter(
      (r) => r.source === 'liu',
    );
    expect(rows.length).toBeGreaterThan(300);
    expect(polarityAccuracy(clf, rows).accuracy).toBeGreaterThanOrEqual(0.84);
  });

  // The label itself, not only the score's sign: a `neutral` label on a positive/negative review is
  // an error for anyone comparing labels, so the neutral band must stay narrow.
  it.each([
    ['zh-online-shopping.test.jsonl', 0.925],
    ['zh-waimai-hotel.test.jsonl', 0.895],
    ['en-product.test.jsonl', 0.925],
    ['en-yelp-imdb.test.jsonl', 0.84],
  ])('label accuracy (neutral counts as wrong) on %s ≥ %d', (name, floor) => {
    const fig = polarityAccuracy(clf, readJsonl<LabelledReview>(name));
    expect(fig.labelAccuracy).toBeGreaterThanOrEqual(floor);
    expect(fig.labelAccuracy).toBeLessThanOrEqual(fig.accuracy + fig.unknownShare);
  });
});

describe('held-out aspect recall and polarity', () => {
  it('aspects-zh (shipping, packaging, service, price, size, authenticity): recall ≥ 0.85, polarity ≥ 0.83', () => {
    const rows = readJsonl<AspectGoldReview>('aspects-zh.test.jsonl');
    const fig = aspectRecall(clf, rows, ASPECTS_ZH_EVALUATED);
    expect(fig.labels).toBeGreaterThan(300);
    expect(fig.recall).toBeGreaterThanOrEqual(0.85);
    expect(fig.polarityAccuracy).toBeGreaterThanOrEqual(0.83);
  });

  it('SemEval-2014 restaurant test (service, price): recall ≥ 0.78, polarity ≥ 0.8', () => {
    const rows = readJsonl<AspectGoldReview>('semeval-restaurants.test.jsonl');
    const fig = aspectRecall(clf, rows, ['service', 'price']);
    expect(fig.recall).toBeGreaterThanOrEqual(0.78);
    expect(fig.polarityAccuracy).toBeGreaterThanOrEqual(0.8);
  });
});

describe('held-out aspect recall and polarity on English product reviews', () => {
  it('Hu & Liu test sentences (price, size, service, quality): recall ≥ 0.69, polarity ≥ 0.85', () => {
    // 46 labels (one = 0.022): 33 found, 30 with the right polarity. Before the size-predicate and
    // context cues 30 were found (0.652), so the recall floor catches that regression.
    const rows = readJsonl<AspectGoldReview>('liu-aspects.test.jsonl');
    const fig = aspectRecall(clf, rows, ['price', 'size', 'service', 'quality']);
    expect(rows).toHaveLength(755);
    expect(fig.labels).toBe(46);
    expect(fig.recall).toBeGreaterThanOrEqual(0.69);
    expect(fig.polarityAccuracy).toBeGreaterThanOrEqual(0.85);
  });
});

describe('model asset', () => {
  it('all model assets together stay within the 3 MB budget', () => {
    const dir = new URL('../../../assets/model/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files).toEqual(expect.arrayContaining(['sentiment-model.json', 'zh-t2s.json']));
    const bytes = files.reduce((sum, f) => sum + statSync(new URL(f, dir)).size, 0);
    expect(bytes).toBeLessThanOrEqual(3_000_000);
  });

  it('an all-zero model is no better than chance, so the floors above test the trained weights', () => {
    const json = readAsset<SentimentModelJson>('model/sentiment-model.json');
    const blank = createClassifier({
      ...json,
      zh: { ...json.zh, weights: zeros(json.zh.bits) },
      en: { ...json.en, weights: zeros(json.en.bits) },
    });
    const rows = readJsonl<LabelledReview>('zh-online-shopping.test.jsonl');
    expect(polarityAccuracy(blank, rows).accuracy).toBeLessThan(0.6);
  });
});
