import { describe, expect, it } from 'vitest';
import {
  classifyStoredReviews,
  modelVersionOf,
  reviewClassifierFromModel,
  reviewText,
  type ReviewClassifier,
} from '../../../lib/alerts/review-classify';
import type { ReviewRecord } from '../../../lib/db/types';
import { ANALYSIS_VERSION } from '../../../lib/sentiment/classifier';
import type { SentimentModelJson } from '../../../lib/sentiment/model';
import { freshDb, readAsset } from '../helpers';

const MODEL = readAsset<SentimentModelJson>('model/sentiment-model.json');
const real = reviewClassifierFromModel(MODEL);

function review(
  id: string,
  title: string,
  body: string,
  rating: number | null,
  extra: Partial<ReviewRecord> = {},
): ReviewRecord {
  return {
    id: `amazon:${id}`,
    market: 'amazon',
    reviewId: id,
    listingId: 'amazon:B0057OC5O8',
    productKey: 'B0057OC5O8',
    rating,
    title,
    body,
    date: '2024-06-01',
    dateText: 'June 1, 2024',
    firstSeen: '2024-06-02T10:00:00.000Z',
    ...extra,
  };
}

/** Counts calls; labels by a keyword so tests can tell which rows were (re)classified. */
function countingClassifier(version: string): ReviewClassifier & { calls: number } {
  const c = {
    version,
    calls: 0,
    classify(text: string) {
      c.calls++;
      const bad = /broken|crushed/.test(text);
      return {
        label: bad ? ('negative' as const) : ('positive' as const),
        score: bad ? -0.9 : 0.9,
        lang: 'en',
        aspects: [],
      };
    },
  };
  return c;
}

describe('reviewText', () => {
  it.each([
    [
      'Arrived broken',
      'The carafe was cracked.',
      'Arrived broken. The carafe was cracked.',
      14,
      16,
    ],
    ['Love it!', 'Works great.', 'Love it! Works great.', 8, 9],
    ['质量很好。', '物流也快', '质量很好。 物流也快', 5, 6],
    ['', 'Only a body', 'Only a body', 0, 0],
    ['  Padded title  ', 'Body', '  Padded title. Body', 14, 16],
  ])('%j + %j', (title, body, text, titleEnd, bodyOffset) => {
    const r = reviewText({ title, body });
    expect(r).toEqual({ text, titleEnd, bodyOffset });
    expect(r.text.slice(r.bodyOffset)).toBe(body);
    expect(r.text.slice(0, r.titleEnd).trim()).toBe(title.trim());
  });
});

describe('modelVersionOf', () => {
  it('changes when the weights change, even on the same training day', () => {
    const w = MODEL.en.weights;
    const flipped = w[0] === 'A' ? 'B' + w.slice(1) : 'A' + w.slice(1);
    const retrained = { ...MODEL, en: { ...MODEL.en, weights: flipped } };
    expect(modelVersionOf(retrained)).not.toBe(modelVersionOf(MODEL));
    // Weights and the analysis around them: a release that changes either re-classifies.
    expect(modelVersionOf(MODEL)).toMatch(
      new RegExp(`^${MODEL.trainedAt}#[0-9a-f]{12}\\+a${ANALYSIS_VERSION}$`),
    );
    expect(modelVersionOf(structuredClone(MODEL))).toBe(modelVersionOf(MODEL));
  });

  it('changes when only a neutral band changes (the same weights label reviews differently)', () => {
    const rebanded = { ...MODEL, zh: { ...MODEL.zh, neutralBand: MODEL.zh.neutralBand + 0.01 } };
    expect(modelVersionOf(rebanded)).not.toBe(modelVersionOf(MODEL));
  });
});

const labelled = (v: string) => ({
  label: 'neutral' as const,
  score: 0,
  lang: 'en',
  aspects: [],
  modelVersion: v,
});

