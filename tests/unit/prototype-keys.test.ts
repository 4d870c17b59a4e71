/**
 * Text from outside (a review, a page, the command line) that spells an inherited property of a plain
 * object: "constructor", "toString", "__proto__" … Every table looked up by such text answers only its
 * own keys (lib/lookup.ts). QA pass: the English word "constructor" in one review crashed the
 * classifier ("word.charCodeAt is not a function"), and because the unlabelled review came back at
 * the head of every run, no later review of any product was labelled or raised an alert.
 */
import { describe, expect, it } from 'vitest';
import { aspectName } from '../../lib/alerts/review-text';
import { classifyStoredReviews, reviewClassifierFromModel } from '../../lib/alerts/review-classify';
import { main } from '../../lib/cli/main';
import { ingestSnapshot } from '../../lib/db/ingest';
import { snapshotKey } from '../../lib/hash';
import { isMonthName, parseReviewDate } from '../../lib/markets/amazon/text';
import { decodeEntities } from '../../lib/money';
import { defaultSettings } from '../../lib/schemas/settings';
import { createClassifier } from '../../lib/sentiment/classifier';
import type { SentimentModelJson } from '../../lib/sentiment/model';
import { sanitizeForAnalysis } from '../../lib/sentiment/sanitize';
import { captureIO } from './cli/harness';
import { freshDb, productSnapshot, readAsset } from './helpers';

const INHERITED = [...Object.getOwnPropertyNames(Object.prototype), '__proto__'];
const model = readAsset<SentimentModelJson>('model/sentiment-model.json');
const clf = createClassifier(model);

describe('inherited property names in review text', () => {
  it.each(INHERITED)('"%s" in English and Chinese reviews is read as a word', (name) => {
    for (const text of [
      `Great ${name} set, my son builds with it every day.`,
      `The ${name}n't work and ${name.toUpperCase()} broke.`,
      `质量很好 ${name} 物流很快`,
      `Love it &${name}; works great`,
    ]) {
      const r = clf.classify(text, { rating: 5 });
      expect(['positive', 'neutral', 'negative', 'unknown']).toContain(r.label);
      expect(Number.isFinite(r.score)).toBe(true);
    }
  });

  it('"constructor" reads like any other noun: the review is still praise', () => {
    expect(clf.classify('Great constructor set, my son builds with it every day.').label).toBe(
      'positive',
    );
    expect(sanitizeForAnalysis('a &constructor; b')).toBe('a &constructor; b');
  });

  it('a stored review saying "constructor" is labelled, and so are the reviews after it', async () => {
    const db = freshDb();
    const s = productSnapshot('2026-11-01T10:00:00.000Z', 24.99, 'X', {
      reviews: [
        ['R1', 'Great constructor set', 'My son builds with it every day.'],
        ['R2', 'Broke after a day', 'Cheap plastic, it snapped. Waste of money.'],
      ].map(([id, title, body]) => ({
        id: id!,
        productKey: 'B0057OC5O8',
        rating: id === 'R1' ? 5 : 1,
        title: title!,
        body: body!,
        date: '2026-10-31',
        dateText: '',
      })),
    });
    await ingestSnapshot(db, s, { key: snapshotKey(s), settings: defaultSettings });
    const r = await classifyStoredReviews(db, async () => reviewClassifierFromModel(model));
    expect(r.classified).toBe(2);
    const labels = (await db.reviews.toArray()).map((x) => [x.id.split(':')[1], x.label]);
    expect(labels).toEqual([
      ['R1', 'positive'],
      ['R2', 'negative'],
    ]);
  });
});

describe('one review the classifier cannot read does not stop the others', () => {
  it('is stored as not analysed under this model version, and the rest are labelled', async () => {
    const db = freshDb();
    const s = productSnapshot('2026-11-01T10:00:00.000Z', 24.99, 'X', {
      reviews: ['R1', 'R2', 'R3'].map((id) => ({
        id,
        productKey: 'B0057OC5O8',
        rating: 4,
        title: id === 'R2' ? 'poison' : 'Works well',
        body: 'Does the job.',
        date: '2026-10-31',
        dateText: '',
      })),
    });
    await ingestSnapshot(db, s, { key: snapshotKey(s), settings: defaultSettings });
    const real = reviewClassifierFromModel(model);
    const flaky = {
      version: real.version,
      classify: (text: string, opts?: Parameters<typeof real.classify>[1]) => {
        if (text.includes('poison')) throw new TypeError('word.charCodeAt is not a function');
        return real.classify(text, opts);
      },
    };
    const first = await classifyStoredReviews(db, async () => flaky, { chunkSize: 1 });
    expect(first.classified).toBe(3);
    const rows = Object.fromEntries((await db.reviews.toArray()).map((x) => [x.id, x]));
    expect(rows['amazon:R1']!.label).toBe('positive');
    expect(rows['amazon:R3']!.label).toBe('positive');
    expect(rows['amazon:R2']).toMatchObject({ label: 'unknown', lang: 'und', aspects: [] });
    // Not tried again on the next run (it would be, forever, if left unlabelled).
    expect((await classifyStoredReviews(db, async () => flaky)).classified).toBe(0);
  });
});

describe('inherited property names in pages and on the command line', () => {
  it('are no month, no HTML entity and no currency', () => {
    for (const name of INHERITED) {
      expect(isMonthName(name)).toBe(false);
      expect(parseReviewDate(`Reviewed in the United States on ${name} 5, 2024`)).toBeNull();
      expect(decodeEntities(`&${name};12.00`)).toBe(`&${name};12.00`);
      expect(aspectName(name)).toEqual({ en: name, zh: name });
    }
  });

  it.each(['constructor', 'toString', '__proto__'])(
    '`seller-radar %s` is an unknown command (usage, exit 2), and `help %s` the usage',
    async (name) => {
      const a = captureIO();
      expect(await main([name], a.io)).toBe(2);
      expect(a.err.join('\n')).toMatch(/unknown command|usage: seller-radar/);
      const b = captureIO();
      expect(await main(['help', name], b.io)).toBe(0);
      expect(b.out[0]).toMatch(/^usage: seller-radar <command>/);
    },
  );
});
