/**
 * Alert hygiene (DESIGN.md §5), shared by every price rule, so a price that hovers or flips never turns
 * into an alert storm:
 * - jitter: the rules ignore moves below max(undercutPct %, one minor step);
 * - hysteresis: an active alert is only resolved on `off`, which the rules answer once the condition
 *   cleared by hysteresisPct beyond the threshold (inside the band they answer `hold`);
 * - debounce: with debounceMinutes > 0 a condition opens an alert once it persisted that long or was
 *   seen on two captures; with the default 0 it opens on the first capture that shows it;
 * - flap damping: a condition that comes back less than 24 h after its alert resolved, with the same
 *   figures as then, must be seen on two captures before the alert re-opens (a price flipping between
 *   two values re-opens nothing); one that comes back with other figures (a deeper cut) is news;
 * - rate limit: at most maxAlertsPerProductPerDay alerts opened (or re-opened) per subject per 24 h;
 *   past it an alert that already opened in those 24 h stays shut, but not one opening for the first
 *   time in them, nor a critical one (a buy box flapping all morning must not hide a price below the
 *   floor).
 * Openings are remembered in `evidence.openings` (ISO times within the last 24 h), carried from one
 * update to the next, because the lifecycle keeps only the latest evidence.
 * Updates of an alert that is already active (new numbers, a severity escalation) are never held back.
 */
import type { Alert, AlertCandidate } from '../schemas/alert';
import type { Settings } from '../schemas/settings';
import type { RuleOutput } from './rule';
import type { EngineResult, PriceAlertKind, Verdict } from './types';

export const DAY_MS = 24 * 3_600_000;

export interface Evaluation {
  kind: PriceAlertKind;
  subject: string;
  dedupeKey: string;
  /** The condition now; `open` = the alert is currently active (hysteresis band applies). */
  verdict: (open: boolean) => Verdict;
  /** How long the condition has held: start of the trailing run and the number of captures in it. */
  run: () => { start: string; captures: number };
  build: () => RuleOutput;
}

export interface HygieneContext {
  settings: Settings;
  now: string;
  /** When the condition was last observed (the latest capture of the subject, not after now). */
  at: string;
  /** Stored alerts of the subjects being evaluated, any state. */
  alerts: Alert[];
  /** Extra evidence for every candidate (links to the capture, notes about missing rates ...). */
  evidence?: Record<string, unknown>;
}

const ACTIVE = new Set(['open', 'snoozed', 'dismissed']);

function openingsOf(alert: Alert): string[] {
  const list = alert.evidence.openings;
  if (Array.isArray(list)) return list.filter((x): x is string => typeof x === 'string');
  return [alert.createdAt];
}

export function applyHygiene(evaluations: readonly Evaluation[], h: HygieneContext): EngineResult {
  const result: EngineResult = { candidates: [], resolve: [], suppressed: [] };
  const nowMs = Date.parse(h.now);
  const recent = (iso: string) => nowMs - Date.parse(iso) < DAY_MS;
  const byKey = new Map(h.alerts.map((a) => [a.dedupeKey, a]));
  const openedToday = new Map<string, number>();
  for (const a of h.alerts) {
    openedToday.set(
      a.subject,
      (openedToday.get(a.subject) ?? 0) + openingsOf(a).filter(recent).length,
    );
  }
  const th = h.settings.thresholds;

  for (const e of evaluations) {
    const existing = byKey.get(e.dedupeKey);
    const active = existing !== undefined && ACTIVE.has(existing.state);
    const verdict = e.verdict(active);
    if (verdict === 'hold') continue;
    if (verdict === 'off') {
      if (existing && existing.state !== 'resolved') result.resolve.push(e.dedupeKey);
      continue;
    }
    const previous = existing ? openingsOf(existing).filter(recent) : [];
    let openings = previous;
    let built: RuleOutput | undefined;
    if (!active) {
      const run = e.run();
      const seenTwice = run.captures >= 2;
      const persisted = nowMs - Date.parse(run.start) >= th.debounceMinutes * 60_000;
      if (th.debounceMinutes > 0 && !seenTwice && !persisted) {
        result.suppressed.push({ dedupeKey: e.dedupeKey, kind: e.kind, reason: 'debounce' });
        continue;
      }
      built = e.build();
      // A flap comes back as it went: the same figures, so the same words. A return with other figures
      // (a deeper cut, another seller in the buy box) is news and opens at once (QA pass: a new, lower
      // price within 24 h of a resolved undercut waited for the next capture, a day later for a seller
      // who looks once a day); the rate limit below still caps a storm of them.
      if (
        existing?.state === 'resolved' &&
        existing.resolvedAt &&
        recent(existing.resolvedAt) &&
        !seenTwice &&
        built.message.en === existing.message.en
      ) {
        result.suppressed.push({ dedupeKey: e.dedupeKey, kind: e.kind, reason: 'flapping' });
        continue;
      }
      const count = openedToday.get(e.subject) ?? 0;
      // A storm is one alert flipping open and shut: an alert opened for the first time in 24 h, or a
      // critical one (below the floor), is not held back by the openings of other kinds, or a seller
      // whose buy box flapped all morning would not hear that a price is now under their floor.
      const storm = previous.length > 0 && built.severity !== 'critical';
      if (count >= th.maxAlertsPerProductPerDay && storm) {
        result.suppressed.push({ dedupeKey: e.dedupeKey, kind: e.kind, reason: 'rate-limit' });
        continue;
      }
      openedToday.set(e.subject, count + 1);
      openings = [...previous, h.now];
    }
    const out = built ?? e.build();
    const candidate: AlertCandidate = {
      kind: e.kind,
      severity: out.severity,
      subject: e.subject,
      dedupeKey: e.dedupeKey,
      at: h.at,
      message: out.message,
      nextStep: out.nextStep,
      evidence: { ...out.evidence, ...h.evidence, openings },
    };
    result.candidates.push(candidate);
  }
  return result;
}
