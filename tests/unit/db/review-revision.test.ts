import { describe, expect, it } from 'vitest';
import { MAX_REVISIONS, reviewChange } from '../../../lib/db/review-revision';
import type { ReviewRecord } from '../../../lib/db/types';
import type { ReviewSnapshot } from '../../../lib/schemas/snapshot';

/** A stored, classified 1★ review as ingest and the classifier leave it. */
const stored: ReviewRecord = {
  id: 'amazon:R1',
  market: 'amazon',
  reviewId: 'R1',
  listingId: 'amazon:B0057OC5O8',
  productKey: 'B0057OC5O8',
  rating: 1,
  title: 'Arrived broken',
  body: 'The carafe arrived cracked and the box was crushed. Very disappointed with this purchase.',
  date: '2024-06-11',
  dateText: 'Reviewed in the United States on June 11, 2024',
  firstSeen: '2024-06-12T08:00:00.000Z',
  helpfulVotes: 2,
  lang: 'en',
  label: 'negative',
  score: -0.9,
  aspects: [{ aspect: 'quality', polarity: 'negative', start: 0, end: 14 }],
  modelVersion: 'm1',
};

const seen = (o: Partial<ReviewSnapshot> = {}): ReviewSnapshot => ({
  id: 'R1',
  productKey: 'B0057OC5O8',
  rating: stored.rating,
  title: stored.title,
  body: stored.body,
  date: stored.date,
  dateText: stored.dateText,
  ...o,
});

const LATER = '2024-06-20T08:00:00.000Z';

describe('reviewChange: a review seen again', () => {
  it('is a revision when the buyer changed the stars and the text; the old version is kept', () => {
    const c = reviewChange(
      stored,
      seen({
        rating: 5,
        title: 'Seller made it right',
        body: 'The first one arrived cracked, the seller sent a replacement within two days. Works great.',
        date: '2024-06-19',
        dateText: 'Reviewed in the United States on June 19, 2024',
      }),
      LATER,
    );
    expect(c.kind).toBe('revised');
    if (c.kind !== 'revised') return;
    expect(c.row).toMatchObject({
      rating: 5,
      title: 'Seller made it right',
      date: '2024-06-19',
      firstSeen: stored.firstSeen,
      revisedAt: LATER,
      revisions: [
        {
          rating: 1,
          title: 'Arrived broken',
          body: stored.body,
          date: '2024-06-11',
          dateText: stored.dateText,
          replacedAt: LATER,
        },
      ],
    });
    // Labelled again by the classifier: the old label described the old text.
    for (const k of ['label', 'score', 'aspects', 'lang', 'modelVersion'] as const)
      expect(c.row[k]).toBeUndefined();
  });

  it('is a revision when only the stars changed, or only the text', () => {
    expect(reviewChange(stored, seen({ rating: 3 }), LATER).kind).toBe('revised');
    expect(
      reviewChange(stored, seen({ body: 'Replaced by the seller, the new one works fine.' }), LATER)
        .kind,
    ).toBe('revised');
  });

  it('is not a revision when another page shows the same review cut short, without stars or without a body', () => {
    const cut = stored.body.slice(0, 40);
    expect(reviewChange(stored, seen({ body: `${cut}…` }), LATER).kind).toBe('same');
    expect(reviewChange(stored, seen({ body: `${cut} Read more` }), LATER).kind).toBe('same');
    expect(reviewChange(stored, seen({ body: stored.body.replace(/ /g, '\n ') }), LATER).kind).toBe(
      'same',
    );
    expect(reviewChange(stored, seen({ rating: null }), LATER).kind).toBe('same');
    expect(reviewChange(stored, seen({ body: '', title: '' }), LATER).kind).toBe('same');
  });

  it('completes a text stored cut short and has it labelled again, without calling it a revision', () => {
    const short = { ...stored, body: `${stored.body.slice(0, 40)}…` };
    const c = reviewChange(short, seen(), LATER);
    expect(c).toMatchObject({ kind: 'refreshed', reclassify: true, row: { body: stored.body } });
    if (c.kind === 'refreshed') {
      expect(c.row.label).toBeUndefined();
      expect(c.row.revisions).toBeUndefined();
    }
  });

  it('refreshes helpful votes and a date read only now, keeping the label', () => {
    const c = reviewChange({ ...stored, date: null }, seen({ helpfulVotes: 40 }), LATER);
    expect(c).toMatchObject({
      kind: 'refreshed',
      reclassify: false,
      row: { helpfulVotes: 40, date: '2024-06-11', label: 'negative' },
    });
    expect(reviewChange(stored, seen({ helpfulVotes: 2 }), LATER).kind).toBe('same');
  });

  it('lets no capture older than the stored version revise it (a late retry from the queue)', () => {
    expect(reviewChange(stored, seen({ rating: 5 }), '2024-06-12T07:00:00.000Z').kind).toBe('same');
    const revised = { ...stored, rating: 5, revisedAt: '2024-06-20T08:00:00.000Z' };
    expect(reviewChange(revised, seen({ rating: 1 }), '2024-06-15T08:00:00.000Z').kind).toBe(
      'same',
    );
  });

  it(`keeps the original and the latest versions, ${MAX_REVISIONS} in all`, () => {
    let row = stored;
    for (let i = 1; i <= 8; i++) {
      const c = reviewChange(
        row,
        seen({ rating: (i % 5) + 1, body: `Version ${i} of this review, edited again.` }),
        `2024-07-0${i}T08:00:00.000Z`,
      );
      expect(c.kind).toBe('revised');
      if (c.kind === 'revised') row = c.row;
    }
    expect(row.revisions).toHaveLength(MAX_REVISIONS);
    expect(row.revisions![0]!.body).toBe(stored.body);
    expect(row.revisions!.map((r) => r.replacedAt.slice(0, 10))).toEqual([
      '2024-07-01',
      '2024-07-05',
      '2024-07-06',
      '2024-07-07',
      '2024-07-08',
    ]);
    expect(row.body).toBe('Version 8 of this review, edited again.');
  });
});
