/**
 * The JD (京东) market module: item pages with their reviews, and the seller's product list in 京麦
 * (DESIGN.md §9). Fixtures: tests/fixtures/jd/<page-type>/.
 */
import type { MarketModule } from '../types';
import { detectJdBlocked } from './detect';
import { JD_MATCHES, matchJdUrl } from './match';
import { parseJdInventoryPage } from './parse-inventory';
import { parseJdProductPage } from './parse-product';

export const jd: MarketModule = {
  market: 'jd',
  matches: JD_MATCHES,
  matchUrl: matchJdUrl,
  detectBlocked: detectJdBlocked,
  parsers: {
    [parseJdProductPage.id]: parseJdProductPage,
    [parseJdInventoryPage.id]: parseJdInventoryPage,
  },
};
