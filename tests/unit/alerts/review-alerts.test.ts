import { describe, expect, it } from 'vitest';
import {
  complaintSeverity,
  decideSpike,
  driverWords,
  isNewReview,
  negativeReviewCandidate,
  evaluateReviewAlerts,
  negativeReviewKey,
  productName,
  productNames,
  riseWords,
  spikeStats,
  truncate,
  type AspectTrend,
  type SpikeStats,
} from '../../../lib/alerts/review-alerts';
import { reviewClassifierFromModel, reviewText } from '../../../lib/alerts/review-classify';
import { reviewEvaluator } from '../../../lib/alerts/review-pipeline';
import { ingestSnapshot } from '../../../lib/db/ingest';
import type { AspectFinding, ReviewRecord } from '../../../lib/db/types';
import { snapshotKey } from '../../../lib/hash';
import { alertCandidateSchema, type Alert } from '../../../lib/schemas/alert';
import { defaultSettings } from '../../../lib/schemas/settings';
import type { PageSnapshot, ReviewSnapshot } from '../../../lib/schemas/snapshot';
import type { SentimentModelJson } from '../../../lib/sentiment/model';
import { freshDb, ownListing, readAsset } from '../helpers';

const NOW = '2024-06-20T12:00:00.000Z';
const th = defaultSettings.thresholds; // window 14 days, margin 20 points, min 5 reviews

type Label = NonNullable<ReviewRecord['label']>;
type AspectSpec = [aspect: string, polarity: AspectFinding['polarity'], text: string];

let seq = 0;
/** A classified review; aspect spans are located in title + body the way the classifier reads them. */
function rv(o: {
  label?: Label;
  rating?: number | null;
  title?: string;
  body?: string;
  aspects?: AspectSpec[];
  date?: string | null;
  firstSeen?: string;
  listingId?: string;
  lang?: string;
}): ReviewRecord {
  const id = `R${++seq}`;
  const r: ReviewRecord = {
    id: `amazon:${id}`,
    market: 'amazon',
    reviewId: id,
    listingId: o.listingId ?? 'amazon:B0057OC5O8',
    productKey: (o.listingId ?? 'amazon:B0057OC5O8').split(':')[1]!,
    rating: o.rating === undefined ? 3 : o.rating,
    title: o.title ?? 'A review',
    body: o.body ?? 'Some text.',
    date: o.date === undefined ? '2024-06-18' : o.date,
    dateText: 'June 18, 2024',
    firstSeen: o.firstSeen ?? '2024-06-19T09:00:00.000Z',
  };
  if (o.label !== undefined) {
    r.label = o.label;
    r.score = o.label === 'negative' ? -0.8 : o.label === 'positive' ? 0.8 : 0;
    r.lang = o.lang ?? 'en';
    r.modelVersion = 'test';
    const { text } = reviewText(r);
    r.aspects = (o.aspects ?? []).map(([aspect, polarity, span]) => {
      const start = text.indexOf(span);
      if (start < 0) throw new Error(`span ${span} not in ${text}`);
      return { aspect, polarity, start, end: start + span.length };
    });
  }
  return r;
}

const ctx = { now: NOW, hadEarlierReviews: false };

describe('complaintSeverity: stars are evidence, not the label', () => {
  it.each<[string, Label | undefined, number | null, AspectSpec[], string | null]>([
    ['negative text, 2★', 'negative', 2, [], 'warning'],
    ['negative text, no rating', 'negative', null, [], 'warning'],
    ['negative text, 3★', 'negative', 3, [], 'warning'],
    ['negative text but 5★', 'negative', 5, [], 'info'],
    [
      '4★ praise with a shipping complaint',
      'positive',
      4,
      [['shipping', 'negative', 'A review']],
      'info',
    ],
    [
      'unrated praise with a shipping complaint',
      'positive',
      null,
      [['shipping', 'negative', 'A review']],
      'info',
    ],
    [
      '3★ mixed with a packaging complaint',
      'neutral',
      3,
      [['packaging', 'negative', 'A review']],
      'warning',
    ],
    ['1★ whose text reads positive', 'positive', 1, [], 'warning'],
    ['5★ praise', 'positive', 5, [], null],
    ['4★ with praise of shipping', 'neutral', 4, [['shipping', 'positive', 'A review']], null],
    ['1★ "fake"', 'negative', 1, [['authenticity', 'negative', 'A review']], 'critical'],
    [
      '3★ "not genuine", neutral text',
      'neutral',
      3,
      [['authenticity', 'negative', 'A review']],
      'critical',
    ],
    [
      '5★ praise doubting authenticity',
      'positive',
      5,
      [['authenticity', 'negative', 'A review']],
      'info',
    ],
    ['1★ in an unreadable language', 'unknown', 1, [], 'warning'],
    ['4★ in an unreadable language', 'unknown', 4, [], null],
    ['not classified yet, 1★', undefined, 1, [], null],
  ])('%s', (_name, label, rating, aspects, severity) => {
    expect(complaintSeverity(rv({ label, rating, aspects }))).toBe(severity);
  });
});

