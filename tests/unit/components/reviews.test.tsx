// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AlertCard } from '../../../components/alert-card';
import {
  aspectBreakdown,
  filterReviews,
  highlightSegments,
  labelCounts,
  polarityByPeriod,
  reviewSegments,
  sortNewestFirst,
} from '../../../components/reviews/aggregate';
import { ReviewList } from '../../../components/reviews/review-list';
import {
  periodLabel,
  polarityChartSummary,
  reviewSummary,
} from '../../../components/reviews/strings';
import { negativeReviewCandidate } from '../../../lib/alerts/review-alerts';
import { reviewText } from '../../../lib/alerts/review-text';
import type { AspectFinding, ReviewRecord } from '../../../lib/db/types';
import type { Alert } from '../../../lib/schemas/alert';

afterEach(cleanup);

let n = 0;
function review(
  o: Partial<ReviewRecord> & { spans?: Array<[string, AspectFinding['polarity'], string]> },
): ReviewRecord {
  const r: ReviewRecord = {
    id: `amazon:R${++n}`,
    market: 'amazon',
    reviewId: `R${n}`,
    listingId: 'amazon:B0BBPNPZTC',
    productKey: 'B0BBPNPZTC',
    rating: 3,
    title: 'Title',
    body: 'Body.',
    date: '2024-06-18',
    dateText: 'Reviewed in the United States on June 18, 2024',
    firstSeen: '2024-06-19T09:00:00.000Z',
    ...o,
  };
  const { text } = reviewText(r);
  if (o.spans) {
    r.aspects = o.spans.map(([aspect, polarity, span]) => {
      const start = text.indexOf(span);
      if (start < 0) throw new Error(`no ${span}`);
      return { aspect, polarity, start, end: start + span.length };
    });
  }
  delete (r as { spans?: unknown }).spans;
  return r;
}

