/**
 * The Shopee market module: the buyers' product page with its reviews, on every region's storefront,
 * and the seller's product list in Seller Centre, local and cross-border (DESIGN.md §9). The product editor of the same back office is a different content script
 * (editor.ts). Fixtures: tests/fixtures/shopee/<page-type>/.
 */
import type { MarketModule } from '../types';
import { detectShopeeBlocked } from './detect';
import { matchShopeeUrl, SHOPEE_MATCHES } from './match';
import { parseShopeeInventoryPage } from './parse-inventory';
import { parseShopeeProductPage } from './parse-product';

export const shopee: MarketModule = {
  market: 'shopee',
  matches: SHOPEE_MATCHES,
  matchUrl: matchShopeeUrl,
  detectBlocked: detectShopeeBlocked,
  parsers: {
    [parseShopeeProductPage.id]: parseShopeeProductPage,
    [parseShopeeInventoryPage.id]: parseShopeeInventoryPage,
  },
};
