/**
 * price-war: at least priceWarMinCuts alternating price cuts on one product within priceWarWindowHours
 * (between the seller and competitors, or among competitors), with a cumulative decline of at least
 * priceWarMinDeclinePct. Consecutive cuts by the same participant merge into one move, so one seller
 * walking its price down (or a repricer flip-flopping) is not a war: a war needs an answer.
 * Escalates to critical when the price fought over is within floorProximityPct of the seller's floor.
 * An open war resolves only after a whole window without any cut (the hysteresis of a time rule).
 */
import type { Localized } from '../schemas/alert';
import type { Money } from '../schemas/snapshot';
import { formatDuration, formatMoney, formatPctValue, joinNames } from './format';
import {
  EPS,
  floorClause,
  floorEvidence,
  m,
  pctOf,
  unconvertedFloorStep,
  type PriceRule,
} from './rule';
import { OWN, timeAt, type Cut, type SeriesContext } from './series';
import type { Verdict } from './types';

export interface Move {
  who: string;
  at: string;
  ms: number;
  from: Money;
  to: Money;
  /** Cuts merged into this move (a participant cutting twice before anyone answers). */
  cuts: number;
}

function cutsInWindow(ctx: SeriesContext, t: number): Cut[] {
  const start = t - ctx.settings.thresholds.priceWarWindowHours * 3_600_000;
  return ctx.cuts.filter((c) => c.ms > start && c.ms <= t);
}

export function toMoves(cuts: readonly Cut[]): Move[] {
  const moves: Move[] = [];
  for (const c of cuts) {
    const last = moves[moves.length - 1];
    if (last && last.who === c.who) {
      last.to = c.to;
      last.at = c.at;
      last.ms = c.ms;
      last.cuts++;
    } else {
      moves.push({ who: c.who, at: c.at, ms: c.ms, from: c.from, to: c.to, cuts: 1 });
    }
  }
  return moves;
}

export interface War {
  moves: Move[];
  participants: string[];
  start: Money;
  low: Money;
  declinePct: number;
}

export function detectWar(ctx: SeriesContext, t: number): War | null {
  const moves = toMoves(cutsInWindow(ctx, t));
  const th = ctx.settings.thresholds;
  if (moves.length < th.priceWarMinCuts) return null;
  const participants = [...new Set(moves.map((mv) => mv.who))];
  if (participants.length < 2) return null;
  const start = moves[0]!.from;
  let low = moves[0]!.to;
  for (const mv of moves) if (mv.to.amount < low.amount) low = mv.to;
  const declinePct = pctOf(start.amount - low.amount, start.amount);
  if (declinePct + EPS < th.priceWarMinDeclinePct) return null;
  return { moves, participants, start, low, declinePct };
}

/** The price being fought at now: the lower of the seller's and the lowest competitor's. */
function currentLow(ctx: SeriesContext, i: number, war: War): Money {
  const v = ctx.views[i]!;
  let low: Money | null = null;
  for (const p of [v.own, v.comp]) if (p && (!low || p.amount < low.amount)) low = p;
  return low ?? war.moves[war.moves.length - 1]!.to;
}

/** What to do in a war: by where its low stands against the seller's floor, if there is one. */
function warNextStep(ctx: SeriesContext, low: Money, nearFloor: boolean): Localized {
  const floor = ctx.floorPrice;
  if (!floor) {
    return (
      unconvertedFloorStep(ctx) ?? {
        en: 'Hold rather than cut again, and set a floor price for this product so the engine can warn you before it is too late.',
        zh: '建议保持价格，不要继续降价；并为该商品设置底价，以便在触底前收到提醒。',
      }
    );
  }
  const floorText = formatMoney(floor);
  if (low.amount < floor.amount - EPS) {
    return {
      en: `Hold: the war has gone below your floor of ${floorText} (now ${formatMoney(low)}); do not follow it down, every sale there is under your floor.`,
      zh: `保持价格：价格战已跌破您的底价 ${floorText}（现为 ${formatMoney(low)}）；不要跟降，在这个价格每卖一件都低于底价。`,
    };
  }
  if (nearFloor) {
    return {
      en: `Hold: the war has reached ${formatMoney(low)}, close to your floor of ${floorText}; do not chase below it.`,
      zh: `保持价格：价格战已打到 ${formatMoney(low)}，接近您的底价 ${floorText}；不要追降到底价以下。`,
    };
  }
  return {
    en: `Hold rather than cut again; if you must keep the buy box, match once and never go below ${floorText}.`,
    zh: `建议保持价格，不要继续降价；如必须保住购物车，最多跟价一次，且绝不低于 ${floorText}。`,
  };
}

