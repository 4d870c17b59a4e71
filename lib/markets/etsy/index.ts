/**
 * The Etsy market module: listing pages with their reviews, the shop reviews page and Shop Manager's
 * listings, the seller's own (DESIGN.md §9).
 * The listing editor's compliance lint is separate (editor.ts, registered in ../editors.ts).
 * Fixtures: tests/fixtures/etsy/<page-type>/.
 */
import type { MarketModule } from '../types';
import { detectEtsyBlocked } from './detect';
import { ETSY_MATCHES, matchEtsyUrl } from './match';
import { parseEtsyInventoryPage } from './parse-inventory';
import { parseEtsyProductPage } from './parse-product';
import { parseEtsyShopReviewsPage } from './parse-shop-reviews';

export const etsy: MarketModule = {
  market: 'etsy',
  matches: ETSY_MATCHES,
  matchUrl: matchEtsyUrl,
  detectBlocked: detectEtsyBlocked,
  parsers: {
    [parseEtsyProductPage.id]: parseEtsyProductPage,
    [parseEtsyShopReviewsPage.id]: parseEtsyShopReviewsPage,
    [parseEtsyInventoryPage.id]: parseEtsyInventoryPage,
  },
};
