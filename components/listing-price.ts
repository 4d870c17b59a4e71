/**
 * How a listing's price reads in the Products and Prices lists: the page's price (or "price not
 * readable"), and whose offer it is. On a product page the price is the featured offer's, which may be
 * a competitor's, so both lists say whose rather than let it pass for the seller's own.
 */
import { formatMoney, t, type Lang } from '@/lib/i18n';
import { BUY_BOX_MARKETS } from '@/lib/markets/names';
import type { ListingRecord } from '@/lib/db/types';

type Priced = Pick<ListingRecord, 'price' | 'priceUnreadable' | 'featuredSeller' | 'market'>;

export function listingPriceText(l: Priced, lang: Lang): string {
  if (l.price) return formatMoney(l.price, lang);
  return l.priceUnreadable ? t(lang, 'priceUnreadable') : '—';
}

/** "featured: SmartHome Deals" (buy-box markets) or "seller: …", when the page named the offer's seller. */
export function listingPriceOwner(l: Priced, lang: Lang): string | null {
  if (!l.featuredSeller || !l.price) return null;
  const key = BUY_BOX_MARKETS.has(l.market) ? 'featuredBy' : 'sellerBy';
  return t(lang, key).replace('{seller}', () => l.featuredSeller!);
}
