// @vitest-environment jsdom
/**
 * The evidence under an alert, as the seller reads it: each alert comes from the real engines (price
 * scenarios through ingest and recompute, the compliance linter, the review and parser-health
 * candidates), then is shown as labelled facts and tables in English and Chinese instead of JSON.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { evidenceView, type EvidenceView } from '../../../components/evidence';
import { AlertCard } from '../../../components/alert-card';
import { formatDateTime } from '../../../lib/i18n';
import type { Alert, AlertCandidate } from '../../../lib/schemas/alert';
import { complianceCandidate } from '../../../lib/alerts/compliance-alerts';
import { negativeReviewCandidate } from '../../../lib/alerts/review-alerts';
import { parserHealthCandidate } from '../../../lib/alerts/parser-health';
import { reviewText } from '../../../lib/alerts/review-text';
import type { CaptureRecord, ReviewRecord } from '../../../lib/db/types';
import { OWN, runScenario, type Step } from '../pricing/scenario';
import { ownListing } from '../helpers';

afterEach(cleanup);

const factMap = (v: EvidenceView) => Object.fromEntries(v.facts.map((f) => [f.label, f.value]));

function stored(c: AlertCandidate): Alert {
  return { ...c, id: 1, state: 'open', createdAt: c.at, updatedAt: c.at };
}

/** Every string a view shows: no engine bookkeeping or JS artefacts may leak into it. */
function allText(v: EvidenceView): string {
  return [
    ...v.facts.flatMap((f) => [f.label, f.value]),
    ...v.tables.flatMap((t) => [t.caption, ...t.head, ...t.rows.flat()]),
    ...v.lists.flatMap((l) => [l.caption, ...l.items.flatMap((i) => [i.head, ...i.lines])]),
  ].join('\n');
}

const offers = (h: number, own: number, comp: number): Step => ({
  h,
  page: 'offers',
  offers: [
    [OWN, own, true],
    ['SmartHome Deals', comp],
  ],
});

