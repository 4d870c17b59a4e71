/**
 * compliance alerts over the listings table (fake-indexeddb): raised for own listings whose title has
 * error-level findings, updated when the title changes, resolved when it is fixed, never for competitors,
 * and titles already linted are not linted again.
 */
import { describe, expect, it } from 'vitest';
import {
  complianceCandidate,
  complianceKey,
  evaluateComplianceAlerts,
} from '../../../lib/alerts/compliance-alerts';
import { ingestSnapshot } from '../../../lib/db/ingest';
import type { ListingRecord } from '../../../lib/db/types';
import { defaultSettings } from '../../../lib/schemas/settings';
import { alertCandidateSchema } from '../../../lib/schemas/alert';
import { freshDb, inventorySnapshot, ownListing } from '../helpers';

const T0 = '2026-11-20T08:00:00.000Z';
const T1 = '2026-11-20T09:00:00.000Z';
const T2 = '2026-11-20T10:00:00.000Z';

function listing(
  id: string,
  title: string | undefined,
  extra: Partial<ListingRecord> = {},
): ListingRecord {
  return ownListing(id, { title, firstSeen: T0, lastSeen: T0, ...extra });
}

describe('complianceCandidate (pure)', () => {
  it.each([
    [
      'amazon',
      'Steel Travel Mug 350 ml - Best Seller, 100% Quality Guaranteed, FDA Approved Lid',
      ['amazon/promotional', 'amazon/promotional', 'amazon/fda-approved'],
    ],
    [
      'taobao',
      '全网最低价 国家级 第一品牌 保温杯',
      ['cn-ad-law/absolute-price', 'cn-ad-law/absolute-national', 'cn-ad-law/absolute-ranking'],
    ],
    ['ebay', 'Vintage Levi 501 Jeans 32x30 - text me on WhatsApp', ['ebay/contact-outside']],
    ['etsy', 'HANDMADE CERAMIC COFFEE MUG WITH SAUCER', ['etsy/title-all-caps']],
  ] as const)('%s: %s raises a warning naming the rules and words', (market, title, rules) => {
    const { candidate } = complianceCandidate(listing(`${market}:X1`, title), T1);
    expect(candidate).not.toBeNull();
    expect(alertCandidateSchema.safeParse(candidate).success).toBe(true);
    expect(candidate!.severity).toBe('warning');
    expect(candidate!.dedupeKey).toBe(`compliance:${market}:X1`);
    const ev = candidate!.evidence as {
      findings: Array<{ ruleId: string; severity: string; match: string }>;
    };
    expect(ev.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId)).toEqual(rules);
    for (const f of ev.findings.filter((x) => x.severity === 'error').slice(0, 3)) {
      expect(candidate!.message.en).toContain(f.ruleId);
      expect(candidate!.message.zh).toContain(f.ruleId);
      expect(candidate!.message.en).toContain(f.match.slice(0, 20));
    }
    expect(candidate!.nextStep.en).toMatch(/\S/);
    expect(candidate!.nextStep.zh).toMatch(/[\u4e00-\u9fff]/);
    // The rule's advice runs on into the editor hint: no space after a full-width stop.
    expect(candidate!.nextStep.zh).not.toMatch(/[。！？] /);
  });

  it.each([
    ['amazon', 'Mr. Coffee 12-Cup Programmable Coffee Maker, Black'],
    ['taobao', '最近上新 第一次使用说明 保温杯 316不锈钢'], // allowed contexts: 最近, 第一次
    ['ebay', "Vintage Levi's 501 Jeans 32x30 Dark Wash"],
    ['amazon', ''],
  ] as const)('%s: %j raises nothing', (market, title) => {
    expect(complianceCandidate(listing(`${market}:X2`, title), T1).candidate).toBeNull();
  });

  it('warning-level findings alone raise nothing (etsy medical wording is a warning)', () => {
    const { candidate, findings } = complianceCandidate(
      listing('etsy:X3', 'Ceramic mug for tea that cures anxiety'),
      T1,
    );
    expect(findings.some((f) => f.severity === 'warning')).toBe(true);
    expect(candidate).toBeNull();
  });
});

