/**
 * The Reviews view's CSV export: columns in the UI language, numbers kept as numbers, hostile review
 * text made inert for spreadsheets, and every field read back intact by a CSV parser.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { inertCell, reviewsCsv, reviewsCsvName } from '../../../components/reviews/export';
import { reviewText } from '../../../lib/alerts/review-text';
import type { ReviewRecord } from '../../../lib/db/types';

function review(o: Partial<ReviewRecord>): ReviewRecord {
  return {
    id: 'amazon:R1',
    market: 'amazon',
    reviewId: 'R1',
    listingId: 'amazon:B0BBPNPZTC',
    productKey: 'B0BBPNPZTC',
    rating: 2,
    title: 'Arrived broken',
    body: 'The bottle arrived leaking and the box was crushed.',
    date: '2024-07-01',
    dateText: 'Reviewed in the United States on July 1, 2024',
    author: 'Tina',
    verified: true,
    firstSeen: '2024-07-02T09:00:00.000Z',
    lang: 'en',
    label: 'negative',
    score: -0.64,
    ...o,
  };
}

/** Spans by their text, as the classifier stores them (offsets into title + body). */
function withSpans(r: ReviewRecord, spans: Array<[string, 'positive' | 'negative', string]>) {
  const { text } = reviewText(r);
  r.aspects = spans.map(([aspect, polarity, span]) => {
    const start = text.indexOf(span);
    return { aspect, polarity, start, end: start + span.length };
  });
  return r;
}

const parse = (csv: string) => {
  expect(csv.startsWith('\uFEFF')).toBe(true); // Excel reads the Chinese as UTF-8
  return Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
};

describe('reviews CSV export', () => {
  it('writes one row per review with sentiment, score and aspects, numbers as numbers', () => {
    const r = withSpans(review({}), [
      ['shipping', 'negative', 'arrived leaking'],
      ['packaging', 'negative', 'the box was crushed'],
    ]);
    const rows = parse(reviewsCsv([r], 'en'));
    expect(rows[0]).toEqual([
      'Review ID',
      'Date',
      'Stars',
      'Sentiment',
      'Score',
      'Aspects',
      'Title',
      'Review',
      'Author',
      'Verified purchase',
      'Language',
      'First seen',
      'Revised by the buyer',
      'Stars before the revision',
    ]);
    expect(rows[1]).toEqual([
      'R1',
      '2024-07-01',
      '2',
      'Negative',
      '-0.64',
      'Shipping: Negative ("arrived leaking"); Packaging: Negative ("the box was crushed")',
      'Arrived broken',
      'The bottle arrived leaking and the box was crushed.',
      'Tina',
      'yes',
      'en',
      '2024-07-02T09:00:00.000Z',
      '',
      '',
    ]);
    // A review the buyer revised: when, and the stars it had.
    const revised = {
      ...r,
      revisedAt: '2024-07-05T09:00:00.000Z',
      revisions: [
        {
          rating: 5,
          title: 'Love it',
          body: 'Works.',
          date: '2024-06-30',
          dateText: '',
          replacedAt: '2024-07-05T09:00:00.000Z',
        },
      ],
    };
    expect(parse(reviewsCsv([revised], 'en'))[1]!.slice(-2)).toEqual([
      '2024-07-05T09:00:00.000Z',
      '5',
    ]);
  });

  it('speaks Chinese when the UI does', () => {
    const r = withSpans(
      review({ title: '', body: '物流很快，包装很好', label: 'positive', score: 0.9, lang: 'zh' }),
      [
        ['shipping', 'positive', '物流很快'],
        ['packaging', 'positive', '包装很好'],
      ],
    );
    const rows = parse(reviewsCsv([r], 'zh'));
    expect(rows[0]!.slice(0, 6)).toEqual(['评论 ID', '日期', '星级', '情感', '得分', '方面']);
    expect(rows[1]![3]).toBe('正面');
    expect(rows[1]![5]).toBe('物流：正面（“物流很快”）；包装：正面（“包装很好”）');
    expect(rows[1]![9]).toBe('是');
  });

  it('keeps quotes, commas and line breaks of the review intact', () => {
    const body = 'Said "great", then\nit broke, twice.\r\nNever again';
    const rows = parse(reviewsCsv([review({ body, aspects: [] })], 'en'));
    expect(rows[1]![7]).toBe(body);
    expect(rows).toHaveLength(2);
    const edged = parse(reviewsCsv([review({ title: ' Meh ', body: 'ok,', aspects: [] })], 'en'));
    expect(edged[1]!.slice(6, 8)).toEqual([' Meh ', 'ok,']);
  });

  it('makes formula-like review text inert and leaves scores alone', () => {
    const hostile = review({
      title: '=HYPERLINK("http://evil.example","click")',
      body: '+cmd|" /C calc"!A0',
      author: '@SUM(1+1)',
      score: -0.25,
      aspects: [],
    });
    const rows = parse(reviewsCsv([hostile], 'en'));
    expect(rows[1]![6]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(rows[1]![7]).toBe(`'+cmd|" /C calc"!A0`);
    expect(rows[1]![8]).toBe(`'@SUM(1+1)`);
    expect(rows[1]![4]).toBe('-0.25');
    expect(inertCell('-1 star for the smell')).toBe(`'-1 star for the smell`);
    expect(inertCell('\tTab first')).toBe(`'\tTab first`);
    expect(inertCell('Good value')).toBe('Good value');
  });

  it('writes unclassified and undated reviews without inventing values', () => {
    const r = review({ date: null, rating: null, aspects: undefined, verified: undefined });
    delete r.label;
    delete r.score;
    delete r.lang;
    const rows = parse(reviewsCsv([r], 'en'));
    expect(rows[1]!.slice(1, 6)).toEqual([
      'Reviewed in the United States on July 1, 2024',
      '',
      'Analysing…',
      '',
      '',
    ]);
    expect(rows[1]![9]).toBe('');
  });

  it('names the file after the product and the day', () => {
    expect(reviewsCsvName('B0BBPNPZTC', new Date('2026-11-22T10:00:00Z'))).toBe(
      'seller-radar-reviews-B0BBPNPZTC-2026-11-22.csv',
    );
    expect(reviewsCsvName('../../etc/passwd', new Date('2026-11-22T10:00:00Z'))).toBe(
      'seller-radar-reviews-_etc_passwd-2026-11-22.csv',
    );
  });
});
