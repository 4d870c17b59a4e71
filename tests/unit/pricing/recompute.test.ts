import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SellerRadarDB } from '../../../lib/db/database';
import { ingestSnapshot } from '../../../lib/db/ingest';
import { snapshotKey } from '../../../lib/hash';
import { recomputePriceAlerts, topSellerIds } from '../../../lib/alerts/recompute';
import { setAlertState } from '../../../lib/alerts/lifecycle';
import type { PageSnapshot } from '../../../lib/schemas/snapshot';
import type { ListingRecord } from '../../../lib/db/types';
import { iso, OWN, settingsOf, snapshotOf, type Step } from './scenario';

let db: SellerRadarDB;
const l = (id: string, own: boolean, ratingCount: number | null): ListingRecord => ({
  id,
  market: 'amazon',
  productKey: id,
  skus: [],
  own,
  price: null,
  ratingCount,
  firstSeen: '',
  lastSeen: '',
});
const settings = settingsOf({ floors: { B0057OC5O8: { amount: 21, currency: 'USD' } } });

beforeEach(() => {
  db = new SellerRadarDB('recompute-test', { indexedDB: new IDBFactory(), IDBKeyRange });
});
afterEach(() => db.close());

async function capture(snapshot: PageSnapshot) {
  const r = await ingestSnapshot(db, snapshot, {
    key: snapshotKey(snapshot),
    settings,
    receivedAt: snapshot.capturedAt,
  });
  return recomputePriceAlerts(db, settings, snapshot.capturedAt, r.listingIds);
}
const step = (s: Step) => capture(snapshotOf(s));
const openKinds = async () =>
  (await db.alerts.where('state').equals('open').toArray()).map((a) => a.kind).toSorted();

describe('recomputePriceAlerts on the database', () => {
  it('an empty capture and a capture with an unreadable price neither resolve nor raise', async () => {
    await step({ h: 0, page: 'product', price: 22.99 });
    await step({ h: 1, page: 'product', price: 21.49, seller: 'SmartHome Deals' });
    expect(await openKinds()).toEqual(['buy-box-lost', 'undercut']);

    // A parse that found nothing on the page (layout changed): no listing, no point.
    const empty: PageSnapshot = {
      ...snapshotOf({ h: 2, page: 'product' }),
      listings: [],
      warnings: ['no price block'],
    };
    const r1 = await capture(empty);
    expect(r1.resolved).toEqual([]);
    expect(r1.opened).toEqual([]);

    // The featured seller is read, the price is not: a null price must not clear the undercut.
    const r2 = await step({ h: 3, page: 'product', price: null, seller: 'SmartHome Deals' });
    expect(r2.resolved).toEqual([]);
    expect(r2.opened).toEqual([]);
    expect(await openKinds()).toEqual(['buy-box-lost', 'undercut']);
  });

  it('runs over every listing when no ids are given (the recompute alarm), resolving a war after a quiet window', async () => {
    const rows: Array<[number, string, number]> = [
      [0, OWN, 24.99],
      [4, 'SmartHome Deals', 23.99],
      [8, OWN, 23.49],
      [12, 'SmartHome Deals', 22.49],
    ];
    for (const [h, seller, price] of rows) await step({ h, page: 'product', seller, price });
    expect(await openKinds()).toContain('price-war');
    const early = await recomputePriceAlerts(db, settings, iso(40));
    expect(early.resolved.map((a) => a.kind)).not.toContain('price-war');
    const late = await recomputePriceAlerts(db, settings, iso(12 + 73));
    expect(late.resolved.map((a) => a.kind)).toContain('price-war');
  });

  it('keeps a dismissed alert dismissed while the condition lasts, and reports an escalation', async () => {
    await step({ h: 0, page: 'inventory', price: 22.99 });
    await step({
      h: 1,
      page: 'offers',
      offers: [
        [OWN, 22.99],
        ['SmartHome Deals', 21.49],
      ],
    });
    const under = (await db.alerts.where('kind').equals('undercut').first())!;
    await setAlertState(db, under.id!, { state: 'dismissed' }, iso(1.5));
    const r = await step({
      h: 2,
      page: 'offers',
      offers: [
        [OWN, 22.99],
        ['SmartHome Deals', 21.39],
      ],
    });
    expect(r.opened).toEqual([]);
    expect((await db.alerts.get(under.id!))!.state).toBe('dismissed');
    // Own price dropping below the floor turns below-floor critical.
    await step({
      h: 3,
      page: 'offers',
      offers: [
        [OWN, 22.99],
        ['SmartHome Deals', 20.99],
      ],
    });
    const r2 = await step({ h: 4, page: 'inventory', price: 20.89 });
    expect(r2.escalated.map((a) => [a.kind, a.severity])).toEqual([['below-floor', 'critical']]);
  });

  it('ranks top sellers by rating count among own listings only', () => {
    expect([...topSellerIds([l('a', true, 5182), l('b', true, 40), l('c', false, 99999)])]).toEqual(
      ['a'],
    );
    expect([...topSellerIds([l('a', true, 5182)])]).toEqual([]);
  });

  it('counts variations sharing one rating count as one product family', () => {
    // Six colours of one parent ASIN show the parent's 422 ratings: no one of them is a top seller.
    const variations = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => l(id, true, 422));
    expect([...topSellerIds(variations)]).toEqual([]);
    // Against other products, the family is the best seller: all its variations are top.
    expect(
      [
        ...topSellerIds([...variations, l('g', true, 40), l('h', true, 12), l('i', true, 3)]),
      ].toSorted(),
    ).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    // Ten products of distinct counts: the top 10 % is one product.
    const ten = Array.from({ length: 10 }, (_, i) => l(`p${i}`, true, 1000 - i * 50));
    expect([...topSellerIds(ten)]).toEqual(['p0']);
  });
});