describe('isNewReview: only reviews written shortly before we first saw them, and seen recently', () => {
  it.each<[string, string | null, string, boolean, boolean]>([
    ['written 2 days before capture', '2024-06-17', '2024-06-19T09:00:00Z', false, true],
    ['written 14 days before capture', '2024-06-05', '2024-06-19T09:00:00Z', false, true],
    ['written 15 days before (time-zone slack)', '2024-06-04', '2024-06-19T09:00:00Z', false, true],
    ['written 16 days before capture', '2024-06-03', '2024-06-19T09:00:00Z', false, false],
    ['a 2023 review on the first visit', '2023-11-02', '2024-06-19T09:00:00Z', false, false],
    ['captured 20 days ago, labelled only now', '2024-05-30', '2024-05-31T09:00:00Z', true, false],
    ['unreadable date, product watched before', null, '2024-06-19T09:00:00Z', true, true],
    ['unreadable date, first visit', null, '2024-06-19T09:00:00Z', false, false],
  ])('%s', (_name, date, firstSeen, hadEarlierReviews, fresh) => {
    expect(
      isNewReview(rv({ label: 'negative', date, firstSeen }), { now: NOW, hadEarlierReviews }),
    ).toBe(fresh);
  });
});

describe('negative-review messages', () => {
  const coffee = productName(
    { title: 'Mr. Coffee 12-Cup Coffee Maker, Black, Programmable', productKey: 'B0057OC5O8' },
    'B0057OC5O8',
  );

  it('names the product, the stars, the complaint aspects and quotes the complaint, in en and zh', () => {
    const c = negativeReviewCandidate(
      rv({
        label: 'negative',
        rating: 2,
        title: 'Box arrived crushed',
        body: 'The carafe was cracked.',
        aspects: [
          ['shipping', 'negative', 'Box arrived crushed'],
          ['packaging', 'negative', 'Box arrived crushed'],
        ],
      }),
      coffee,
      ctx,
    )!;
    expect(alertCandidateSchema.parse(c)).toBeTruthy();
    expect(c).toMatchObject({
      kind: 'negative-review',
      severity: 'warning',
      subject: 'amazon:B0057OC5O8',
    });
    expect(c.message.en).toBe(
      'New 2★ review of Mr. Coffee 12-Cup Coffee Maker: shipping and packaging complaints — “Box arrived crushed”',
    );
    expect(c.message.zh).toBe(
      '“Mr. Coffee 12-Cup Coffee Maker”新增 2 星评论：提到物流和包装方面的问题——“Box arrived crushed”',
    );
    expect(c.nextStep.en).toMatch(/delivery/);
    expect(c.evidence.negativeAspects).toEqual([
      { aspect: 'shipping', text: 'Box arrived crushed' },
      { aspect: 'packaging', text: 'Box arrived crushed' },
    ]);
    expect(c.dedupeKey).toBe(negativeReviewKey(`amazon:${String(c.evidence.reviewId)}`));
  });

  it('surfaces the shipping complaint of a 4★ review at info severity', () => {
    const c = negativeReviewCandidate(
      rv({
        label: 'positive',
        rating: 4,
        title: 'Great coffee maker',
        body: 'Great coffee maker but shipping took three weeks.',
        aspects: [['shipping', 'negative', 'but shipping took three weeks']],
      }),
      coffee,
      ctx,
    )!;
    expect(c.severity).toBe('info');
    expect(c.message.en).toBe(
      'New 4★ review of Mr. Coffee 12-Cup Coffee Maker: shipping complaint — “but shipping took three weeks”',
    );
  });

  it('a 4★ review whose text reads negative, with no aspect, is not called a negative review (差评)', () => {
    const four = negativeReviewCandidate(
      rv({ label: 'negative', rating: 4, title: '还行吧', body: '一般般，凑合用，不太满意' }),
      coffee,
      ctx,
    )!;
    expect(four.message.en).toBe(
      'New 4★ review of Mr. Coffee 12-Cup Coffee Maker, negative in tone — “还行吧”',
    );
    expect(four.message.zh).toBe(
      '“Mr. Coffee 12-Cup Coffee Maker”新增 4 星评论（内容偏负面）——“还行吧”',
    );
    expect(four.message.zh).not.toContain('差评');
    // A 1★ one is one: 差评 is a low rating to a Chinese seller.
    const one = negativeReviewCandidate(
      rv({ label: 'negative', rating: 1, title: '太差', body: '一般般，凑合用，不太满意' }),
      coffee,
      ctx,
    )!;
    expect(one.message.zh).toBe('“Mr. Coffee 12-Cup Coffee Maker”新增 1 星差评——“太差”');
  });

  it('puts authenticity first and escalates it', () => {
    const c = negativeReviewCandidate(
      rv({
        label: 'negative',
        rating: 1,
        title: '假货',
        body: '物流很慢，而且是假货，不是正品',
        lang: 'zh',
        aspects: [
          ['shipping', 'negative', '物流很慢'],
          ['authenticity', 'negative', '而且是假货'],
        ],
      }),
      '电热水壶',
      ctx,
    )!;
    expect(c.severity).toBe('critical');
    expect(c.message.zh).toBe('“电热水壶”新增 1 星评论：提到真伪和物流方面的问题——“物流很慢”');
    expect(c.message.en).toMatch(
      /^New 1★ review of 电热水壶: authenticity and shipping complaints/,
    );
    expect(c.nextStep.en).toMatch(/invoices/);
  });

  it('says when the text could not be read and relies on the stars', () => {
    const c = negativeReviewCandidate(
      rv({
        label: 'unknown',
        rating: 1,
        lang: 'de',
        title: 'Kaputt',
        body: 'Leider nach zwei Tagen kaputt.',
      }),
      coffee,
      ctx,
    )!;
    expect(c.severity).toBe('warning');
    expect(c.message.en).toBe(
      'New 1★ review of Mr. Coffee 12-Cup Coffee Maker (in German, text not analysed) — “Kaputt”',
    );
    expect(c.message.zh).toBe(
      '“Mr. Coffee 12-Cup Coffee Maker”新增 1 星评论（德语，未做情感分析）——“Kaputt”',
    );
  });

  it('keeps markup as inert literal text and drops bidi overrides and control characters', () => {
    const c = negativeReviewCandidate(
      rv({
        label: 'negative',
        rating: 1,
        title:
          '<img src=x onerror=alert(1)>\u202Eevil\u202C <script>alert("x")</script>\u0007 Broke',
        body: 'Terrible.',
      }),
      productName({ title: '<b onmouseover=alert(2)>Kettle</b>', productKey: 'B01' }, 'B01'),
      ctx,
    )!;
    expect(c.message.en).toBe(
      'New 1★ negative review of <b onmouseover=alert(2)>Kettle</b> — “<img src=x onerror=alert(1)>evil <script>alert("x")</script> Broke”',
    );
    expect(c.message.zh).toContain('<script>alert("x")</script>');
    for (const ch of ['\u202E', '\u202C', '\u0007']) expect(JSON.stringify(c)).not.toContain(ch);
  });

  it('truncates long quotes at a word boundary with an ellipsis, never splitting a surrogate pair', () => {
    expect(
      truncate(
        'The box arrived completely crushed and every single cup inside was shattered into pieces',
        40,
      ),
    ).toBe('The box arrived completely crushed and…');
    const emoji = '😡'.repeat(30);
    const cut = truncate(emoji, 21);
    expect(cut.endsWith('…')).toBe(true);
    expect(/[\ud800-\udbff]…$/.test(cut)).toBe(false);
  });

  it.each([
    [
      {
        title: 'Dawn Ultra Dishwashing Liquid Dish Soap, Original Scent, 56 fl oz',
        productKey: 'B0BBPNPZTC',
      },
      'Dawn Ultra Dishwashing Liquid Dish Soap',
    ],
    [{ title: '   ', productKey: 'B0BBPNPZTC' }, 'B0BBPNPZTC'],
    [undefined, 'B0BBPNPZTC'],
    [
      {
        title:
          'Apple AirPods Pro (2nd Generation) Wireless Ear Buds with USB-C Charging, Up to 2X More Active Noise Cancelling',
        productKey: 'X',
      },
      'Apple AirPods Pro (2nd Generation) Wireless Ear…',
    ],
  ])('productName(%j) = %s', (listing, name) => {
    expect(productName(listing, 'B0BBPNPZTC')).toBe(name);
  });
});

