/**
 * The Walmart (walmart.com) market module: product pages and review pages (DESIGN.md §9). Fixtures:
 * tests/fixtures/walmart/<page-type>/.
 */
import type { MarketModule } from '../types';
import { detectWalmartBlocked } from './detect';
import { matchWalmartUrl, WALMART_MATCHES } from './match';
import { parseWalmartProductPage } from './parse-product';
import { parseWalmartReviewsPage } from './parse-reviews';

export const walmart: MarketModule = {
  market: 'walmart',
  matches: WALMART_MATCHES,
  matchUrl: matchWalmartUrl,
  detectBlocked: detectWalmartBlocked,
  parsers: Object.fromEntries(
    [parseWalmartProductPage, parseWalmartReviewsPage].map((p) => [p.id, p]),
  ),
};
