/**
 * Alert lifecycle over the `alerts` table: dedupe by key, reopen, respect the user's dismiss and snooze,
 * resolve, and count for the badge. Engines are pure and emit AlertCandidates; this is the one place
 * that turns them into stored state.
 */
import type { Alert, AlertCandidate, Severity } from '../schemas/alert';
import { severityRank } from '../schemas/alert';
import type { SellerRadarDB } from '../db/database';

export interface ApplyResult {
  opened: Alert[];
  updated: Alert[];
}

/** Inserts new alerts, refreshes open ones, reopens resolved ones; a dismissed or snoozed alert stays so
 * unless its severity rises (the user put aside a warning, not the critical it became): a dismissed one
 * then opens anew, a snoozed one wakes as an escalation. */
export async function applyCandidates(
  db: SellerRadarDB,
  candidates: AlertCandidate[],
  now: string,
): Promise<ApplyResult> {
  const result: ApplyResult = { opened: [], updated: [] };
  if (candidates.length === 0) return result;
  await db.transaction('rw', db.alerts, async () => {
    for (const c of candidates) {
      const existing = await db.alerts.where('dedupeKey').equals(c.dedupeKey).first();
      if (!existing) {
        const alert: Alert = { ...c, state: 'open', createdAt: now, updatedAt: now };
        alert.id = await db.alerts.add(alert);
        result.opened.push(alert);
        continue;
      }
      const rose = severityRank[c.severity] > severityRank[existing.severity];
      let state = existing.state;
      if (state === 'resolved') state = 'open';
      else if ((state === 'dismissed' || state === 'snoozed') && rose) state = 'open';
      else if (state === 'snoozed' && existing.snoozedUntil && existing.snoozedUntil <= now)
        state = 'open';
      const next: Alert = { ...existing, ...c, state, updatedAt: now };
      if (state === 'open') {
        delete next.snoozedUntil;
        delete next.resolvedAt;
      }
      await db.alerts.put(next);
      if (existing.state === 'resolved' || (existing.state === 'dismissed' && state === 'open')) {
        result.opened.push(next);
      } else {
        result.updated.push(next);
      }
    }
  });
  return result;
}

/**
 * Resolves the alerts with these keys whose condition cleared. A dismissed alert resolves too: the user
 * dismissed that occurrence, and a later, separate occurrence must be able to alert again.
 */
export async function resolveAlerts(
  db: SellerRadarDB,
  dedupeKeys: string[],
  now: string,
): Promise<number> {
  if (dedupeKeys.length === 0) return 0;
  let n = 0;
  await db.transaction('rw', db.alerts, async () => {
    const rows = await db.alerts.where('dedupeKey').anyOf(dedupeKeys).toArray();
    for (const row of rows) {
      if (row.state === 'resolved') continue;
      await db.alerts.update(row.id!, { state: 'resolved', resolvedAt: now, updatedAt: now });
      n++;
    }
  });
  return n;
}

export async function setAlertState(
  db: SellerRadarDB,
  id: number,
  action: { state: 'dismissed' | 'resolved' | 'open' } | { state: 'snoozed'; until: string },
  now: string,
): Promise<boolean> {
  const changes: Partial<Alert> = { state: action.state, updatedAt: now };
  // UTC like every `now`: wakeSnoozed compares as strings, and the message may carry any offset
  // ("…T20:00:00-05:00" sorts before "…T22:00:00Z" but is three hours later).
  if (action.state === 'snoozed') changes.snoozedUntil = new Date(action.until).toISOString();
  if (action.state === 'resolved') changes.resolvedAt = now;
  return (await db.alerts.update(id, changes)) === 1;
}

/** Wakes snoozed alerts whose time has come. */
export async function wakeSnoozed(db: SellerRadarDB, now: string): Promise<number> {
  return db.alerts
    .where('state')
    .equals('snoozed')
    .filter((a) => (a.snoozedUntil ?? '') <= now)
    .modify({ state: 'open', snoozedUntil: undefined, updatedAt: now });
}

export interface BadgeSummary {
  /** Open alerts of severity warning or worse. */
  count: number;
  worst: Severity | null;
}

export function summarizeForBadge(alerts: Pick<Alert, 'state' | 'severity'>[]): BadgeSummary {
  let count = 0;
  let worst: Severity | null = null;
  for (const a of alerts) {
    if (a.state !== 'open' || severityRank[a.severity] < severityRank.warning) continue;
    count++;
    if (worst === null || severityRank[a.severity] > severityRank[worst]) worst = a.severity;
  }
  return { count, worst };
}

export async function badgeSummary(db: SellerRadarDB): Promise<BadgeSummary> {
  return summarizeForBadge(await db.alerts.where('state').equals('open').toArray());
}
