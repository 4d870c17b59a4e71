/**
 * undercut: a competitor's landed price is below the seller's by more than max(undercutPct %, one
 * currency minor step). Smaller gaps are repricer jitter. An open alert clears only once the gap is
 * back under (undercutPct − hysteresisPct) %, so a price hovering at the threshold does not flap.
 * On Amazon and Walmart, while the seller's own offer is still the featured one, the alert is info and
 * advises holding rather than matching (see build).
 */
import { formatMoney, formatPctValue, zh } from './format';
import {
  chaseAdvice,
  compPriceText,
  EPS,
  floorClause,
  floorEvidence,
  m,
  ownOutOfStock,
  pctOf,
  restockAdvice,
  unconvertedFloorStep,
  who,
  type PriceRule,
} from './rule';
import { buyBoxLost } from './buy-box-lost';
import { BUY_BOX_MARKETS } from '../markets/names';
import { jitter, type SeriesContext } from './series';
import type { Localized } from '../schemas/alert';
import type { Money } from '../schemas/snapshot';
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
    const c = compPriceText(v);
    const f = floorClause(ctx);
    const by = gapText(own, comp, gapPct);
    // Amazon and Walmart: a cheaper offer that has not taken the featured offer (a merchant-fulfilled
    // offer plus shipping against the seller's Prime offer) is not costing sales yet. Matching it would
    // give margin away for nothing, so the advice is to hold and watch, and the alert is info: it shows
    // in the panel without counting on the badge. Losing the buy box raises buy-box-lost, and this alert
    // turns into a warning with the usual advice.
    const holdsBuyBox = BUY_BOX_MARKETS.has(ctx.listing.market) && v.featuredOwn === true;
    // Out of stock (the latest inventory row): a lower price sells nothing, so restock first (info).
    const outOfStock = ownOutOfStock(ctx);
    // The same cut also took the buy box (or the lowest spot): buy-box-lost is the alert that counts,
    // with the same advice, so this one is info and points to it; one price drop is one badge count.
    const alsoLost = !outOfStock && lostToUndercutter(ctx, i);
    const message = {
      en: `${seller.en} undercuts you by ${by.en}: ${c.en} against your ${o}${f.en ? ` (${f.en.slice(2)})` : ''}`,
      zh: zh`${seller.zh} 比您低 ${by.zh}：对方 ${c.zh}，您 ${o}${f.zh ? `（${f.zh.slice(1)}）` : ''}`,
    };
    const lostAlert = BUY_BOX_MARKETS.has(ctx.listing.market)
      ? {
          en: 'they also took the buy box (see that alert)',
          zh: '对方也抢走了购物车（Buy Box），详见该提醒',
        }
      : {
          en: 'you are no longer the lowest offer (see that alert)',
          zh: '您已不再是最低价，详见“失去最低价”提醒',
        };
    return {
      severity: holdsBuyBox || outOfStock || alsoLost ? 'info' : 'warning',
      message: outOfStock
        ? { en: `${message.en}, but you are out of stock.`, zh: `${message.zh}，但您目前缺货。` }
        : alsoLost
          ? { en: `${message.en}; ${lostAlert.en}.`, zh: `${message.zh}；${lostAlert.zh}。` }
          : holdsBuyBox
            ? {
                en: `${message.en}, but you still hold the buy box.`,
                zh: `${message.zh}，但购物车（Buy Box）仍在您手中。`,
              }
            : { en: `${message.en}.`, zh: `${message.zh}。` },
      nextStep: outOfStock
        ? restockAdvice(comp)
        : holdsBuyBox
          ? holdAdvice(ctx, comp)
          : chaseAdvice(ctx, comp),
      evidence: {
        competitor: v.compSeller,
        competitorPrice: m(comp),
        ...(v.compParts
          ? {
              competitorItemPrice: m(v.compParts.price),
              competitorShipping: m(v.compParts.shipping),
            }
          : {}),
        ownPrice: m(own),
        gap: {
          amount: m({ amount: own.amount - comp.amount, currency: own.currency }).amount,
          pct: gapPct,
        },
        thresholdPct: ctx.settings.thresholds.undercutPct,
        ...(holdsBuyBox ? { holdsBuyBox: true } : {}),
        ...(outOfStock ? { outOfStock: true } : {}),
        ...(alsoLost
          ? { alsoLost: BUY_BOX_MARKETS.has(ctx.listing.market) ? 'buy-box' : 'lowest-offer' }
          : {}),
        ...floorEvidence(ctx),
      },
    };
  },
};

/**
 * Did the undercutter also take the buy box at point i (Amazon, Walmart: the featured offer is theirs,
 * or at no more than the lowest competitor's price), or, on markets without one, the lowest spot?
 */
function lostToUndercutter(ctx: SeriesContext, i: number): boolean {
  if (buyBoxLost.check(ctx, i, false) !== 'on') return false;
  if (!BUY_BOX_MARKETS.has(ctx.listing.market)) return true;
  const v = ctx.views[i]!;
  if (v.featuredSeller !== null && v.featuredSeller === v.compSeller) return true;
  return !!(v.featuredPrice && v.comp && v.featuredPrice.amount <= v.comp.amount + EPS);
}

/**
 * The next step while the seller still holds the buy box: keep the price and watch, not "match". A
 * floor that needs a rate, or a competitor below the floor, still gets the floor's own advice.
 */
function holdAdvice(ctx: SeriesContext, comp: Money): Localized {
  const unconverted = unconvertedFloorStep(ctx);
  if (unconverted) return unconverted;
  if (ctx.floorPrice && comp.amount < ctx.floorPrice.amount - EPS) return chaseAdvice(ctx, comp);
  const c = formatMoney(comp);
  return {
    en: `You still hold the buy box, so there is no need to match ${c}: keep your price and watch; react only if you lose the buy box.`,
    zh: `购物车（Buy Box）仍在您手中，无需跟价至 ${c}：建议保持价格并继续观察，失去购物车后再考虑应对。`,
  };
}

/**
 * How far below: `4%`, or for a gap that rounds to 0.0 % (a 2-cent gap on US$100 with undercutPct 0)
 * the money with a finer percentage, `US$0.02 (0.02%)`, never "0%".
 */
export function gapText(own: Money, comp: Money, gapPct: number): { en: string; zh: string } {
  const p = formatPctValue(gapPct);
  if (p !== '0') return { en: `${p}%`, zh: `${p}%` };
  const money = formatMoney({ amount: own.amount - comp.amount, currency: own.currency });
  const exact = ((own.amount - comp.amount) / own.amount) * 100;
  const fine = exact >= 0.01 ? `${Number(exact.toPrecision(1))}%` : '<0.01%';
  return { en: `${money} (${fine})`, zh: `${money}（${fine}）` };
}
