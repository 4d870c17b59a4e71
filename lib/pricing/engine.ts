/** The per-listing price-alert engine: one listing's history in, alert candidates and resolutions out. */
import { belowFloor } from './below-floor';
import { buyBoxLost } from './buy-box-lost';
import { applyHygiene, type Evaluation } from './hygiene';
import { priceWar } from './price-war';
import type { PriceRule } from './rule';
import { buildSeries, type SeriesContext } from './series';
import type { EngineResult, ListingInput } from './types';
import { undercut } from './undercut';

export const LISTING_RULES: readonly PriceRule[] = [buyBoxLost, undercut, priceWar, belowFloor];

export function dedupeKeyFor(kind: string, subject: string): string {
  return `${kind}:${subject}`;
}

/** Evaluates every per-listing rule at the latest point, with the hygiene of lib/pricing/hygiene.ts. */
export function evaluateListing(
  input: ListingInput,
  rules: readonly PriceRule[] = LISTING_RULES,
): EngineResult {
  const ctx = buildSeries(input);
  const last = ctx.views.length - 1;
  // No price point yet (a product seen only on a review page, or captures that read no price): nothing
  // to raise and nothing to resolve. Failed and empty captures add no point, so they can do neither.
  if (last < 0) return { candidates: [], resolve: [], suppressed: [] };
  const subject = input.listing.id;
  const evaluations: Evaluation[] = rules.map((rule) => ({
    kind: rule.kind,
    subject,
    dedupeKey: dedupeKeyFor(rule.kind, subject),
    verdict: (open) => rule.check(ctx, last, open),
    run: () => runOf(ctx, rule, last),
    build: () => rule.build(ctx, last),
  }));
  const latest = input.points.filter((p) => p.at <= input.now).at(-1);
  const result = applyHygiene(evaluations, {
    settings: input.settings,
    now: input.now,
    at: ctx.lastSeen,
    alerts: input.alerts.filter((a) => a.subject === subject),
    evidence: {
      ...(latest ? { captureId: latest.captureId, observedAt: latest.at } : {}),
      ...(ctx.notes.length ? { notes: ctx.notes } : {}),
    },
  });
  return ctx.notes.length ? { ...result, notes: ctx.notes } : result;
}

/**
 * The trailing run of points where the condition holds (as a new alert, without hysteresis), and how
 * many captures saw it: each point is a capture that changed something; a later capture that changed
 * nothing shows up as the listing's lastSeen after the last point.
 */
function runOf(
  ctx: SeriesContext,
  rule: PriceRule,
  last: number,
): { start: string; captures: number } {
  let i = last;
  while (i > 0 && rule.check(ctx, i - 1, false) === 'on') i--;
  const captures = last - i + 1 + (ctx.lastSeen > ctx.views[last]!.at ? 1 : 0);
  return { start: ctx.views[i]!.at, captures };
}
