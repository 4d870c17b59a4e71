/**
 * Reviews the buyer revises, through the real pipeline on fake-indexeddb: ingest (lib/db/ingest.ts,
 * lib/db/review-revision.ts) -> classify with the shipped model -> review alerts.
 */
import { describe, expect, it } from 'vitest';
import { reviewClassifierFromModel } from '../../../lib/alerts/review-classify';
import { reviewEvaluator } from '../../../lib/alerts/review-pipeline';
import { ingestSnapshot } from '../../../lib/db/ingest';
import { snapshotKey } from '../../../lib/hash';
import { defaultSettings } from '../../../lib/schemas/settings';
import type { PageSnapshot, ReviewSnapshot } from '../../../lib/schemas/snapshot';
import type { SentimentModelJson } from '../../../lib/sentiment/model';
import { freshDb, readAsset } from '../helpers';

const real = reviewClassifierFromModel(readAsset<SentimentModelJson>('model/sentiment-model.json'));
const evaluate = reviewEvaluator(async () => real);

type Db = ReturnType<typeof freshDb>;

/** An Amazon review page of one product as the reviews parser reports it. */
function page(at: string, reviews: Array<Partial<ReviewSnapshot> & { id: string }>): PageSnapshot {
  return {
    market: 'amazon',
    pageType: 'reviews',
    url: 'https://www.amazon.com/product-reviews/B0057OC5O8',
    capturedAt: at,
    parser: { id: 'amazon/reviews', version: 1 },
    listings: [{ productKey: 'B0057OC5O8', title: 'Mr. Coffee 12-Cup Coffee Maker', url: '' }],
    reviews: reviews.map((r) => ({
      productKey: 'B0057OC5O8',
      rating: 5,
      title: '',
      body: '',
      date: at.slice(0, 10),
      dateText: at.slice(0, 10),
      ...r,
    })),
  };
}

async function capture(db: Db, snap: PageSnapshot) {
  const r = await ingestSnapshot(db, snap, {
    key: snapshotKey(snap),
    settings: { ownSellers: [] },
  });
  const alerts = await evaluate(db, defaultSettings, snap.capturedAt, {
    listingIds: r.listingIds,
    newReviewIds: r.newReviewIds,
    revisedReviewIds: r.revisedReviewIds,
  });
  return { ingest: r, opened: alerts.opened };
}

const BROKEN = {
  id: 'R1',
  rating: 1,
  title: 'Arrived broken',
  body: 'The glass carafe arrived cracked and the box was crushed. Very disappointed.',
  date: '2024-06-11',
};
const MADE_RIGHT = {
  id: 'R1',
  rating: 5,
  title: 'Seller made it right',
  body: 'The seller sent a replacement within two days and it works perfectly. Great coffee, great service.',
  date: '2024-06-11',
};