describe('classifyStoredReviews', () => {
  it('labels new reviews with the real model and stores spans that point into title + body', async () => {
    const db = freshDb();
    await db.reviews.bulkAdd([
      review(
        'R1',
        'Box arrived crushed',
        'The carafe was cracked and shipping took three weeks.',
        2,
      ),
      review('R2', '物流太慢了', '包装也破了，质量还行', 3),
      review('R3', 'Great coffee maker', 'Makes great coffee every morning, highly recommend.', 5),
      review('R4', 'Sehr gut', 'Die Kaffeemaschine ist sehr gut und schnell geliefert.', 5),
    ]);
    const res = await classifyStoredReviews(db, async () => real, { ids: ['amazon:R1'] });
    expect(res.version).toBe(real.version);
    // R2..R4 have no label either: found through the label index although only R1 was named.
    expect(res.classified).toBe(4);
    expect(res.firstLabelled.toSorted()).toEqual([
      'amazon:R1',
      'amazon:R2',
      'amazon:R3',
      'amazon:R4',
    ]);
    const rows = await db.reviews.toArray();
    const by = Object.fromEntries(rows.map((r) => [r.reviewId, r]));
    expect(by.R1?.label).toBe('negative');
    expect(by.R2?.lang).toBe('zh');
    expect(by.R3?.label).toBe('positive');
    expect(by.R4?.label).toBe('unknown'); // German: not guessed
    expect(by.R4?.lang).toBe('de');
    for (const r of rows) {
      expect(r.modelVersion).toBe(real.version);
      const { text } = reviewText(r);
      for (const a of r.aspects ?? []) {
        expect(a.end).toBeGreaterThan(a.start);
        expect(a.end).toBeLessThanOrEqual(text.length);
      }
    }
    const r2 = by.R2!;
    const spans = (r2.aspects ?? []).map(
      (a) => `${a.aspect}:${a.polarity}:${reviewText(r2).text.slice(a.start, a.end)}`,
    );
    expect(spans).toContain('shipping:negative:物流太慢了');
    expect(spans).toContain('packaging:negative:包装也破了');
  });

  it('works in chunks, one pause between each, and loads the model once', async () => {
    const db = freshDb();
    await db.reviews.bulkAdd(
      Array.from({ length: 450 }, (_, i) =>
        review(`R${String(i).padStart(3, '0')}`, i % 3 ? 'Fine' : 'Arrived broken', 'ok', 4),
      ),
    );
    const clf = countingClassifier('v1');
    let loads = 0;
    let pauses = 0;
    const res = await classifyStoredReviews(
      db,
      async () => {
        loads++;
        return clf;
      },
      { chunkSize: 200, pause: async () => void pauses++ },
    );
    expect(res).toMatchObject({ classified: 450, chunks: 3, version: 'v1' });
    expect(loads).toBe(1);
    expect(pauses).toBe(3);
    expect(clf.calls).toBe(450);
    expect(await db.reviews.where('label').equals('negative').count()).toBe(150);
  });

  it('does not load the model when no review lacks a label and no full scan is asked for', async () => {
    const db = freshDb();
    await db.reviews.bulkAdd([
      review('R1', 'Fine', 'ok', 4, {
        label: 'positive',
        score: 0.5,
        lang: 'en',
        aspects: [],
        modelVersion: 'v1',
      }),
    ]);
    const res = await classifyStoredReviews(db, () => Promise.reject(new Error('must not load')), {
      ids: [],
    });
    expect(res).toMatchObject({ classified: 0, version: null });
  });

  it('re-classifies reviews of an older model on a full scan, without calling them new', async () => {
    const db = freshDb();
    await db.reviews.bulkAdd([
      review('R1', 'Arrived broken', 'x', 1, labelled('v0')),
      review('R2', 'Great', 'x', 5, labelled('v1')),
      review('R3', 'Great', 'x', 5, labelled('v0')),
    ]);
    const clf = countingClassifier('v1');
    const res = await classifyStoredReviews(db, async () => clf, {
      scanAll: true,
      chunkSize: 2,
      pause: async () => {},
    });
    expect(clf.calls).toBe(2); // R2 already has v1
    expect(res.classified).toBe(2);
    expect(res.firstLabelled).toEqual([]);
    expect((await db.reviews.get('amazon:R1'))?.label).toBe('negative');
    expect((await db.reviews.toArray()).every((r) => r.modelVersion === 'v1')).toBe(true);
    // Without scanAll an old version is left alone (the scan runs once per worker lifetime).
    await db.reviews.update('amazon:R3', { modelVersion: 'v0' });
    const again = await classifyStoredReviews(db, async () => clf, {});
    expect(again.classified).toBe(0);
  });

  it('skips ids that are not (or no longer) stored', async () => {
    const db = freshDb();
    await db.reviews.add(review('R1', 'Arrived broken', 'x', 1));
    const res = await classifyStoredReviews(db, async () => countingClassifier('v1'), {
      ids: ['amazon:GONE', 'amazon:R1'],
      pause: async () => {},
    });
    expect(res.classified).toBe(1);
    expect(await db.reviews.count()).toBe(1);
  });
});