const titled = (id: string, title?: string) => ({
  id,
  listing: { title, productKey: id.split(':')[1]! },
});

describe('productNames: variants whose short names collide are told apart (QA pass)', () => {
  it('extends the short name with the part of the title that differs', () => {
    const names = productNames([
      titled('amazon:B0QABLUE01', 'Acme Insulated Water Bottle, 32 oz, Blue'),
      titled('amazon:B0QARED001', 'Acme Insulated Water Bottle, 32 oz, Red'),
      titled(
        'amazon:B0BBPNPZTC',
        'Dawn Ultra Dishwashing Liquid Dish Soap, Original Scent, 56 fl oz',
      ),
    ]);
    expect(Object.fromEntries(names)).toEqual({
      'amazon:B0QABLUE01': 'Acme Insulated Water Bottle (Blue)',
      'amazon:B0QARED001': 'Acme Insulated Water Bottle (Red)',
      // No collision: the short name as before.
      'amazon:B0BBPNPZTC': 'Dawn Ultra Dishwashing Liquid Dish Soap',
    });
  });

  it('names the differing middle part, and the product id where the titles are the same', () => {
    expect([
      ...productNames([
        titled('amazon:B01', 'Acme Bottle Pro, 32 oz, Blue'),
        titled('amazon:B02', 'Acme Bottle Pro, 40 oz, Blue'),
        titled('amazon:B03', 'Acme Bottle Pro, 40 oz, Blue'),
      ]).values(),
    ]).toEqual(['Acme Bottle Pro (32 oz)', 'Acme Bottle Pro (B02)', 'Acme Bottle Pro (B03)']);
    expect([
      ...productNames([
        titled('amazon:B01', 'Acme Bottle Pro'),
        titled('amazon.de:B01', 'Acme Bottle Pro'),
      ]).values(),
    ]).toEqual(['Acme Bottle Pro (amazon:B01)', 'Acme Bottle Pro (amazon.de:B01)']);
  });
});

