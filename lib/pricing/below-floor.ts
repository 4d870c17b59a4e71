/**
 * below-floor: the price the seller would need to match (the lowest competitor landed price, or a
 * competitor's featured price) is below the seller's floor, so the advice is not to chase. Floors come
 * from settings.floors (or settings.costs when no floor is set) by listing id, product key or SKU.
 *
 * Severity: warning while the seller is still at or above the floor; critical once the seller's own
 * price is below it (the chase already happened and every sale loses margin).
 * An open alert clears when the competitor is back above the floor by hysteresisPct and the seller's
 * own price is not below it.
 */
import { formatMoney, zh } from './format';
import { EPS, floorEvidence, floorWord, m, whoInSentence, type PriceRule } from './rule';
import type { Verdict } from './types';

export const belowFloor: PriceRule = {
  kind: 'below-floor',
  check(ctx, i, open): Verdict {
    const floor = ctx.floorPrice;
    if (!floor) return 'off';
    const v = ctx.views[i]!;
    const ownBelow = v.own !== null && v.own.amount < floor.amount - EPS;
    const matchBelow = v.comp !== null && v.comp.amount < floor.amount - EPS;
    if (ownBelow || matchBelow) return 'on';
    if (!open) return 'off';
    const clearFloor = floor.amount * (1 + ctx.settings.thresholds.hysteresisPct / 100) - EPS;
    const compClear = v.comp ? v.comp.amount >= clearFloor : v.featuredOwn === true || v.compAbsent;
    return compClear ? 'off' : 'hold';
  },
  build(ctx, i) {
    const v = ctx.views[i]!;
    const floor = ctx.floorPrice!;
    const f = formatMoney(floor);
    const word = floorWord(ctx);
    const ownBelow = v.own !== null && v.own.amount < floor.amount - EPS;
    const seller = whoInSentence(v.compSeller);
    const comp = v.comp && v.comp.amount < floor.amount - EPS ? v.comp : null;
    let message;
    if (ownBelow) {
      const o = formatMoney(v.own!);
      const compEn = v.comp ? `; the lowest competitor is at ${formatMoney(v.comp)}` : '';
      const compZh = v.comp ? `；最低竞争价为 ${formatMoney(v.comp)}` : '';
      message = {
        en: `Your price ${o} is below your ${word.en} of ${f}${compEn}.`,
        zh: `您的价格 ${o} 已低于${word.zh} ${f}${compZh}。`,
      };
    } else {
      const c = formatMoney(comp!);
      const youEn = v.own ? ` (you are at ${formatMoney(v.own)})` : '';
      const youZh = v.own ? `（您目前为 ${formatMoney(v.own)}）` : '';
      message = {
        en: `Matching ${seller.en} at ${c} would take you below your ${word.en} of ${f}${youEn}.`,
        zh: zh`若跟价至 ${seller.zh} 的 ${c}，将低于您的${word.zh} ${f}${youZh}。`,
      };
    }
    const nextStep = ownBelow
      ? {
          en: `Raise your price back to at least ${f}, unless you are clearing stock on purpose.`,
          zh: `请把价格调回至少 ${f}，除非您是有意清仓。`,
        }
      : {
          en: `Do not chase below your ${word.en}; hold at ${f} or above and compete on delivery and stock.`,
          zh: `不要追降到${word.zh}以下；保持在 ${f} 或以上，靠更快的配送和稳定的库存取胜。`,
        };
    return {
      severity: ownBelow ? 'critical' : 'warning',
      message,
      nextStep,
      evidence: {
        competitor: v.compSeller,
        competitorPrice: v.comp ? m(v.comp) : null,
        ownPrice: v.own ? m(v.own) : null,
        ownBelowFloor: ownBelow,
        ...floorEvidence(ctx),
      },
    };
  },
};
