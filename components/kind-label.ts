/**
 * The name of an alert kind as the seller's market calls it: only Amazon and Walmart have a buy box
 * (购物车); on eBay, Taobao and the others buy-box-lost means the seller is no longer the lowest price
 * ("失去最低价"), and a count over several markets names both.
 */
import { t, type Lang, type MessageKey } from '@/lib/i18n';
import { BUY_BOX_MARKETS, marketOfId } from '@/lib/markets/names';
import type { AlertKind } from '@/lib/schemas/alert';

/**
 * @param subject the alert's subject (a listing id names its market); without one (a count over
 *   every market) buy-box-lost is named for both kinds of market.
 */
export function kindLabel(kind: AlertKind, lang: Lang, subject?: string): string {
  if (kind === 'buy-box-lost') {
    if (subject === undefined) return t(lang, 'kind_buy-box-or-lowest-lost');
    const market = marketOfId(subject);
    if (market && !BUY_BOX_MARKETS.has(market)) return t(lang, 'kind_lowest-lost');
  }
  return t(lang, `kind_${kind}` as MessageKey);
}