/** `n` reviews `daysAgo` before NOW; `neg` of them negative, `ship` of those with a shipping complaint. */
function batch(n: number, neg: number, ship: number, daysAgo: number): ReviewRecord[] {
  const day = new Date(Date.parse(NOW) - daysAgo * 86_400_000).toISOString().slice(0, 10);
  return Array.from({ length: n }, (_, i) =>
    rv({
      label: i < neg ? 'negative' : 'positive',
      rating: i < neg ? 2 : 5,
      title: i < ship ? 'Slow shipping' : 'Coffee',
      aspects: i < ship ? [['shipping', 'negative', 'Slow shipping']] : [],
      date: day,
      firstSeen: `${day}T12:00:00.000Z`,
    }),
  );
}

const trend = (aspect: string, windowRate: number, baselineRate: number): AspectTrend => ({
  aspect,
  windowReviews: 3,
  baselineReviews: baselineRate ? 1 : 0,
  windowRate,
  baselineRate,
});

const stats = (
  windowCount: number,
  windowShare: number,
  baselineCount: number,
  baselineShare: number,
): SpikeStats => ({
  windowStart: '2024-06-06',
  windowCount,
  windowNegative: Math.round(windowCount * windowShare),
  baselineCount,
  baselineNegative: Math.round(baselineCount * baselineShare),
  windowShare,
  baselineShare,
  excessPts: (windowShare - baselineShare) * 100,
  drivers: [],
});