describe('price alerts', () => {
  it('undercut: competitor, both prices, the gap, the threshold and the floor', async () => {
    const r = await runScenario([offers(0, 22.99, 21.49)], {
      floors: { B0057OC5O8: { amount: 21, currency: 'USD' } },
    });
    const a = r.opened.find((x) => x.kind === 'undercut')!;
    expect(factMap(evidenceView(a, 'en'))).toMatchObject({
      Competitor: 'SmartHome Deals',
      'Their price': 'US$21.49',
      'Your price': 'US$22.99',
      Difference: 'US$1.50 (6.5%)',
      'Alert threshold': '1%',
      'Your floor': 'US$21.00',
      'Set for': 'B0057OC5O8',
    });
    expect(factMap(evidenceView(a, 'zh'))).toMatchObject({
      竞争对手: 'SmartHome Deals',
      对方价格: 'US$21.49',
      您的价格: 'US$22.99',
      差价: 'US$1.50（6.5%）',
      您的底价: 'US$21.00',
    });
    const text = allText(evidenceView(a, 'en'));
    expect(text).not.toMatch(/captureId|openings|undefined|NaN|\[object/);
  });

  it('price war: the cuts as a table, who cut when from what to what, you marked', async () => {
    const r = await runScenario(
      (
        [
          [0, OWN, 24.99],
          [5, 'SmartHome Deals', 24.49],
          [9, OWN, 23.99],
          [14, 'SmartHome Deals', 23.29],
          [20, OWN, 22.99],
        ] as const
      ).map(([h, seller, price]) => ({ h, page: 'product', seller, price })),
      { floors: { B0057OC5O8: { amount: 21, currency: 'USD' } } },
    );
    const war = r.alerts.find((x) => x.kind === 'price-war')!;
    const en = evidenceView(war, 'en');
    expect(factMap(en)).toMatchObject({
      Sellers: `SmartHome Deals, ${OWN}`,
      'Lowest price reached': 'US$22.99',
      'Your floor': 'US$21.00',
    });
    expect(factMap(en).Decline).toMatch(/^\u2212\d/);
    const cuts = en.tables.find((t) => t.caption === 'Price cuts')!;
    expect(cuts.head).toEqual(['When', 'Seller', 'From', 'To']);
    expect(cuts.rows[0]).toEqual([
      formatDateTime('2025-03-03T13:00:00.000Z', 'en'),
      'SmartHome Deals',
      'US$24.99',
      'US$24.49',
    ]);
    expect(cuts.rows[1]!.slice(1)).toEqual([`${OWN} (you)`, 'US$24.99', 'US$23.99']);
    const zh = evidenceView(war, 'zh');
    expect(zh.tables[0]!.head).toEqual(['时间', '卖家', '原价', '降至']);
    expect(zh.tables[0]!.rows[1]![1]).toBe(`${OWN}（您）`);
    expect(factMap(zh).参与卖家).toBe(`SmartHome Deals、${OWN}`);
  });

  it('buy box lost and below floor', async () => {
    const r = await runScenario(
      [
        { h: 0, page: 'product', price: 22.99 },
        { h: 3, page: 'product', price: 20.49, seller: 'SmartHome Deals' },
      ],
      { floors: { B0057OC5O8: { amount: 21, currency: 'USD' } } },
    );
    const lost = r.opened.find((x) => x.kind === 'buy-box-lost')!;
    expect(factMap(evidenceView(lost, 'en'))).toMatchObject({
      'Featured offer (buy box)': 'SmartHome Deals',
      At: 'US$20.49',
      'Your price': 'US$22.99',
    });
    const floor = r.opened.find((x) => x.kind === 'below-floor')!;
    expect(factMap(evidenceView(floor, 'zh'))).toMatchObject({
      您的底价: 'US$21.00',
      您的价格: 'US$22.99',
      您自己的价格低于底价: '否',
      对方价格: 'US$20.49',
    });
  });

  it('channel mismatch: each channel’s price and its conversion', async () => {
    const GTIN = '0810012345678';
    const r = await runScenario(
      [
        { h: 0, page: 'inventory', productKey: 'B0057OC5O8', price: 24.99, gtin: GTIN },
        {
          h: 1,
          page: 'inventory',
          market: 'ebay',
          productKey: '285012345678',
          price: 19.99,
          currency: 'EUR',
          gtin: GTIN,
        },
      ],
      { rates: { 'USD/EUR': 0.92 } },
    );
    const a = r.opened.find((x) => x.kind === 'channel-mismatch')!;
    const v = evidenceView(a, 'en');
    expect(factMap(v)).toMatchObject({ 'Price spread': '15%', 'Alert threshold': '5%' });
    expect(v.tables[0]!.head).toEqual(['Channel', 'Price', 'In USD']);
    expect(v.tables[0]!.rows).toEqual([
      ['Amazon.com · B0057OC5O8', 'US$24.99', 'US$24.99'],
      ['eBay · 285012345678', '€19.99', 'US$21.73'],
    ]);
    expect(evidenceView(a, 'zh').tables[0]!.rows[0]![0]).toBe('亚马逊美国站 · B0057OC5O8');
  });

  it('channel mismatch: the group’s name in the UI language (an unnamed group is Group 1 / 分组 1)', () => {
    const evidence = { group: { en: 'Group 1', zh: '分组 1' }, spreadPct: 15 };
    expect(factMap(evidenceView({ kind: 'channel-mismatch', evidence }, 'zh')).商品组).toBe(
      '分组 1',
    );
    expect(
      factMap(evidenceView({ kind: 'channel-mismatch', evidence }, 'en'))['Product group'],
    ).toBe('Group 1');
    // Alerts stored before: a plain name.
    const old = { group: 'Relay module', spreadPct: 15 };
    expect(factMap(evidenceView({ kind: 'channel-mismatch', evidence: old }, 'zh')).商品组).toBe(
      'Relay module',
    );
  });

  it('a missing exchange rate note is shown in Chinese too', () => {
    const v = evidenceView(
      {
        kind: 'undercut',
        evidence: { notes: ['no rate between EUR and USD: EUR prices ignored'] },
      },
      'zh',
    );
    expect(factMap(v).备注).toBe('缺少 EUR 与 USD 的汇率：已忽略 EUR 价格');
  });
});

/** A capture of the review page (status and reviews read), for the parser-health candidate. */
const capture = (status: CaptureRecord['status'], reviews: number): CaptureRecord => ({
  id: status === 'ok' ? 'c1' : 'c2',
  at: '2026-11-20T09:00:00.000Z',
  receivedAt: '2026-11-20T09:00:00.000Z',
  market: 'amazon',
  pageType: 'reviews',
  url: 'https://www.amazon.com/product-reviews/B0057OC5O8',
  parserId: 'amazon/reviews',
  parserVersion: 3,
  status,
  counts: { listings: 1, offers: 0, reviews },
  ...(status === 'failed' ? { error: 'no review list (#cm_cr-review_list) on the page' } : {}),
});

describe('compliance, review and page alerts', () => {
  it('compliance: the findings with their rule, fix and source', () => {
    const { candidate } = complianceCandidate(
      ownListing('taobao:X1', { title: '全网最低价 国家级 第一品牌 保温杯', market: 'taobao' }),
      '2026-11-20T09:00:00.000Z',
    );
    const en = evidenceView(candidate!, 'en');
    expect(factMap(en)).toMatchObject({
      Title: '全网最低价 国家级 第一品牌 保温杯',
      Marketplace: 'Taobao/Tmall',
      Errors: '3',
    });
    const findings = en.lists[0]!;
    expect(findings.caption).toBe('Findings');
    expect(findings.items.map((i) => i.head)).toEqual([
      '“全网最低价” · cn-ad-law/absolute-price',
      '“国家级” · cn-ad-law/absolute-national',
      '“第一品牌” · cn-ad-law/absolute-ranking',
    ]);
    expect(findings.items[1]!.lines[0]).toMatch(/national-level/);
    expect(findings.items[1]!.lines[1]).toMatch(/^Suggested fix: /);
    expect(findings.items[1]!.lines[2]).toMatch(/^Source: PRC Advertising Law art\. 9\(3\)/);
    const zh = evidenceView(candidate!, 'zh').lists[0]!;
    expect(zh.items[1]!.lines[0]).toMatch(/最高级用语/);
    expect(zh.items[1]!.lines[1]).toMatch(/^修改建议：/);
    expect(zh.items[1]!.lines[2]).toMatch(/^依据：《中华人民共和国广告法》第九条第三项/);
  });

  it('negative review: stars, sentiment, date and the complaint spans by aspect', () => {
    const review: ReviewRecord = {
      id: 'amazon:R1',
      market: 'amazon',
      reviewId: 'R1',
      listingId: 'amazon:B0057OC5O8',
      productKey: 'B0057OC5O8',
      rating: 2,
      title: 'Box arrived crushed',
      body: 'The carafe was cracked.',
      date: '2024-06-18',
      dateText: 'June 18, 2024',
      firstSeen: '2024-06-19T09:00:00.000Z',
      label: 'negative',
      score: -0.83,
      lang: 'en',
      modelVersion: 'test',
    };
    const { text } = reviewText(review);
    const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    review.aspects = [
      { aspect: 'packaging', polarity: 'negative', ...span('Box arrived crushed') },
      { aspect: 'quality', polarity: 'negative', ...span('The carafe was cracked') },
    ];
    const c = negativeReviewCandidate(review, 'Mr. Coffee', {
      now: '2024-06-19T10:00:00.000Z',
      hadEarlierReviews: false,
    })!;
    const en = evidenceView(c, 'en');
    expect(factMap(en)).toMatchObject({
      Rating: '2★',
      Sentiment: 'negative (\u22120.83)',
      'Review date': 'Jun 18, 2024',
    });
    expect(en.tables[0]!.rows).toEqual([
      // The aspect as the Reviews view names it, capitalised like every other cell (QA pass).
      ['Packaging', 'Box arrived crushed'],
      ['Quality', 'The carafe was cracked'],
    ]);
    const zh = evidenceView(c, 'zh');
    expect(factMap(zh)).toMatchObject({ 评分: '2★', 情感: '负面（\u22120.83）' });
    expect(zh.tables[0]!.rows.map((r) => r[0])).toEqual(['包装', '质量']);
  });

  it('review evidence is not called 差评 (a low rating): a 4★ review that mentions a problem raises it too', () => {
    const review = evidenceView(
      {
        kind: 'negative-review',
        evidence: { rating: 4, negativeAspects: [{ aspect: 'shipping', text: 'arrived late' }] },
      },
      'zh',
    );
    expect(review.tables[0]!.caption).toBe('评论提到的问题');
    const spike = evidenceView(
      {
        kind: 'negative-spike',
        evidence: {
          windowDays: 14,
          windowReviews: 10,
          windowNegative: 5,
          windowSharePct: 50,
          baselineReviews: 10,
          baselineNegative: 1,
          baselineSharePct: 10,
          drivers: [{ aspect: 'shipping', windowReviews: 4, baselineReviews: 1 }],
        },
      },
      'zh',
    );
    expect(factMap(spike)).toEqual({
      '近 14 天负面评论': '10 条中 5 条（50%）',
      此前负面评论: '10 条中 1 条（10%）',
    });
    expect(spike.tables[0]!.caption).toBe('提到各方面问题的评论数');
    expect(spike.tables[0]!.rows).toEqual([['物流', '10 条中 4 条（40%）', '10 条中 1 条（10%）']]);
    expect(allText(review) + allText(spike)).not.toContain('差评');
  });

  it('negative spike: each aspect as a rate with its count, so a rise does not read as a fall (QA pass)', () => {
    const evidence = {
      windowDays: 14,
      windowReviews: 10,
      windowNegative: 6,
      windowSharePct: 60,
      baselineReviews: 100,
      baselineNegative: 25,
      baselineSharePct: 25,
      drivers: [{ aspect: 'shipping', windowReviews: 5, baselineReviews: 20 }],
    };
    const en = evidenceView({ kind: 'negative-spike', evidence }, 'en').tables[0]!;
    expect(en.head).toEqual(['Aspect', 'Last 14 days', 'Before']);
    expect(en.rows).toEqual([['Shipping', '5 of 10 (50%)', '20 of 100 (20%)']]);
    const zh = evidenceView({ kind: 'negative-spike', evidence }, 'zh').tables[0]!;
    expect(zh.rows).toEqual([['物流', '10 条中 5 条（50%）', '100 条中 20 条（20%）']]);
    // Evidence without the period totals (hand-edited, imported): the counts, as before.
    const bare = evidenceView(
      { kind: 'negative-spike', evidence: { drivers: evidence.drivers } },
      'en',
    ).tables[0]!;
    expect(bare.rows).toEqual([['Shipping', '5', '20']]);
  });

  it('revised review: when the buyer revised it, from what, and what it became once resolved', () => {
    const evidence = {
      rating: 1,
      label: 'negative',
      score: -0.9,
      firstSeen: '2024-04-01T08:00:00.000Z',
      revisedAt: '2024-06-12T08:00:00.000Z',
      previousRating: 5,
      revisedTo: { rating: 4, label: 'positive', score: 0.71, at: '2024-06-20T08:00:00.000Z' },
    };
    const en = factMap(evidenceView({ kind: 'negative-review', evidence }, 'en'));
    expect(en).toMatchObject({
      'Revised by the buyer': `${formatDateTime('2024-06-12T08:00:00.000Z', 'en')} (was 5★)`,
      'Since revised by the buyer to': `4★, positive (+0.71), ${formatDateTime('2024-06-20T08:00:00.000Z', 'en')}`,
    });
    const zh = factMap(evidenceView({ kind: 'negative-review', evidence }, 'zh'));
    expect(zh).toMatchObject({
      买家修改评论: `${formatDateTime('2024-06-12T08:00:00.000Z', 'zh')}（原为 5★）`,
      买家已将评论改为: `4★，正面（+0.71），${formatDateTime('2024-06-20T08:00:00.000Z', 'zh')}`,
    });
    const plain = factMap(evidenceView({ kind: 'negative-review', evidence: { rating: 1 } }, 'en'));
    expect(Object.keys(plain)).toEqual(['Rating']);
  });

  it('page not readable: the page, what was read and the parser’s reason', () => {
    const c = parserHealthCandidate(capture('failed', 0), capture('ok', 10))!;
    expect(factMap(evidenceView(c, 'en'))).toMatchObject({
      Page: 'https://www.amazon.com/product-reviews/B0057OC5O8',
      Result: 'the page could not be read',
      Read: '1 listings',
      Before: '10 items',
      Error: 'no review list (#cm_cr-review_list) on the page',
    });
    const zh = factMap(evidenceView(c, 'zh'));
    expect(zh.结果).toBe('页面无法解析');
    // The parser's own words are English: the Chinese label says so, and what they are for.
    expect(zh['技术详情（英文，反馈问题时请附上）']).toBe(
      'no review list (#cm_cr-review_list) on the page',
    );
  });
});

describe('hostile or old evidence (stored JSON, possibly imported)', () => {
  it.each([
    [
      'undercut',
      { competitor: 42, ownPrice: 'cheap', gap: null, competitorPrice: { amount: 'x' } },
    ],
    ['price-war', { cuts: 'many', participants: [null, 3], spanHours: 'long' }],
    [
      'channel-mismatch',
      { members: [{ market: 'nowhere', price: { amount: 1, currency: 'usd' } }] },
    ],
    ['compliance', { findings: [null, 7, { message: { fr: 'x' } }], market: '__proto__' }],
    ['negative-review', { rating: 99, label: 'angry', negativeAspects: [{ aspect: 5 }] }],
    ['negative-spike', { drivers: [{}], windowNegative: '3' }],
    ['parser-health', { counts: [], warnings: 'none', status: { x: 1 } }],
  ] as const)('%s: shows what it can read, never throws or prints junk', (kind, evidence) => {
    const v = evidenceView({ kind, evidence: evidence as Record<string, unknown> }, 'en');
    expect(allText(v)).not.toMatch(/undefined|NaN|\[object|^null$/m);
  });

  it('a card whose evidence has nothing readable shows no Evidence section', () => {
    const alert: Alert = {
      kind: 'undercut',
      severity: 'warning',
      subject: 'amazon:B0057OC5O8',
      dedupeKey: 'undercut:amazon:B0057OC5O8',
      at: '2026-11-20T09:00:00.000Z',
      message: { en: 'm', zh: 'm' },
      nextStep: { en: 'n', zh: 'n' },
      evidence: { captureId: 'c1', openings: [1] },
      id: 1,
      state: 'open',
      createdAt: '2026-11-20T09:00:00.000Z',
      updatedAt: '2026-11-20T09:00:00.000Z',
    };
    render(<AlertCard alert={alert} lang="en" />);
    expect(screen.queryByTestId('alert-evidence')).toBeNull();
  });
});

describe('AlertCard renders the evidence as facts and a table, not JSON', () => {
  it('price war card', async () => {
    const r = await runScenario(
      (
        [
          [0, OWN, 24.99],
          [5, 'SmartHome Deals', 24.49],
          [9, OWN, 23.99],
          [14, 'SmartHome Deals', 23.29],
        ] as const
      ).map(([h, seller, price]) => ({ h, page: 'product', seller, price })),
    );
    const war = r.alerts.find((x) => x.kind === 'price-war')!;
    render(<AlertCard alert={stored(war)} lang="zh" />);
    const ev = screen.getByTestId('alert-evidence');
    expect(within(ev).getByText('依据')).toBeTruthy();
    expect(within(ev).getByText('参与卖家').tagName).toBe('DT');
    const table = within(ev).getByRole('table', { name: '降价记录' });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 3);
    expect(ev.textContent).not.toContain('{');
    expect(ev.querySelector('pre')).toBeNull();
  });
});
