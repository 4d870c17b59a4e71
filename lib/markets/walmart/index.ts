/**
 * The Walmart market module: walmart.com product and review pages, and Seller Center's item list, the
 * seller's own items (DESIGN.md §9). Fixtures: tests/fixtures/walmart/<page-type>/.
 */
import type { MarketModule } from '../types';
import { detectWalmartBlocked } from './detect';
import { matchWalmartUrl, WALMART_MATCHES } from './match';
import { parseWalmartInventoryPage } from './parse-inventory';
import { parseWalmartProductPage } from './parse-product';
import { parseWalmartReviewsPage } from './parse-reviews';

export const walmart: MarketModule = {
  market: 'walmart',
  matches: WALMART_MATCHES,
  matchUrl: matchWalmartUrl,
  detectBlocked: detectWalmartBlocked,
  parsers: Object.fromEntries(
    [parseWalmartProductPage, parseWalmartReviewsPage, parseWalmartInventoryPage].map((p) => [
      p.id,
      p,
    ]),
  ),
};