export const priceWar: PriceRule = {
  kind: 'price-war',
  check(ctx, i, open): Verdict {
    const t = timeAt(ctx, i);
    if (detectWar(ctx, t)) return 'on';
    if (!open) return 'off';
    return cutsInWindow(ctx, t).length === 0 ? 'off' : 'hold';
  },
  build(ctx, i) {
    const war = detectWar(ctx, timeAt(ctx, i))!;
    const v = ctx.views[i]!;
    const th = ctx.settings.thresholds;
    const low = currentLow(ctx, i, war);
    const nearFloor =
      ctx.floorPrice !== null &&
      low.amount <= ctx.floorPrice.amount * (1 + th.floorProximityPct / 100) + EPS;
    const first = war.moves[0]!;
    const last = war.moves[war.moves.length - 1]!;
    const span = {
      en: formatDuration(last.ms - first.ms, 'en'),
      zh: formatDuration(last.ms - first.ms, 'zh'),
    };
    const n = war.moves.length;
    const range = `${formatMoney(war.start)} → ${formatMoney(war.low)}`;
    const pct = formatPctValue(war.declinePct);
    const others = war.participants.filter((p) => p !== OWN);
    const ownIn = others.length < war.participants.length;
    const names = { en: joinNames(others, 'en'), zh: joinNames(others, 'zh') };
    const youAt = v.own
      ? { en: `you are at ${formatMoney(v.own)}`, zh: `您的价格为 ${formatMoney(v.own)}` }
      : null;
    const f = floorClause(ctx);
    const tail = {
      en: youAt ? `; ${youAt.en}${f.en}.` : f.en ? `; ${f.en.slice(2)}.` : '.',
      zh: youAt ? `；${youAt.zh}${f.zh}。` : f.zh ? `；${f.zh.slice(1)}。` : '。',
    };
    const message = ownIn
      ? {
          en: `Price war with ${names.en}: ${n} alternating price cuts in ${span.en} (${range}, \u2212${pct}%)${tail.en}`,
          zh: `与 ${names.zh} 的价格战：${span.zh}内交替降价 ${n} 次（${range}，\u2212${pct}%）${tail.zh}`,
        }
      : {
          en: `Price war between ${names.en}: ${n} alternating price cuts in ${span.en} (${range}, \u2212${pct}%)${tail.en}`,
          zh: `${names.zh} 之间的价格战：${span.zh}内交替降价 ${n} 次（${range}，\u2212${pct}%）${tail.zh}`,
        };
    const nextStep = warNextStep(ctx, low, nearFloor);
    return {
      severity: nearFloor ? 'critical' : 'warning',
      message,
      nextStep,
      evidence: {
        cuts: war.moves.map((mv) => ({
          who: mv.who === OWN ? ctx.ownName : mv.who,
          own: mv.who === OWN,
          at: mv.at,
          from: m(mv.from),
          to: m(mv.to),
          ...(mv.cuts > 1 ? { steps: mv.cuts } : {}),
        })),
        participants: war.participants.map((p) => (p === OWN ? ctx.ownName : p)),
        windowHours: th.priceWarWindowHours,
        spanHours: Math.round(((last.ms - first.ms) / 3_600_000) * 10) / 10,
        start: m(war.start),
        low: m(war.low),
        declinePct: war.declinePct,
        currentLow: m(low),
        ownPrice: v.own ? m(v.own) : null,
        nearFloor,
        ...floorEvidence(ctx),
      },
    };
  },
};
