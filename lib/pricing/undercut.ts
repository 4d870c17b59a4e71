/**
 * undercut: a competitor's landed price is below the seller's by more than max(undercutPct %, one
 * currency minor step). Smaller gaps are repricer jitter. An open alert clears only once the gap is
 * back under (undercutPct − hysteresisPct) %, so a price hovering at the threshold does not flap.
 */
import { formatMoney, formatPctValue, zh } from './format';
import {
  chaseAdvice,
  EPS,
  floorClause,
  floorEvidence,
  m,
  pctOf,
  who,
  type PriceRule,
} from './rule';
import { jitter, type SeriesContext } from './series';
import type { Verdict } from './types';

/** Gap and thresholds at point i, or null when the gap cannot be known. */
export function undercutGap(
  ctx: SeriesContext,
  i: number,
): { gap: number; enter: number; exit: number } | null {
  const v = ctx.views[i]!;
  if (!v.own || !v.comp) return null;
  const own = v.own.amount;
  const enter = jitter(own, ctx.settings, ctx.step);
  return {
    gap: own - v.comp.amount,
    enter,
    exit: enter - (own * ctx.settings.thresholds.hysteresisPct) / 100,
  };
}

export const undercut: PriceRule = {
  kind: 'undercut',
  check(ctx, i, open): Verdict {
    const v = ctx.views[i]!;
    const g = undercutGap(ctx, i);
    if (!g) {
      // Holding the buy box, or an offer list with no competitor on it, is a positive sign nobody is
      // below; a price that could not be read (null) is not, so the alert neither opens nor clears.
      return v.own && (v.featuredOwn === true || v.compAbsent) ? 'off' : 'hold';
    }
    if (g.gap > g.enter + EPS) return 'on';
    if (!open) return 'off';
    return g.gap <= g.exit + EPS ? 'off' : 'hold';
  },
  build(ctx, i) {
    const v = ctx.views[i]!;
    const own = v.own!;
    const comp = v.comp!;
    const gapPct = pctOf(own.amount - comp.amount, own.amount);
    const seller = who(v.compSeller);
    const o = formatMoney(own);
    const c = formatMoney(comp);
    const f = floorClause(ctx);
    const p = formatPctValue(gapPct);
    return {
      severity: 'warning',
      message: {
        en: `${seller.en} undercuts you by ${p}%: ${c} against your ${o}${f.en ? ` (${f.en.slice(2)})` : ''}.`,
        zh: zh`${seller.zh} 比您低 ${p}%：对方 ${c}，您 ${o}${f.zh ? `（${f.zh.slice(1)}）` : ''}。`,
      },
      nextStep: chaseAdvice(ctx, comp),
      evidence: {
        competitor: v.compSeller,
        competitorPrice: m(comp),
        ownPrice: m(own),
        gap: {
          amount: m({ amount: own.amount - comp.amount, currency: own.currency }).amount,
          pct: gapPct,
        },
        thresholdPct: ctx.settings.thresholds.undercutPct,
        ...floorEvidence(ctx),
      },
    };
  },
};
