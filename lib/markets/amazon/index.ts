/**
 * The Amazon market module: storefront product, review and offer pages and the Seller Central pages
 * of DESIGN.md §9. Fixtures: tests/fixtures/amazon/<page-type>/.
 */
import type { MarketModule } from '../types';
import { detectAmazonBlocked } from './detect';
import { AMAZON_MATCHES, matchAmazonUrl } from './match';
import { parseBackOfficeReviewsPage } from './parse-back-office-reviews';
import { parseInventoryPage } from './parse-inventory';
import { parseOffersPage } from './parse-offers';
import { parsePricingHealthPage } from './parse-pricing-health';
import { parseProductPage } from './parse-product';
import { parseReviewsPage } from './parse-reviews';

export const amazon: MarketModule = {
  market: 'amazon',
  matches: AMAZON_MATCHES,
  matchUrl: matchAmazonUrl,
  detectBlocked: detectAmazonBlocked,
  parsers: Object.fromEntries(
    [
      parseProductPage,
      parseReviewsPage,
      parseOffersPage,
      parseInventoryPage,
      parsePricingHealthPage,
      parseBackOfficeReviewsPage,
    ].map((p) => [p.id, p]),
  ),
};
