/**
 * buy-box-lost: on Amazon and Walmart the featured offer went from the seller to someone else; on
 * markets without a buy box, the seller was the lowest offer and no longer is. Resolves when the seller
 * holds the featured offer again (or is back to the lowest price). Without a buy box, a competitor lower
 * by one currency minor step is enough: the lowest spot is lost by a cent as much as by a dollar.
 *
 * Severity: critical for the seller's top sellers (recompute ranks own listings by ratingCount, the
 * best proxy for sales a page shows), warning otherwise.
 */
import { formatMoney, zh } from './format';
import {
  chaseAdvice,
  EPS,
  floorEvidence,
  m,
  ownOutOfStock,
  restockAdvice,
  who,
  type PriceRule,
} from './rule';
import { BUY_BOX_MARKETS } from '../markets/names';
import type { SeriesContext } from './series';
import type { Verdict } from './types';

function hasBuyBox(ctx: SeriesContext): boolean {
  return BUY_BOX_MARKETS.has(ctx.listing.market);
}

/** On lowest-price markets: was the seller the lowest offer at some point before i? */
function wasLowestBefore(ctx: SeriesContext, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const v = ctx.views[j]!;
    if (v.own && ((v.comp && v.own.amount <= v.comp.amount + EPS) || v.compAbsent)) return true;
  }
  return false;
}

export const buyBoxLost: PriceRule = {
  kind: 'buy-box-lost',
  check(ctx, i, open): Verdict {
    const v = ctx.views[i]!;
    if (hasBuyBox(ctx)) {
      if (v.featuredOwn === null) return 'hold';
      if (v.featuredOwn) return 'off';
      // A competitor's page the seller does not sell on is not a lost buy box.
      return v.own || ctx.listing.own ? 'on' : 'hold';
    }
    if (!v.own || !v.comp) return v.own && v.compAbsent ? 'off' : 'hold';
    // Lowest-offer mode: being the lowest is the whole point, so a competitor below by one minor step
    // (US$19.99 against US$20.00) counts; only sub-step jitter (converted prices) is ignored. This is
    // not the undercut threshold (max(undercutPct %, one step)): losing the lowest spot by 0.75 % is lost.
    const gap = v.own.amount - v.comp.amount;
    if (gap >= ctx.step * (1 - 1e-6) && wasLowestBefore(ctx, i)) return 'on';
    if (!open) return 'off';
    // Back to the lowest price (a tie counts, as in wasLowestBefore).
    return gap <= EPS ? 'off' : 'hold';
  },
  build(ctx, i) {
    const v = ctx.views[i]!;
    const buyBox = hasBuyBox(ctx);
    const winner = buyBox ? v.featuredSeller : v.compSeller;
    const price = buyBox ? v.featuredPrice : v.comp;
    const w = who(winner);
    const p = price ? formatMoney(price) : null;
    const own = v.own ? formatMoney(v.own) : null;
    const youEn = own ? `; you are at ${own}` : '';
    const youZh = own ? `；您的价格为 ${own}` : '';
    const message = buyBox
      ? {
          en: `${w.en} took the buy box${p ? ` at ${p}` : ''}${youEn}.`,
          zh: zh`${w.zh}${p ? ` 以 ${p}` : ''} 抢走了购物车（Buy Box）${youZh}。`,
        }
      : {
          en: `You are no longer the lowest offer: ${w.en} is at ${p}${youEn}.`,
          zh: zh`您已不再是最低价：${w.zh} 售价 ${p}${youZh}。`,
        };
    // Out of stock: losing the buy box (or the lowest spot) follows from it; restock first (info).
    const outOfStock = ownOutOfStock(ctx);
    // Winning the buy box at a price no lower than the seller's means it was not won on price.
    const nextStep = outOfStock
      ? restockAdvice(price)
      : price && v.own && price.amount >= v.own.amount - EPS
        ? {
            en: `They won it without a lower price: check your stock, shipping speed and fulfilment before touching the price.`,
            zh: `对方并未以更低价格赢得购物车：先检查库存、配送时效和履约方式，再考虑调价。`,
          }
        : price
          ? chaseAdvice(ctx, price)
          : {
              en: 'Open the offer list to see the winning price before reacting.',
              zh: '请先打开全部报价查看对方价格，再做应对。',
            };
    return {
      severity: outOfStock ? 'info' : ctx.topSeller ? 'critical' : 'warning',
      message: outOfStock
        ? {
            en: message.en.replace(/\.$/, ' (you are out of stock).'),
            zh: message.zh.replace(/。$/, '（您目前缺货）。'),
          }
        : message,
      nextStep,
      evidence: {
        market: ctx.listing.market,
        mode: buyBox ? 'featured-offer' : 'lowest-offer',
        winner,
        winnerPrice: price ? m(price) : null,
        ownPrice: v.own ? m(v.own) : null,
        topSeller: ctx.topSeller,
        ...(outOfStock ? { outOfStock: true } : {}),
        ...floorEvidence(ctx),
      },
    };
  },
};