describe('negative-spike', () => {
  it('computes window and baseline shares and the aspects that drive the rise', () => {
    const s = spikeStats(
      [
        ...batch(20, 2, 2, 60),
        ...batch(10, 5, 3, 3),
        rv({ label: 'unknown', rating: 1, date: '2024-06-19' }),
      ],
      14,
      NOW,
    );
    expect(s).toMatchObject({
      windowCount: 10,
      windowNegative: 5,
      baselineCount: 20,
      baselineNegative: 2,
      windowStart: '2024-06-06',
    });
    expect(s.excessPts).toBeCloseTo(40);
    expect(s.drivers).toEqual([
      {
        aspect: 'shipping',
        windowReviews: 3,
        baselineReviews: 2,
        windowRate: 0.3,
        baselineRate: 0.1,
      },
    ]);
  });

  it.each<[number, number, string, string]>([
    [0.3, 0, 'shipping complaints are new', '新出现物流投诉'],
    [0.3, 0.1, 'shipping complaints tripled', '物流投诉增至三倍'],
    [0.2, 0.1, 'shipping complaints doubled', '物流投诉翻倍'],
    [0.45, 0.1, 'shipping complaints rose 4.5×', '物流投诉增至 4.5 倍'],
    [0.15, 0.1, 'shipping complaints rose 50%', '物流投诉增加 50%'],
    // Never overstated (QA pass): 20% → 50% is 2.5×, not "tripled"; 1.9× is not "doubled".
    [0.5, 0.2, 'shipping complaints more than doubled', '物流投诉翻了一倍多'],
    [0.29, 0.1, 'shipping complaints more than doubled', '物流投诉翻了一倍多'],
    [0.19, 0.1, 'shipping complaints rose 90%', '物流投诉增加 90%'],
    [0.35, 0.1, 'shipping complaints rose 3.5×', '物流投诉增至 3.5 倍'],
    [0.399, 0.1, 'shipping complaints rose 3.9×', '物流投诉增至 3.9 倍'],
  ])('riseWords(%d vs %d)', (windowRate, baselineRate, en, zh) => {
    const t: AspectTrend = {
      aspect: 'shipping',
      windowReviews: 3,
      baselineReviews: 1,
      windowRate,
      baselineRate,
    };
    expect(riseWords(t)).toEqual({ en, zh });
  });

  it('names aspects with no complaint before together, each risen one on its own', () => {
    expect(
      driverWords([
        trend('quality', 0.3, 0),
        trend('shipping', 0.3, 0.1),
        trend('packaging', 0.2, 0),
      ]),
    ).toEqual([
      { en: 'new complaints about quality and packaging', zh: '新出现质量和包装投诉' },
      { en: 'shipping complaints tripled', zh: '物流投诉增至三倍' },
    ]);
  });

  it('on a tie puts the product’s quality before its packaging (not the alphabet)', () => {
    // Three 1★ reviews in the window, each with a quality and a packaging complaint (盖子拧不紧, 盒子破了).
    const day = new Date(Date.parse(NOW) - 2 * 86_400_000).toISOString().slice(0, 10);
    const window = Array.from({ length: 3 }, () =>
      rv({
        label: 'negative',
        rating: 1,
        title: '盒子破了',
        body: '质量太差',
        aspects: [
          ['packaging', 'negative', '盒子破了'],
          ['quality', 'negative', '质量太差'],
        ],
        date: day,
        firstSeen: `${day}T12:00:00.000Z`,
      }),
    );
    const s = spikeStats([...batch(20, 1, 0, 60), ...window, ...batch(3, 0, 0, 2)], 14, NOW);
    expect(s.drivers.map((d) => d.aspect)).toEqual(['quality', 'packaging']);
  });

  it.each<[string, SpikeStats, Alert['state'] | undefined, string]>([
    ['rise of 40 points', stats(10, 0.5, 20, 0.1), undefined, 'raise'],
    ['rise of exactly the margin', stats(10, 0.3, 20, 0.1), undefined, 'raise'],
    ['rise inside the hysteresis band, no alert', stats(10, 0.25, 20, 0.1), undefined, 'none'],
    ['inside the band, alert open: refreshed', stats(10, 0.25, 20, 0.1), 'open', 'raise'],
    ['inside the band, alert snoozed: refreshed', stats(10, 0.25, 20, 0.1), 'snoozed', 'raise'],
    ['inside the band, alert resolved: not reopened', stats(10, 0.25, 20, 0.1), 'resolved', 'none'],
    ['back below half the margin, alert open', stats(10, 0.15, 20, 0.1), 'open', 'resolve'],
    // The negative reviews that raised it have aged out of the window: too few left to raise a
    // spike, but enough to see it is over (or, still elevated, to refresh its figures).
    ['few window reviews, none negative, alert open', stats(3, 0, 20, 0.1), 'open', 'resolve'],
    ['few window reviews, still elevated, alert open', stats(3, 2 / 3, 20, 0.1), 'open', 'raise'],
    ['few window reviews, dismissed alert: resolves', stats(2, 0, 20, 0.1), 'dismissed', 'resolve'],
    ['window empty, alert open', stats(0, 0, 20, 0.1), 'open', 'resolve'],
    ['no baseline to rise from (new product)', stats(10, 0.6, 2, 0), undefined, 'none'],
    ['too few window reviews', stats(4, 1, 20, 0), undefined, 'none'],
  ])('%s', (_name, s, state, action) => {
    const d = decideSpike(
      'amazon:B0057OC5O8',
      'Mr. Coffee',
      s,
      th,
      NOW,
      state ? { state } : undefined,
    );
    expect(d.action).toBe(action);
  });

  it('writes the message in both languages with the driving aspects', () => {
    const s = spikeStats([...batch(20, 2, 2, 60), ...batch(10, 5, 3, 3)], 14, NOW);
    const d = decideSpike('amazon:B0057OC5O8', 'Mr. Coffee 12-Cup', s, th, NOW, undefined);
    if (d.action !== 'raise') throw new Error('expected a spike');
    expect(alertCandidateSchema.parse(d.candidate)).toBeTruthy();
    expect(d.candidate.message.en).toBe(
      'Negative reviews of Mr. Coffee 12-Cup rose to 50% in the last 14 days (5 of 10; 10% before): shipping complaints tripled.',
    );
    expect(d.candidate.message.zh).toBe(
      '“Mr. Coffee 12-Cup”近 14 天负面评论占比升至 50%（10 条中 5 条；此前为 10%）：物流投诉增至三倍。',
    );
    expect(d.candidate.dedupeKey).toBe('negative-spike:amazon:B0057OC5O8');
  });
});

