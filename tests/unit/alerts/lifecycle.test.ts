import { describe, expect, it } from 'vitest';
import {
  applyCandidates,
  resolveAlerts,
  setAlertState,
  summarizeForBadge,
  wakeSnoozed,
} from '../../../lib/alerts/lifecycle';
import type { AlertCandidate } from '../../../lib/schemas/alert';
import { freshDb } from '../helpers';

const cand = (over: Partial<AlertCandidate> = {}): AlertCandidate => ({
  kind: 'undercut',
  severity: 'warning',
  subject: 'amazon:B01',
  dedupeKey: 'undercut:amazon:B01',
  at: '2026-11-01T10:00:00.000Z',
  message: { en: 'Cheap Co is 3% below you.', zh: 'Cheap Co 比您低 3%。' },
  nextStep: { en: 'Hold.', zh: '保持。' },
  evidence: { gapPct: 3 },
  ...over,
});

/** An open alert raised at 10:00 on 1 November and snoozed then until `until`. */
async function snoozedAlert(until: string) {
  const db = freshDb();
  await applyCandidates(db, [cand()], '2026-11-01T10:00:00.000Z');
  const id = (await db.alerts.toArray())[0]!.id!;
  await setAlertState(db, id, { state: 'snoozed', until }, '2026-11-01T10:00:00.000Z');
  return { db, id };
}

describe('alert lifecycle', () => {
  it('dedupes by key: a second candidate updates the open alert', async () => {
    const db = freshDb();
    expect((await applyCandidates(db, [cand()], 't1')).opened).toHaveLength(1);
    const second = await applyCandidates(db, [cand({ evidence: { gapPct: 4 } })], 't2');
    expect(second.opened).toHaveLength(0);
    expect(await db.alerts.count()).toBe(1);
    expect((await db.alerts.toArray())[0]?.evidence).toEqual({ gapPct: 4 });
  });

  it('keeps a dismissed alert dismissed unless it escalates', async () => {
    const db = freshDb();
    await applyCandidates(db, [cand()], 't1');
    const id = (await db.alerts.toArray())[0]!.id!;
    await setAlertState(db, id, { state: 'dismissed' }, 't2');
    await applyCandidates(db, [cand()], 't3');
    expect((await db.alerts.get(id))?.state).toBe('dismissed');
    const r = await applyCandidates(db, [cand({ severity: 'critical' })], 't4');
    expect(r.opened).toHaveLength(1);
    expect((await db.alerts.get(id))?.state).toBe('open');
  });

  it('reopens a resolved alert when the condition returns', async () => {
    const db = freshDb();
    await applyCandidates(db, [cand()], 't1');
    expect(await resolveAlerts(db, ['undercut:amazon:B01'], 't2')).toBe(1);
    expect((await applyCandidates(db, [cand()], 't3')).opened).toHaveLength(1);
  });

  it('wakes snoozed alerts when their time comes', async () => {
    const { db, id } = await snoozedAlert('2026-11-02T10:00:00.000Z');
    expect(await wakeSnoozed(db, '2026-11-01T12:00:00.000Z')).toBe(0);
    expect(await wakeSnoozed(db, '2026-11-02T10:00:01.000Z')).toBe(1);
    expect((await db.alerts.get(id))?.state).toBe('open');
  });

  it('wakes a snoozed alert that escalates: the user snoozed a warning, not the critical it became', async () => {
    const { db, id } = await snoozedAlert('2026-11-03T10:00:00.000Z');
    // The same severity with new numbers: still snoozed.
    await applyCandidates(db, [cand({ evidence: { gapPct: 5 } })], '2026-11-01T12:00:00.000Z');
    expect((await db.alerts.get(id))?.state).toBe('snoozed');
    const r = await applyCandidates(
      db,
      [cand({ severity: 'critical' })],
      '2026-11-01T14:00:00.000Z',
    );
    const woken = await db.alerts.get(id);
    expect(woken?.state).toBe('open');
    expect(woken?.snoozedUntil).toBeUndefined();
    expect(r.updated.map((a) => [a.state, a.severity])).toEqual([['open', 'critical']]);
    expect(summarizeForBadge([woken!])).toEqual({ count: 1, worst: 'critical' });
  });

  it('counts open warnings and criticals for the badge, coloured by the worst', () => {
    expect(summarizeForBadge([])).toEqual({ count: 0, worst: null });
    expect(
      summarizeForBadge([
        { state: 'open', severity: 'info' },
        { state: 'open', severity: 'warning' },
        { state: 'snoozed', severity: 'critical' },
        { state: 'open', severity: 'critical' },
        { state: 'dismissed', severity: 'critical' },
      ]),
    ).toEqual({ count: 2, worst: 'critical' });
  });

  it('compares a snooze time given with an offset as an instant, not as text', async () => {
    const db = freshDb();
    await applyCandidates(db, [cand()], '2026-11-01T10:00:00.000Z');
    const id = (await db.alerts.toArray())[0]!.id!;
    // 20:00 in New York = 01:00Z the next day; as text it sorts before "2026-11-01T22…".
    await setAlertState(
      db,
      id,
      { state: 'snoozed', until: '2026-11-01T20:00:00-05:00' },
      '2026-11-01T10:00:00.000Z',
    );
    expect(await wakeSnoozed(db, '2026-11-01T22:00:00.000Z')).toBe(0);
    expect((await db.alerts.get(id))?.state).toBe('snoozed');
    expect(await wakeSnoozed(db, '2026-11-02T01:00:00.000Z')).toBe(1);
  });
});

describe('dismissed alerts', () => {
  it('resolve when the condition clears, so a later occurrence alerts again', async () => {
    const db = freshDb();
    await applyCandidates(db, [cand()], 't1');
    const id = (await db.alerts.toArray())[0]!.id!;
    await setAlertState(db, id, { state: 'dismissed' }, 't2');
    await applyCandidates(db, [cand()], 't3');
    expect((await db.alerts.get(id))?.state).toBe('dismissed');
    expect(await resolveAlerts(db, ['undercut:amazon:B01'], 't4')).toBe(1);
    expect((await db.alerts.get(id))?.state).toBe('resolved');
    expect((await applyCandidates(db, [cand()], 't5')).opened).toHaveLength(1);
    expect((await db.alerts.get(id))?.state).toBe('open');
  });
});
