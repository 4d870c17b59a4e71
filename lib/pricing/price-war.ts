/**
 * price-war: at least priceWarMinCuts alternating price cuts on one product within priceWarWindowHours
 * (between the seller and competitors, or among competitors), with a cumulative decline of at least
 * priceWarMinDeclinePct. Cuts seen in one capture are one round (a sale day where several sellers
 * discount at once is not a back-and-forth), and rounds in which only the sellers who just cut cut
 * again merge into one move, so one seller walking its price down (or a repricer flip-flopping) is not
 * a war either: a war needs an answer. Its duration runs from the first round to the last.
 * Escalates to critical when the price fought over is within floorProximityPct of the seller's floor.
 * An open war resolves only after a whole window without any cut (the hysteresis of a time rule).
 */
import type { Localized } from '../schemas/alert';
import type { Money } from '../schemas/snapshot';
import { formatDuration, formatMoney, formatPctValue, joinNames, zh } from './format';
import {
  EPS,
  floorClause,
  floorEvidence,
  floorWord,
  m,
  pctOf,
  unconvertedFloorStep,
  type PriceRule,
} from './rule';
import { BUY_BOX_MARKETS } from '../markets/names';
import { OWN, timeAt, type Cut, type SeriesContext } from './series';
import type { Verdict } from './types';

/** One participant's part in a move: its price from → to, over `cuts` cuts. */
export interface MovePart {
  who: string;
  at: string;
  from: Money;
  to: Money;
  cuts: number;
}

/**
 * One move of a war: the cuts of one capture (a round), plus the later rounds in which only sellers
 * who had just cut cut again, before anyone else answered.
 */
export interface Move {
  /** Time of the move's first and last round. */
  startMs: number;
  ms: number;
  parts: MovePart[];
}

function cutsInWindow(ctx: SeriesContext, t: number): Cut[] {
  const start = t - ctx.settings.thresholds.priceWarWindowHours * 3_600_000;
  return ctx.cuts.filter((c) => c.ms > start && c.ms <= t);
}

/** Cuts grouped by the capture that saw them (cuts are in time order; one capture has one time). */
function toRounds(cuts: readonly Cut[]): Cut[][] {
  const rounds: Cut[][] = [];
  for (const c of cuts) {
    const last = rounds[rounds.length - 1];
    if (last && last[0]!.ms === c.ms) last.push(c);
    else rounds.push([c]);
  }
  return rounds;
}

function addCut(parts: MovePart[], c: Cut): void {
  const part = parts.find((p) => p.who === c.who);
  if (!part) parts.push({ who: c.who, at: c.at, from: c.from, to: c.to, cuts: 1 });
  else {
    if (c.to.amount < part.to.amount) part.to = c.to;
    part.at = c.at;
    part.cuts++;
  }
}

/**
 * The moves of a cut sequence. Cuts seen in one capture are one round: three sellers each discounting
 * once on a sale day were seen together, and none of them answered another. A round answers the one
 * before when someone cuts in it who did not cut in that previous round; otherwise (the same sellers
 * walking their prices down, a repricer flip-flopping) it merges into the current move.
 */