// ---------------------------------------------------------------------------------------------------
// The pipeline on fake-indexeddb: ingest -> classify (real model) -> alerts.

const MODEL = readAsset<SentimentModelJson>('model/sentiment-model.json');
const real = reviewClassifierFromModel(MODEL);
const evaluate = reviewEvaluator(async () => real);

function reviewsPage(
  at: string,
  reviews: Array<Partial<ReviewSnapshot> & { id: string; body: string }>,
  asin = 'B0057OC5O8',
): PageSnapshot {
  return {
    market: 'amazon',
    pageType: 'reviews',
    url: `https://www.amazon.com/product-reviews/${asin}`,
    capturedAt: at,
    parser: { id: 'amazon/reviews', version: 1 },
    reviews: reviews.map((r) => ({
      productKey: asin,
      rating: 5,
      title: '',
      date: at.slice(0, 10),
      dateText: at.slice(0, 10),
      ...r,
    })),
  };
}

async function capture(db: ReturnType<typeof freshDb>, snap: PageSnapshot) {
  const r = await ingestSnapshot(db, snap, {
    key: snapshotKey(snap),
    settings: { ownSellers: [] },
  });
  return evaluate(db, defaultSettings, snap.capturedAt, {
    listingIds: r.listingIds,
    newReviewIds: r.newReviewIds,
  });
}

const OLD_REVIEWS = [
  ...Array.from({ length: 8 }, (_, i) => ({
    id: `OLD${i}`,
    title: 'Love it',
    body: 'Makes great coffee every morning, highly recommend.',
    rating: 5,
    date: `2024-0${1 + (i % 3)}-1${i}`,
  })),
  {
    id: 'OLD8',
    title: 'Shipping was slow',
    body: 'Took three weeks to arrive, shipping was terrible.',
    rating: 2,
    date: '2024-02-02',
  },
  {
    id: 'OLD9',
    title: 'Fake',
    body: 'This is a counterfeit, not genuine at all.',
    rating: 1,
    date: '2023-12-01',
  },
];

const love = (id: string, date: string) => ({
  id,
  title: 'Love it',
  body: 'Makes great coffee every morning, highly recommend.',
  rating: 5,
  date,
});

