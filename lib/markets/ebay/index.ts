/**
 * The eBay market module: item pages, members' Feedback profiles and Seller Hub's Active listings
 * (DESIGN.md §9), on the www hosts of the eBay sites in match.ts. The listing form's compliance lint is
 * separate (editor.ts, registered in ../editors.ts). Fixtures: tests/fixtures/ebay/<page-type>/.
 */
import type { MarketModule } from '../types';
import { detectEbayBlocked } from './detect';
import { EBAY_MATCHES, matchEbayUrl } from './match';
import { parseEbayInventoryPage } from './parse-inventory';
import { parseEbayProductPage } from './parse-product';
import { parseEbayReviewsPage } from './parse-reviews';

export const ebay: MarketModule = {
  market: 'ebay',
  matches: EBAY_MATCHES,
  matchUrl: matchEbayUrl,
  detectBlocked: detectEbayBlocked,
  parsers: {
    [parseEbayProductPage.id]: parseEbayProductPage,
    [parseEbayInventoryPage.id]: parseEbayInventoryPage,
    [parseEbayReviewsPage.id]: parseEbayReviewsPage,
  },
};
