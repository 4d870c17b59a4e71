/** What every per-listing price rule provides, and the wording the rules share. */
import type { Localized, Severity } from '../schemas/alert';
import type { Money } from '../schemas/snapshot';
import { formatMoney, roundToMinor } from './format';
import { OWN, type PointView, type SeriesContext } from './series';
import type { PriceAlertKind, Verdict } from './types';

export interface RuleOutput {
  severity: Severity;
  message: Localized;
  nextStep: Localized;
  evidence: Record<string, unknown>;
}

export interface PriceRule {
  kind: PriceAlertKind;
  /**
   * The condition at point `i`. `open` says whether the alert is currently active, which moves the
   * threshold out by the hysteresis margin: an active alert answers `hold` inside the band.
   */
  check: (ctx: SeriesContext, i: number, open: boolean) => Verdict;
  /** The alert for point `i`, called only when `check` said `on`. */
  build: (ctx: SeriesContext, i: number) => RuleOutput;
}

export const EPS = 1e-9;

/** Money for evidence: rounded to the minor unit so JSON shows 21.49, not 21.490000000000002. */
export function m(money: Money): Money {
  return { amount: roundToMinor(money.amount, money.currency), currency: money.currency };
}

export function pctOf(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 100;
}

/** A participant as the subject of a sentence. */
export function who(name: string | null | undefined): Localized {
  if (name === OWN) return { en: 'you', zh: '您' };
  if (!name) return { en: 'A competitor', zh: '一位竞争对手' };
  return { en: name, zh: name };
}

/** `who` inside a sentence: "Matching a competitor at …", not "Matching A competitor". */
export function whoInSentence(name: string | null | undefined): Localized {
  return name ? who(name) : { en: 'a competitor', zh: '一位竞争对手' };
}

/** What the seller's lower bound is called: their floor, or the unit cost standing in for it. */
export function floorWord(ctx: SeriesContext): Localized {
  return ctx.floor?.kind === 'cost' ? { en: 'cost', zh: '成本' } : { en: 'floor', zh: '底价' };
}

/** ", floor US$21.00" / "，底价 US$21.00" (empty without a floor). */
export function floorClause(ctx: SeriesContext): Localized {
  if (!ctx.floorPrice) return { en: '', zh: '' };
  const f = formatMoney(ctx.floorPrice);
  return ctx.floor?.kind === 'cost'
    ? { en: `, cost ${f}`, zh: `，成本 ${f}` }
    : { en: `, floor ${f}`, zh: `，底价 ${f}` };
}

/**
 * The step before any advice that needs the floor, when a floor is set but in another currency and no
 * rate converts it (a floor in INR, a listing in USD): naming that, not "set a floor", which the seller
 * has done. Null when the floor is usable or not set.
 */
export function unconvertedFloorStep(ctx: SeriesContext): Localized | null {
  if (!ctx.floor || ctx.floorPrice) return null;
  const from = ctx.floor.money.currency;
  const to = ctx.currency ?? '?';
  const what = ctx.floor.kind === 'cost' ? { en: 'cost', zh: '成本' } : { en: 'floor', zh: '底价' };
  return {
    en: `Your ${what.en} for ${ctx.floor.key} is in ${from} but this listing sells in ${to}: add the ${from}/${to} rate in Settings so the ${what.en} applies.`,
    zh: `您为 ${ctx.floor.key} 设置的${what.zh}是 ${from}，而该商品以 ${to} 售卖：请在设置中添加 ${from}/${to} 汇率，${what.zh}才会生效。`,
  };
}

/**
 * A competitor's landed price as the seller can find it on the page: `€19.48 (€15.49 + €3.99 shipping)`
 * / `€19.48（€15.49 + 运费 €3.99）` when shipping is on top, else just the price.
 */
export function compPriceText(v: PointView): Localized {
  const total = v.comp ? formatMoney(v.comp) : '';
  if (!v.compParts) return { en: total, zh: total };
  const item = formatMoney(v.compParts.price);
  const ship = formatMoney(v.compParts.shipping);
  return { en: `${total} (${item} + ${ship} shipping)`, zh: `${total}（${item} + 运费 ${ship}）` };
}

/** Stock words of back-office status columns (Amazon "Out of Stock", Taobao 缺货/售罄, Mercado Libre "Agotado" …). */
const OUT_OF_STOCK =
  /out of stock|sold out|缺货|缺貨|售罄|无货|無貨|agotado|esgotado|ausverkauft|rupture de stock|在庫切れ/i;

/**
 * The seller's own listing is out of stock by its latest back-office row (quantity 0, or a status that
 * says so). Then no price sells anything: matching a competitor is pointless until it is restocked.
 */
export function ownOutOfStock(ctx: SeriesContext): boolean {
  const { own, quantity, status } = ctx.listing;
  return own && (quantity === 0 || (status !== undefined && OUT_OF_STOCK.test(status)));
}

/** The next step while the seller is out of stock: restock first, price later. */
export function restockAdvice(target: Money | null): Localized {
  const t = target ? formatMoney(target) : null;
  return {
    en: `You are out of stock, so no price sells anything now: restock (or reactivate the listing) first${t ? `, then compare with ${t}` : ''}.`,
    zh: `您目前缺货，调价也无法成交：请先补货（或重新上架）${t ? `，再对比对方的 ${t}` : ''}。`,
  };
}

/** The next step when a competitor sits at `target`: match if the floor allows, else hold. */
export function chaseAdvice(ctx: SeriesContext, target: Money): Localized {
  const t = formatMoney(target);
  const unconverted = unconvertedFloorStep(ctx);
  if (unconverted) return unconverted;
  if (!ctx.floorPrice) {
    return {
      en: `Set a floor price for this product first, then decide whether to match ${t} or hold.`,
      zh: `请先为该商品设置底价，再决定跟价至 ${t} 还是保持原价。`,
    };
  }
  const f = formatMoney(ctx.floorPrice);
  const w = floorWord(ctx);
  if (target.amount < ctx.floorPrice.amount - EPS) {
    return {
      en: `Do not chase below your ${w.en} of ${f}; hold your price and compete on delivery and stock.`,
      zh: `不要追降到${w.zh} ${f} 以下；保持价格，靠更快的配送和稳定的库存取胜。`,
    };
  }
  return {
    en: `Match ${t} if your margin allows (it is above your ${w.en} of ${f}), or hold and watch.`,
    zh: `如利润允许可跟价至 ${t}（仍高于${w.zh} ${f}），否则保持价格并继续观察。`,
  };
}

export function floorEvidence(ctx: SeriesContext): Record<string, unknown> {
  if (!ctx.floor) return {};
  return {
    floor: ctx.floorPrice ? m(ctx.floorPrice) : null,
    floorSource: { kind: ctx.floor.kind, key: ctx.floor.key, price: ctx.floor.money },
  };
}
