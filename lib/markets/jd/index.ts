/**
 * The JD (京东) market module: item pages with their reviews (DESIGN.md §9). Fixtures:
 * tests/fixtures/jd/<page-type>/.
 */
import type { MarketModule } from '../types';
import { detectJdBlocked } from './detect';
import { JD_MATCHES, matchJdUrl } from './match';
import { parseJdProductPage } from './parse-product';

export const jd: MarketModule = {
  market: 'jd',
  matches: JD_MATCHES,
  matchUrl: matchJdUrl,
  detectBlocked: detectJdBlocked,
  parsers: { [parseJdProductPage.id]: parseJdProductPage },
};