describe('evaluateComplianceAlerts (database)', () => {
  it('raises, updates and resolves as the title changes; competitors and unchanged titles are skipped', async () => {
    const db = freshDb();
    await db.listings.bulkPut([
      listing('amazon:B0CX4R8N2Q', 'Steel Travel Mug - Best Seller, FDA Approved'),
      listing('amazon:B0COMPETE1', 'Cheapest Mug Best Seller FDA Approved', { own: false }),
      listing('taobao:730018455612', '全网最低价 保温杯'),
      listing('amazon:B0CLEAN0001', 'Stainless Steel Travel Mug, 350 ml'),
    ]);
    const first = await evaluateComplianceAlerts(db, defaultSettings, T1);
    expect(first.linted).toBe(3);
    expect(first.opened.map((a) => a.subject).toSorted()).toEqual([
      'amazon:B0CX4R8N2Q',
      'taobao:730018455612',
    ]);
    const alert = (await db.alerts
      .where('dedupeKey')
      .equals(complianceKey('amazon:B0CX4R8N2Q'))
      .first())!;
    expect(alert.kind).toBe('compliance');
    expect(alert.state).toBe('open');
    expect(alert.message.en).toContain('"Best Seller" (amazon/promotional)');
    expect(alert.message.en).toContain('"FDA Approved" (amazon/fda-approved)');

    // Nothing changed: nothing is linted again.
    const again = await evaluateComplianceAlerts(db, defaultSettings, T1);
    expect(again).toMatchObject({ linted: 0, opened: [], updated: [], resolved: 0 });

    // Still wrong, differently: the alert is updated, not duplicated.
    await db.listings.update('amazon:B0CX4R8N2Q', { title: 'Steel Travel Mug - FDA Approved' });
    const changed = await evaluateComplianceAlerts(db, defaultSettings, T2, {
      listingIds: ['amazon:B0CX4R8N2Q'],
    });
    expect(changed.linted).toBe(1);
    expect(changed.updated).toHaveLength(1);
    expect(changed.updated[0]!.message.en).not.toContain('Best Seller');
    expect(await db.alerts.where('kind').equals('compliance').count()).toBe(2);

    // Fixed: resolved.
    await db.listings.update('amazon:B0CX4R8N2Q', {
      title: 'Steel Travel Mug, 350 ml, Leak-Proof Lid',
    });
    const fixed = await evaluateComplianceAlerts(db, defaultSettings, T2, {
      listingIds: ['amazon:B0CX4R8N2Q'],
    });
    expect(fixed.resolved).toBe(1);
    const resolved = (await db.alerts.get(alert.id!))!;
    expect(resolved.state).toBe('resolved');
    expect(resolved.resolvedAt).toBe(T2);

    // The bad title comes back: the same alert reopens.
    await db.listings.update('amazon:B0CX4R8N2Q', {
      title: 'Steel Travel Mug - Best Seller, FDA Approved',
    });
    const back = await evaluateComplianceAlerts(db, defaultSettings, T2);
    expect(back.opened.map((a) => a.id)).toEqual([alert.id]);
    expect(back.linted).toBe(1); // the clean and the unchanged ones were remembered
  });

  it('respects a dismissal while the title is unchanged', async () => {
    const db = freshDb();
    await db.listings.put(listing('amazon:B0DISMISS1', 'Travel Mug - Free Shipping'));
    await evaluateComplianceAlerts(db, defaultSettings, T1);
    const a = (await db.alerts.toArray())[0]!;
    await db.alerts.update(a.id!, { state: 'dismissed' });
    const r = await evaluateComplianceAlerts(db, defaultSettings, T2);
    expect(r).toMatchObject({ linted: 0, opened: [] });
    expect((await db.alerts.get(a.id!))!.state).toBe('dismissed');
  });

  it('lints own listings captured from a Seller Central inventory page', async () => {
    const db = freshDb();
    const snap = inventorySnapshot(T1, [
      ['B0INV00001', 'SKU-1', 19.99],
      ['B0INV00002', 'SKU-2', 24.99],
    ]);
    snap.listings![0]!.title = 'Bamboo Cutting Board - Best Seller - Free Shipping';
    const result = await ingestSnapshot(db, snap, {
      key: '0123456789abcdef',
      settings: defaultSettings,
      receivedAt: T1,
    });
    const r = await evaluateComplianceAlerts(db, defaultSettings, T1, {
      listingIds: result.listingIds,
    });
    expect(r.opened).toHaveLength(1);
    expect(r.opened[0]!.message.en).toContain('Free Shipping');
    expect(r.opened[0]!.subject).toBe(result.listingIds.find((id) => id.includes('B0INV00001')));
  });
});