export function toMoves(cuts: readonly Cut[]): Move[] {
  const moves: Move[] = [];
  let previous: ReadonlySet<string> = new Set();
  for (const round of toRounds(cuts)) {
    const who = new Set(round.map((c) => c.who));
    const last = moves[moves.length - 1];
    const answers = [...who].some((w) => !previous.has(w));
    const move: Move = last && !answers ? last : { startMs: round[0]!.ms, ms: 0, parts: [] };
    if (move !== last) moves.push(move);
    move.ms = round[0]!.ms;
    for (const c of round) addCut(move.parts, c);
    previous = who;
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
  const parts = moves.flatMap((mv) => mv.parts);
  const participants = [...new Set(parts.map((p) => p.who))];
  if (participants.length < 2) return null;
  // The price the war started from: the lowest any first mover cut from (a sale that took several
  // sellers down at once starts the decline at the cheapest of them, not the dearest).
  let start = moves[0]!.parts[0]!.from;
  for (const p of moves[0]!.parts) if (p.from.amount < start.amount) start = p.from;
  let low = parts[0]!.to;
  for (const p of parts) if (p.to.amount < low.amount) low = p.to;
  const declinePct = pctOf(start.amount - low.amount, start.amount);
  if (declinePct + EPS < th.priceWarMinDeclinePct) return null;
  return { moves, participants, start, low, declinePct };
}

/** The price being fought at now: the lower of the seller's and the lowest competitor's. */
function currentLow(ctx: SeriesContext, i: number, war: War): Money {
  const v = ctx.views[i]!;
  let low: Money | null = null;
  for (const p of [v.own, v.comp]) if (p && (!low || p.amount < low.amount)) low = p;
  return low ?? war.low;
}

/**
 * What to do in a war: by where its low stands against the seller's floor, if there is one, and by
 * whether the seller has cut at all (a war among competitors). Only Amazon and Walmart have a buy box;
 * elsewhere what a seller keeps by matching is the lowest price.
 */
function warNextStep(
  ctx: SeriesContext,
  low: Money,
  nearFloor: boolean,
  ownCut: boolean,
): Localized {
  const floor = ctx.floorPrice;
  if (!floor) {
    return (
      unconvertedFloorStep(ctx) ??
      (ownCut
        ? {
            en: 'Hold rather than cut again, and set a floor price for this product so the engine can warn you before it is too late.',
            zh: '建议保持价格，不要继续降价；并为该商品设置底价，以便在触底前收到提醒。',
          }
        : {
            en: 'You have not cut: hold your price and let them fight it out, and set a floor price for this product so the engine can warn you before it is too late.',
            zh: '您尚未降价：建议保持价格，让对方之间去拼；并为该商品设置底价，以便在触底前收到提醒。',
          })
    );
  }
  const floorText = formatMoney(floor);
  const w = floorWord(ctx);
  if (low.amount < floor.amount - EPS) {
    return {
      en: `Hold: the war has gone below your ${w.en} of ${floorText} (now ${formatMoney(low)}); do not follow it down, every sale there is under your ${w.en}.`,
      zh: `保持价格：价格战已跌破您的${w.zh} ${floorText}（现为 ${formatMoney(low)}）；不要跟降，在这个价格每卖一件都低于${w.zh}。`,
    };
  }
  if (nearFloor) {
    return {
      en: `Hold: the war has reached ${formatMoney(low)}, close to your ${w.en} of ${floorText}; do not chase below it.`,
      zh: `保持价格：价格战已打到 ${formatMoney(low)}，接近您的${w.zh} ${floorText}；不要追降到${w.zh}以下。`,
    };
  }
  const buyBox = BUY_BOX_MARKETS.has(ctx.listing.market);
  if (!ownCut) {
    return buyBox
      ? {
          en: `You have not cut: hold your price unless you lose the buy box; then match once at most and never go below ${floorText}.`,
          zh: `您尚未降价：建议保持价格，除非失去购物车（Buy Box）；届时最多跟价一次，且绝不低于 ${floorText}。`,
        }
      : {
          en: `You have not cut: hold your price unless your sales drop; if you must have the lowest price, match once at most and never go below ${floorText}.`,
          zh: `您尚未降价：建议保持价格，除非销量明显下滑；如必须保持最低价，最多跟价一次，且绝不低于 ${floorText}。`,
        };
  }
  return buyBox
    ? {
        en: `Hold rather than cut again; if you must keep the buy box, match once and never go below ${floorText}.`,
        zh: `建议保持价格，不要继续降价；如必须保住购物车（Buy Box），最多跟价一次，且绝不低于 ${floorText}。`,
      }
    : {
        en: `Hold rather than cut again; if you must keep the lowest price, match once and never go below ${floorText}.`,
        zh: `建议保持价格，不要继续降价；如必须保持最低价，最多跟价一次，且绝不低于 ${floorText}。`,
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
    // From the first round to the last (captures apart; pages opened in quick succession can make it
    // under a minute). Chinese says "within": 1 分钟内, not 不到 1 分钟内.
    const spanMs = last.ms - first.startMs;
    const zhSpan = formatDuration(spanMs, 'zh');
    const span = {
      en: formatDuration(spanMs, 'en'),
      zh: zhSpan.startsWith('不到 ') ? zhSpan.slice(3) : zhSpan,
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
          zh: zh`与 ${names.zh} 的价格战：${span.zh}内交替降价 ${n} 次（${range}，\u2212${pct}%）${tail.zh}`,
        }
      : {
          en: `Price war between ${names.en}: ${n} alternating price cuts in ${span.en} (${range}, \u2212${pct}%)${tail.en}`,
          zh: zh`${names.zh} 之间的价格战：${span.zh}内交替降价 ${n} 次（${range}，\u2212${pct}%）${tail.zh}`,
        };
    const nextStep = warNextStep(ctx, low, nearFloor, ownIn);
    return {
      severity: nearFloor ? 'critical' : 'warning',
      message,
      nextStep,
      evidence: {
        cuts: war.moves.flatMap((mv) =>
          mv.parts.map((p) => ({
            who: p.who === OWN ? ctx.ownName : p.who,
            own: p.who === OWN,
            at: p.at,
            from: m(p.from),
            to: m(p.to),
            ...(p.cuts > 1 ? { steps: p.cuts } : {}),
          })),
        ),
        participants: war.participants.map((p) => (p === OWN ? ctx.ownName : p)),
        windowHours: th.priceWarWindowHours,
        spanHours: Math.round((spanMs / 3_600_000) * 10) / 10,
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