describe('review alerts end to end on the database', () => {
  it('names each variant distinguishably in its alert, as the product picker does (QA pass)', async () => {
    const db = freshDb();
    await db.listings.bulkPut([
      ownListing('amazon:B0QABLUE01', { title: 'Acme Insulated Water Bottle, 32 oz, Blue' }),
      ownListing('amazon:B0QARED001', { title: 'Acme Insulated Water Bottle, 32 oz, Red' }),
    ]);
    const blue = rv({ label: 'negative', rating: 1, listingId: 'amazon:B0QABLUE01' });
    const red = rv({ label: 'positive', rating: 5, listingId: 'amazon:B0QARED001' });
    await db.reviews.bulkPut([blue, red]);
    // Only the blue one is evaluated; its name still accounts for the red one with reviews.
    const res = await evaluateReviewAlerts(db, defaultSettings, NOW, {
      listingIds: ['amazon:B0QABLUE01'],
      newReviewIds: [blue.id],
    });
    expect(res.opened).toHaveLength(1);
    expect(res.opened[0]!.message.en).toMatch(
      /^New 1★ negative review of Acme Insulated Water Bottle \(Blue\)/,
    );
    expect(res.opened[0]!.message.zh).toMatch(
      /^“Acme Insulated Water Bottle \(Blue\)”新增 1 星差评/,
    );
  });

  it('raises nothing for the old reviews of a first visit, then one alert per new complaint, once', async () => {
    const db = freshDb();
    const first = await capture(db, reviewsPage('2024-06-10T08:00:00.000Z', OLD_REVIEWS));
    expect(first.opened).toEqual([]);
    expect(await db.alerts.count()).toBe(0);
    const stored = await db.reviews.toArray();
    expect(stored.every((r) => r.label !== undefined && r.modelVersion === real.version)).toBe(
      true,
    );
    expect(stored.find((r) => r.reviewId === 'OLD9')?.label).toBe('negative');

    const second = await capture(
      db,
      reviewsPage('2024-06-12T08:00:00.000Z', [
        ...OLD_REVIEWS.slice(0, 3),
        {
          id: 'NEW1',
          title: 'Box arrived crushed',
          body: 'The box arrived crushed and the carafe was cracked.',
          rating: 2,
          date: '2024-06-11',
        },
        {
          id: 'NEW2',
          title: 'Great coffee maker',
          body: 'Great coffee maker but shipping took three weeks and the box was crushed.',
          rating: 4,
          date: '2024-06-11',
        },
        {
          id: 'NEW3',
          title: 'Solid',
          body: 'Does the job, no complaints.',
          rating: 5,
          date: '2024-06-11',
        },
      ]),
    );
    const byReview = new Map(second.opened.map((a) => [String(a.evidence.reviewId), a]));
    expect([...byReview.keys()].toSorted()).toEqual(['NEW1', 'NEW2']);
    expect(byReview.get('NEW1')).toMatchObject({
      severity: 'warning',
      dedupeKey: 'negative-review:amazon:NEW1',
    });
    expect(byReview.get('NEW1')!.message.en).toMatch(
      /^New 2★ review of B0057OC5O8: (packaging and shipping|shipping and packaging) complaints — “/,
    );
    expect(byReview.get('NEW2')!.severity).toBe('info');
    expect(byReview.get('NEW2')!.message.en).toContain('shipping');

    // The user resolves it; the alarm and a re-capture of the same page never raise it again.
    const id = byReview.get('NEW1')!.id!;
    await db.alerts.update(id, { state: 'resolved', resolvedAt: '2024-06-12T09:00:00.000Z' });
    await evaluate(db, defaultSettings, '2024-06-12T10:00:00.000Z', {});
    const again = await evaluate(db, defaultSettings, '2024-06-12T10:05:00.000Z', {
      listingIds: ['amazon:B0057OC5O8'],
      newReviewIds: ['amazon:NEW1'],
    });
    expect(again.opened).toEqual([]);
    expect((await db.alerts.get(id))?.state).toBe('resolved');
    expect(await db.alerts.where('kind').equals('negative-review').count()).toBe(2);
  });

  it('labels reviews stored while the model could not load, and alerts for them on the next run', async () => {
    const db = freshDb();
    const broken = reviewEvaluator(() => Promise.reject(new Error('model file missing')));
    const snap = reviewsPage('2024-06-12T08:00:00.000Z', [
      {
        id: 'N1',
        title: 'Fake',
        body: 'This is a counterfeit, not genuine at all.',
        rating: 1,
        date: '2024-06-11',
      },
    ]);
    const r = await ingestSnapshot(db, snap, {
      key: snapshotKey(snap),
      settings: { ownSellers: [] },
    });
    const errors: unknown[] = [];
    const log = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      const res = await broken(db, defaultSettings, snap.capturedAt, {
        listingIds: r.listingIds,
        newReviewIds: r.newReviewIds,
      });
      expect(res.opened).toEqual([]);
    } finally {
      console.error = log;
    }
    expect(errors).toHaveLength(1);
    expect((await db.reviews.get('amazon:N1'))?.label).toBeUndefined();

    const later = await evaluate(db, defaultSettings, '2024-06-12T08:15:00.000Z', {});
    expect(later.opened).toHaveLength(1);
    expect(later.opened[0]).toMatchObject({ kind: 'negative-review', severity: 'critical' });
    expect(later.opened[0]!.message.en).toMatch(/authenticity complaint/);
  });

  it('raises a negative-spike naming shipping, and resolves it once the share falls back', async () => {
    const db = freshDb();
    const baseline = Array.from({ length: 10 }, (_, i) => ({
      id: `B${i}`,
      title: 'Love it',
      body: 'Makes great coffee every morning, highly recommend.',
      rating: 5,
      date: `2024-04-${String(10 + i).padStart(2, '0')}`,
    }));
    await capture(db, reviewsPage('2024-05-01T08:00:00.000Z', baseline));
    const complaints = [
      ['Shipping was slow', 'Took three weeks to arrive, shipping was terrible.'],
      ['Late delivery', 'Shipping was very slow, arrived two weeks late.'],
      ['Never arrived on time', 'The delivery was late again and the seller did not respond.'],
      ['Box arrived crushed', 'The box arrived crushed and the carafe was cracked.'],
    ];
    const week = complaints.map(([title, body], i) => ({
      id: `W${i}`,
      title: title!,
      body: body!,
      rating: 2,
      date: '2024-06-18',
    }));
    const fine = [0, 1].map((i) => ({
      id: `F${i}`,
      title: 'Love it',
      body: 'Makes great coffee every morning, highly recommend.',
      rating: 5,
      date: '2024-06-18',
    }));
    const res = await capture(db, reviewsPage('2024-06-19T08:00:00.000Z', [...week, ...fine]));
    const spike = res.opened.find((a) => a.kind === 'negative-spike');
    expect(spike).toBeDefined();
    expect(spike!.message.en).toMatch(
      /^Negative reviews of B0057OC5O8 rose to 67% in the last 14 days \(4 of 6; 0% before\): shipping complaints are new/,
    );
    expect(spike!.message.zh).toContain('新出现物流投诉');
    expect(res.opened.filter((a) => a.kind === 'negative-review')).toHaveLength(4);

    // Two weeks of praise later the share is back near the baseline: the spike resolves on the alarm.
    const praise = Array.from({ length: 12 }, (_, i) => ({
      id: `P${i}`,
      title: 'Love it',
      body: 'Makes great coffee every morning, highly recommend.',
      rating: 5,
      date: '2024-07-08',
    }));
    await capture(db, reviewsPage('2024-07-09T08:00:00.000Z', praise));
    await evaluate(db, defaultSettings, '2024-07-09T09:00:00.000Z', {});
    const stored = await db.alerts
      .where('dedupeKey')
      .equals('negative-spike:amazon:B0057OC5O8')
      .first();
    expect(stored?.state).toBe('resolved');
  });

  it('raises nothing for a 3★ review that only says it is okay (analysis 14)', async () => {
    const db = freshDb();
    await capture(db, reviewsPage('2024-06-10T08:00:00.000Z', OLD_REVIEWS));
    const res = await capture(
      db,
      reviewsPage('2024-06-12T08:00:00.000Z', [
        { id: 'OK1', title: 'It is okay', body: 'It is okay.', rating: 3, date: '2024-06-11' },
        { id: 'OK2', title: 'Meh', body: 'Average product.', rating: 3, date: '2024-06-11' },
      ]),
    );
    expect(res.opened).toEqual([]);
    expect((await db.reviews.get('amazon:OK1'))?.label).toBe('neutral');
  });

  it('resolves the spike of a quiet product once its complaints have aged out of the window', async () => {
    const db = freshDb();
    const baseline = Array.from({ length: 10 }, (_, i) =>
      love(`B${i}`, `2024-04-${String(10 + i).padStart(2, '0')}`),
    );
    const week = [0, 1, 2, 3].map((i) => ({
      id: `W${i}`,
      title: 'Broke',
      body: 'Poor quality, broke after two days.',
      rating: 1,
      date: '2024-06-18',
    }));
    const res = await capture(
      db,
      reviewsPage('2024-06-19T08:00:00.000Z', [...baseline, ...week, love('F0', '2024-06-18')]),
    );
    expect(res.opened.some((a) => a.kind === 'negative-spike')).toBe(true);
    const spike = () =>
      db.alerts.where('dedupeKey').equals('negative-spike:amazon:B0057OC5O8').first();

    // Three weeks on, two new 5★ reviews are all the window holds: too few to raise a spike, but the
    // complaints that raised this one are gone, and it must not stay open saying "4 of 5".
    await capture(
      db,
      reviewsPage('2024-07-10T08:00:00.000Z', [love('N0', '2024-07-09'), love('N1', '2024-07-09')]),
    );
    await evaluate(db, defaultSettings, '2024-07-10T09:00:00.000Z', {});
    expect((await spike())?.state).toBe('resolved');
  });
});