describe('highlightSegments', () => {
  const text = 'Box arrived crushed but tastes great';
  it('merges overlapping spans into one mark with the most severe polarity and every aspect', () => {
    const segs = highlightSegments(text, [
      { aspect: 'shipping', polarity: 'negative', start: 0, end: 19 },
      { aspect: 'packaging', polarity: 'negative', start: 0, end: 3 },
      { aspect: 'quality', polarity: 'positive', start: 24, end: 36 },
    ]);
    expect(
      segs.map((s) => [
        s.text,
        s.mark?.polarity ?? null,
        s.mark?.aspects.map((a) => a.aspect) ?? [],
      ]),
    ).toEqual([
      ['Box', 'negative', ['shipping', 'packaging']],
      [' arrived crushed', 'negative', ['shipping']],
      [' but ', null, []],
      ['tastes great', 'positive', ['quality']],
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });

  it('clips spans to the range and ignores spans outside it', () => {
    const segs = highlightSegments(
      text,
      [{ aspect: 'shipping', polarity: 'negative', start: 20, end: 999 }],
      4,
      19,
    );
    expect(segs).toEqual([{ text: 'arrived crushed' }]);
  });

  it('maps spans onto title and body', () => {
    const r = review({
      title: 'Arrived broken',
      body: 'The box was crushed.',
      spans: [
        ['shipping', 'negative', 'Arrived broken'],
        ['packaging', 'negative', 'box was crushed'],
      ],
    });
    const seg = reviewSegments(r);
    expect(seg.title).toEqual([
      { text: 'Arrived broken', mark: { polarity: 'negative', aspects: [r.aspects![0]] } },
    ]);
    expect(seg.body.map((s) => [s.text, s.mark?.polarity ?? null])).toEqual([
      ['The ', null],
      ['box was crushed', 'negative'],
      ['.', null],
    ]);
  });
});

describe('aggregates', () => {
  const rows = [
    review({ label: 'negative', date: '2024-06-03', spans: [['shipping', 'negative', 'Title']] }),
    review({
      label: 'negative',
      date: '2024-06-05',
      spans: [
        ['shipping', 'negative', 'Title'],
        ['shipping', 'negative', 'Body'],
      ],
    }),
    review({ label: 'positive', date: '2024-06-20', spans: [['quality', 'positive', 'Body']] }),
    review({ label: 'unknown', date: '2024-06-21' }),
    review({ date: null, firstSeen: '2024-06-22T10:00:00.000Z' }),
  ];

  it('counts polarity per ISO week, keeping empty weeks', () => {
    const s = polarityByPeriod(rows);
    expect(s.unit).toBe('week');
    expect(s.buckets).toEqual([
      { start: '2024-06-03', positive: 0, neutral: 0, negative: 2, other: 0 },
      { start: '2024-06-10', positive: 0, neutral: 0, negative: 0, other: 0 },
      { start: '2024-06-17', positive: 1, neutral: 0, negative: 0, other: 2 },
    ]);
  });

  it('switches to months when the reviews span more than half a year', () => {
    const s = polarityByPeriod([
      review({ label: 'positive', date: '2023-01-15' }),
      review({ label: 'negative', date: '2024-06-03' }),
    ]);
    expect(s.unit).toBe('month');
    expect(s.buckets).toHaveLength(18);
    expect(s.buckets[0]).toEqual({
      start: '2023-01-01',
      positive: 1,
      neutral: 0,
      negative: 0,
      other: 0,
    });
    expect(s.buckets.at(-1)).toEqual({
      start: '2024-06-01',
      positive: 0,
      neutral: 0,
      negative: 1,
      other: 0,
    });
  });

  it('a decade of reviews (a real Amazon page) is drawn in years, a few years in quarters', () => {
    // The saved SainSmart relay page has reviews from 2012 to 2022: 120 monthly bars were slivers.
    const decade = polarityByPeriod([
      review({ label: 'positive', date: '2012-07-04' }),
      review({ label: 'negative', date: '2012-11-30' }),
      review({ label: 'positive', date: '2022-03-08' }),
    ]);
    expect(decade.unit).toBe('year');
    expect(decade.buckets.map((b) => b.start)).toEqual(
      Array.from({ length: 11 }, (_, i) => `${2012 + i}-01-01`),
    );
    expect(decade.buckets[0]).toMatchObject({ positive: 1, negative: 1 });
    expect(decade.buckets.at(-1)).toMatchObject({ positive: 1, negative: 0 });

    const fourYears = polarityByPeriod([
      review({ label: 'negative', date: '2020-02-29' }),
      review({ label: 'positive', date: '2023-12-31' }),
    ]);
    expect(fourYears.unit).toBe('quarter');
    expect(fourYears.buckets).toHaveLength(16);
    expect(fourYears.buckets[0]).toMatchObject({ start: '2020-01-01', negative: 1 });
    expect(fourYears.buckets.at(-1)).toMatchObject({ start: '2023-10-01', positive: 1 });
    expect(periodLabel('en', '2023-10-01', 'quarter')).toBe('Q4 2023');
    expect(periodLabel('zh', '2023-10-01', 'quarter')).toBe('2023年第4季度');
    expect(periodLabel('en', '2012-01-01', 'year')).toBe('2012');
    expect(periodLabel('zh', '2012-01-01', 'year')).toBe('2012年');
    const totals = { positive: 2, neutral: 0, negative: 1, other: 0 };
    expect(polarityChartSummary('zh', totals, 11, 'year')).toContain('11 年：');
    // 周 takes no measure word (1 周, not 1 个周); 月 and 季度 do.
    expect(polarityChartSummary('zh', totals, 1, 'week')).toContain('——1 周：');
    expect(polarityChartSummary('zh', totals, 3, 'month')).toContain('——3 个月：');
    expect(polarityChartSummary('zh', totals, 2, 'quarter')).toContain('——2 个季度：');
    expect(polarityChartSummary('en', totals, 16, 'quarter')).toContain('16 quarters:');
  });

  it('counts the labels of the reviews read, unclassified ones as pending', () => {
    expect(labelCounts(rows)).toEqual({
      positive: 1,
      neutral: 0,
      negative: 2,
      unknown: 1,
      pending: 1,
    });
  });

  it('counts reviews (not mentions) per aspect and polarity', () => {
    expect(aspectBreakdown(rows)).toEqual([
      { aspect: 'shipping', negative: 2, positive: 0, neutral: 0 },
      { aspect: 'quality', negative: 0, positive: 1, neutral: 0 },
    ]);
  });

  it.each([
    ['all', 'all', 5],
    ['negative', 'all', 2],
    ['pending', 'all', 1],
    ['all', 'shipping', 2],
    ['positive', 'shipping', 0],
    ['positive', 'quality', 1],
  ] as const)('filter label=%s aspect=%s -> %d', (label, aspect, count) => {
    expect(filterReviews(rows, { label, aspect })).toHaveLength(count);
  });

  it('sorts newest first, undated reviews by their capture day', () => {
    expect(sortNewestFirst(rows).map((r) => r.date ?? 'none')).toEqual([
      'none',
      '2024-06-21',
      '2024-06-20',
      '2024-06-05',
      '2024-06-03',
    ]);
  });
});

describe('summary line under the product picker', () => {
  it("puts the marketplace's rating next to what the reviews read here say, in both languages", () => {
    // The real review page: 4.8★ from 5,849 ratings; its 10 reviews read 9 positive and 1 negative.
    const counts = { positive: 9, neutral: 0, negative: 1, unknown: 0, pending: 0 };
    const product = { market: 'amazon' as const, rating: 4.8, ratingCount: 5849 };
    expect(reviewSummary('en', product, counts)).toBe(
      '4.8★ from 5,849 ratings on Amazon · 10 reviews read here: 9 positive, 1 negative',
    );
    expect(reviewSummary('zh', product, counts)).toBe(
      '亚马逊评分 4.8★（5,849 个评分）· 已读取 10 条评论：正面 9，负面 1',
    );
  });

  it('leaves the rating out when no page showed it, and names every label present', () => {
    const counts = { positive: 0, neutral: 1, negative: 0, unknown: 2, pending: 1 };
    expect(reviewSummary('en', { market: 'amazon' }, counts)).toBe(
      '4 reviews read here: 1 neutral, 2 not analysed, 1 analysing…',
    );
    expect(reviewSummary('zh', { market: 'amazon', rating: null }, counts)).toBe(
      '已读取 4 条评论：中性 1，未分析 2，分析中… 1',
    );
  });
});

describe('ReviewList shows what a revised review said before', () => {
  const revised = review({
    rating: 5,
    title: 'Seller made it right',
    body: 'Replacement came in two days.',
    label: 'positive',
    score: 0.9,
    lang: 'en',
    revisedAt: '2024-06-25T08:00:00.000Z',
    revisions: [
      {
        rating: 1,
        title: 'Arrived <b>broken</b>',
        body: 'Cracked carafe. <script>alert(1)</script>',
        date: '2024-06-18',
        dateText: 'Reviewed in the United States on June 18, 2024',
        replacedAt: '2024-06-25T08:00:00.000Z',
      },
    ],
  });

  it('folds the earlier version under "Revised by the buyer (was 1★)", as plain text', () => {
    const { container } = render(<ReviewList reviews={[revised]} lang="en" />);
    const box = screen.getByTestId('review-revisions');
    expect(box.querySelector('summary')?.textContent).toBe('Revised by the buyer (was 1★)');
    expect(box.textContent).toContain('Arrived <b>broken</b>');
    expect(box.textContent).toContain('Cracked carafe. <script>alert(1)</script>');
    expect(container.querySelector('b, script')).toBeNull();
  });

  it('says it in Chinese, and shows nothing for a review never revised', () => {
    render(<ReviewList reviews={[revised, review({ title: '好' })]} lang="zh" />);
    expect(screen.getAllByTestId('review-revisions')).toHaveLength(1);
    expect(screen.getByTestId('review-revisions').querySelector('summary')?.textContent).toBe(
      '买家已修改（原为 1 星）',
    );
    expect(screen.getByTestId('review-revisions').textContent).toContain('2024年6月18日');
  });
});

describe('ReviewList renders hostile review text inertly', () => {
  const hostile = review({
    title: '<img src=x onerror=alert(1)> Broke',
    body: 'It broke <script>alert(document.cookie)</script> after two days, terrible quality. <a href="javascript:alert(1)">refund</a>',
    rating: 1,
    label: 'negative',
    score: -0.97,
    lang: 'en',
    spans: [
      ['quality', 'negative', 'terrible quality'],
      ['quality', 'negative', '<img src=x onerror=alert(1)> Broke'],
    ],
  });

  it('shows the markup as text, highlights the spans, and creates no element from the review', () => {
    const { container } = render(<ReviewList reviews={[hostile]} lang="en" />);
    expect(container.querySelector('img, script, a, iframe')).toBeNull();
    const item = screen.getByTestId('review-item');
    expect(item.textContent).toContain('<img src=x onerror=alert(1)> Broke');
    expect(item.textContent).toContain('<script>alert(document.cookie)</script>');
    expect(item.textContent).toContain('<a href="javascript:alert(1)">refund</a>');
    const marks = [...container.querySelectorAll('mark')];
    expect(marks.map((m) => [m.className, m.textContent])).toEqual([
      ['aspect-negative', '<img src=x onerror=alert(1)> Broke'],
      ['aspect-negative', 'terrible quality'],
    ]);
    expect(marks[0]!.getAttribute('title')).toBe('Quality: Negative');
    expect(screen.getByTestId('review-label').textContent).toBe('Negative');
    expect(screen.getByTestId('review-score').textContent).toBe('−0.97');
  });

  it('labels in Chinese and marks reviews the model could not read without a score', () => {
    const de = review({
      title: 'Kaputt',
      body: 'Leider kaputt.',
      label: 'unknown',
      score: 0,
      lang: 'de',
      aspects: [],
    });
    const pending = review({ title: '物流太慢', body: '包装也破了' });
    render(<ReviewList reviews={[de, pending]} lang="zh" />);
    const labels = screen.getAllByTestId('review-label').map((l) => l.textContent);
    expect(labels).toEqual(['未分析 (de)', '分析中…']);
    expect(screen.queryByTestId('review-score')).toBeNull();
  });

  it('renders a negative-review alert built from the hostile review as text in the alert card', () => {
    const c = negativeReviewCandidate(hostile, '<b>Kettle</b>', {
      now: '2024-06-20T00:00:00.000Z',
      hadEarlierReviews: false,
    })!;
    const alert: Alert = { ...c, id: 1, state: 'open', createdAt: c.at, updatedAt: c.at };
    const { container } = render(<AlertCard alert={alert} lang="en" />);
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(container.querySelector('.alert-message')?.textContent).toBe(
      'New 1★ review of <b>Kettle</b>: quality complaint — “<img src=x onerror=alert(1)> Broke”',
    );
  });
});

/** The nearest element that isolates its content: `<bdi>`, or an element with a `dir` attribute. */
const isolate = (node: Node): Element | null =>
  (node.parentElement ?? null)?.closest('bdi, [dir]') ?? null;
const textNode = (root: Element, text: string): Text => {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode())
    if (t.textContent?.includes(text)) return t as Text;
  throw new Error(`no text node with ${text}`);
};

describe('ReviewList isolates what the buyer wrote from its own labels (QA pass)', () => {
  const RLO = '\u202E';
  const mallory = review({
    author: `Mallory ${RLO}`,
    variant: `Colour: Blue ${RLO}`,
    title: `Great ${RLO}`,
    body: `Works ${RLO}`,
    verified: true,
    label: 'positive',
    score: 0.5,
    lang: 'en',
  });
  const arabic = review({ title: 'منتج رائع', body: 'وصل بسرعة، شكرا', author: 'أحمد' });

  it.each(['en', 'zh'] as const)(
    'keeps each buyer field in its own isolate and the labels outside any (%s)',
    (lang) => {
      render(<ReviewList reviews={[mallory]} lang={lang} />);
      const item = screen.getByTestId('review-item');
      // The review's own text, unchanged (the override is the buyer's, kept inside its field).
      expect(screen.getByTestId('review-author').textContent).toBe(`Mallory ${RLO}`);
      expect(screen.getByTestId('review-author').tagName).toBe('BDI');
      expect(screen.getByTestId('review-variant').tagName).toBe('BDI');
      for (const text of ['Mallory', 'Colour: Blue', 'Great', 'Works']) {
        const box = isolate(textNode(item, text));
        expect(box, text).not.toBeNull();
        expect(box!.textContent, text).toContain(RLO);
        if (box!.tagName !== 'BDI') expect(box!.getAttribute('dir')).toBe('auto');
      }
      const verified = textNode(item, lang === 'en' ? 'Verified purchase' : '已验证购买');
      expect(isolate(verified)).toBeNull();
    },
  );

  it('lets Arabic text take its own direction inside its field', () => {
    render(<ReviewList reviews={[arabic]} lang="en" />);
    const item = screen.getByTestId('review-item');
    expect(item.querySelector('.review-title')?.getAttribute('dir')).toBe('auto');
    expect(item.querySelector('.review-body')?.getAttribute('dir')).toBe('auto');
    expect(screen.getByTestId('review-author').textContent).toBe('أحمد');
  });
});

describe('ReviewList for screen readers: stars and highlights (QA pass)', () => {
  const mixed = review({
    rating: 2,
    title: 'Slow',
    body: 'Shipping took three weeks but the price was great.',
    label: 'negative',
    score: -0.4,
    lang: 'en',
    spans: [
      ['shipping', 'negative', 'Shipping took three weeks'],
      ['price', 'positive', 'the price was great'],
    ],
  });

  it('names the stars as an image, "2 of 5 stars"', () => {
    render(<ReviewList reviews={[mixed]} lang="en" />);
    expect(screen.getByRole('img', { name: '2 of 5 stars' }).textContent).toBe('★★☆☆☆');
  });

  it('names the stars in Chinese, 2 星（满分 5 星）', () => {
    render(<ReviewList reviews={[mixed]} lang="zh" />);
    expect(screen.getByRole('img', { name: '2 星（满分 5 星）' }).textContent).toBe('★★☆☆☆');
  });

  it('says after each highlight which aspect it is about and whether it complains or praises', () => {
    const { container } = render(<ReviewList reviews={[mixed]} lang="en" />);
    const notes = [...container.querySelectorAll('mark')].map((m) => {
      const note = m.nextElementSibling!;
      expect(note.className).toBe('sr-only');
      return [m.textContent, note.textContent];
    });
    expect(notes).toEqual([
      ['Shipping took three weeks', ' (shipping complaint)'],
      ['the price was great', ' (price praise)'],
    ]);
  });

  it('says it in Chinese', () => {
    render(<ReviewList reviews={[mixed]} lang="zh" />);
    expect(screen.getAllByTestId('mark-note').map((note) => note.textContent)).toEqual([
      '（物流：负面）',
      '（价格：正面）',
    ]);
  });
});