describe('a review the buyer revises', () => {
  it('resolves the alert of a complaint revised into praise, and says so in its evidence', async () => {
    const db = freshDb();
    const first = await capture(db, page('2024-06-12T08:00:00.000Z', [BROKEN]));
    expect(first.opened).toHaveLength(1);
    const alertId = first.opened[0]!.id!;

    const second = await capture(db, page('2024-06-15T08:00:00.000Z', [MADE_RIGHT]));
    expect(second.ingest.revisedReviewIds).toEqual(['amazon:R1']);
    expect(second.opened).toEqual([]);
    const review = await db.reviews.get('amazon:R1');
    expect(review).toMatchObject({
      rating: 5,
      label: 'positive',
      modelVersion: real.version,
      revisedAt: '2024-06-15T08:00:00.000Z',
      revisions: [{ rating: 1, title: 'Arrived broken' }],
    });
    const alert = await db.alerts.get(alertId);
    expect(alert).toMatchObject({
      state: 'resolved',
      resolvedAt: '2024-06-15T08:00:00.000Z',
      evidence: { revisedTo: { rating: 5, label: 'positive', at: '2024-06-15T08:00:00.000Z' } },
    });
    // The original complaint stays what the alert said it was.
    expect(alert!.message.en).toMatch(/^New 1★ review of Mr\. Coffee/);

    // Seeing the revised review again changes nothing.
    await capture(db, page('2024-06-16T08:00:00.000Z', [MADE_RIGHT]));
    expect((await db.alerts.get(alertId))?.state).toBe('resolved');
    expect((await db.reviews.get('amazon:R1'))?.revisions).toHaveLength(1);
  });

  it('alerts when an old happy review is revised into a complaint, with the stars it had', async () => {
    const db = freshDb();
    // Seen two months ago: old news then, no alert.
    await capture(db, page('2024-04-01T08:00:00.000Z', [MADE_RIGHT]));
    expect(await db.alerts.count()).toBe(0);

    const later = await capture(db, page('2024-06-12T08:00:00.000Z', [BROKEN]));
    expect(later.opened).toHaveLength(1);
    expect(later.opened[0]).toMatchObject({
      kind: 'negative-review',
      severity: 'warning',
      dedupeKey: 'negative-review:amazon:R1',
      evidence: { revisedAt: '2024-06-12T08:00:00.000Z', previousRating: 5, rating: 1 },
    });
    expect(later.opened[0]!.message.en).toMatch(
      /^Review of Mr\. Coffee 12-Cup Coffee Maker revised to 1★ \(was 5★\): .*complaint/,
    );
    expect(later.opened[0]!.message.zh).toMatch(
      /^“Mr\. Coffee 12-Cup Coffee Maker”的一条评论改为 1 星（原为 5 星）：提到.*方面的问题/,
    );
  });

  it('a review whose words were edited but not its stars says so, not "revised to 5★"', async () => {
    const db = freshDb();
    await capture(db, page('2024-04-01T08:00:00.000Z', [{ ...MADE_RIGHT, rating: 4 }]));
    const edited = {
      ...MADE_RIGHT,
      rating: 4,
      title: 'Update',
      body: 'Update: after two weeks the carafe cracked and the seller never answered. Terrible service.',
    };
    const r = await capture(db, page('2024-06-12T08:00:00.000Z', [edited]));
    expect(r.ingest.revisedReviewIds).toEqual(['amazon:R1']);
    expect(r.opened).toHaveLength(1);
    expect(r.opened[0]!.message.en).toMatch(
      /^Review of Mr\. Coffee 12-Cup Coffee Maker edited \(stars unchanged, 4★\): .*complaint/,
    );
    expect(r.opened[0]!.message.en).not.toContain('revised to');
    expect(r.opened[0]!.message.zh).toMatch(
      /^“Mr\. Coffee 12-Cup Coffee Maker”的一条 4 星评论被修改了内容（星级未变）：提到.*方面的问题/,
    );
  });

  it('quotes a complaint without the invisible characters that split its words', async () => {
    const db = freshDb();
    const split = {
      ...BROKEN,
      title: 'ter\u200Brible qual\u2060ity',
      body: 'The glass carafe arrived cra\uFEFFcked. Very disappoin\u00ADted.',
    };
    const r = await capture(db, page('2024-06-12T08:00:00.000Z', [split]));
    expect(r.opened).toHaveLength(1);
    const quoted = r.opened[0]!.message.en;
    expect(quoted).toMatch(/terrible quality|arrived cracked/);
    expect(quoted).not.toMatch(/[\u00AD\u200B\u200C\u2060\uFEFF]/);
  });

  it('refreshes an open alert whose complaint the buyer rewrote, and reopens a resolved one', async () => {
    const db = freshDb();
    const first = await capture(db, page('2024-06-12T08:00:00.000Z', [BROKEN]));
    const alertId = first.opened[0]!.id!;
    const worse = {
      ...BROKEN,
      rating: 2,
      body: 'Update: the seller never answered my messages about the cracked carafe. Terrible service.',
    };
    await capture(db, page('2024-06-14T08:00:00.000Z', [worse]));
    let alert = await db.alerts.get(alertId);
    expect(alert?.state).toBe('open');
    expect(alert?.message.en).toMatch(/^Review of .* revised to 2★ \(was 1★\)/);
    expect(await db.alerts.count()).toBe(1);

    await db.alerts.update(alertId, { state: 'resolved', resolvedAt: '2024-06-14T09:00:00.000Z' });
    const again = await capture(db, page('2024-06-16T08:00:00.000Z', [{ ...worse, rating: 1 }]));
    expect(again.opened.map((a) => a.id)).toEqual([alertId]);
    alert = await db.alerts.get(alertId);
    expect(alert?.state).toBe('open');
    expect(alert?.message.en).toMatch(/revised to 1★ \(was 2★\)/);
  });

  it('does not treat the same review cut short on a product page as a revision', async () => {
    const db = freshDb();
    await capture(db, page('2024-06-12T08:00:00.000Z', [BROKEN]));
    const cut = { ...BROKEN, body: `${BROKEN.body.slice(0, 30)}… Read more`, rating: null };
    const r = await capture(db, page('2024-06-13T08:00:00.000Z', [cut]));
    expect(r.ingest.revisedReviewIds).toEqual([]);
    expect(r.ingest.newReviewIds).toEqual([]);
    expect((await db.reviews.get('amazon:R1'))?.body).toBe(BROKEN.body);
    expect((await db.alerts.toArray()).map((a) => a.state)).toEqual(['open']);
  });

  it('keeps the alert open while the revised review is not labelled yet (the model failed to load)', async () => {
    const db = freshDb();
    const first = await capture(db, page('2024-06-12T08:00:00.000Z', [BROKEN]));
    const snap = page('2024-06-15T08:00:00.000Z', [MADE_RIGHT]);
    const r = await ingestSnapshot(db, snap, {
      key: snapshotKey(snap),
      settings: { ownSellers: [] },
    });
    const broken = reviewEvaluator(() => Promise.reject(new Error('model file missing')));
    const log = console.error;
    console.error = () => {};
    try {
      await broken(db, defaultSettings, snap.capturedAt, {
        listingIds: r.listingIds,
        newReviewIds: r.newReviewIds,
        revisedReviewIds: r.revisedReviewIds,
      });
    } finally {
      console.error = log;
    }
    expect((await db.alerts.get(first.opened[0]!.id!))?.state).toBe('open');
    // The next run labels it and resolves the alert.
    await evaluate(db, defaultSettings, '2024-06-15T09:00:00.000Z', {});
    expect((await db.alerts.get(first.opened[0]!.id!))?.state).toBe('resolved');
  });
});
