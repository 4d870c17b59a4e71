/**
 * The Shopee market module: the seller's product list in Seller Centre, local and cross-border
 * (DESIGN.md §9). The product editor of the same back office is a different content script
 * (editor.ts). Fixtures: tests/fixtures/shopee/<page-type>/.
 */
import type { MarketModule } from '../types';
import { detectShopeeBlocked } from './detect';
import { matchShopeeUrl, SHOPEE_MATCHES } from './match';
import { parseShopeeInventoryPage } from './parse-inventory';

export const shopee: MarketModule = {
  market: 'shopee',
  matches: SHOPEE_MATCHES,
  matchUrl: matchShopeeUrl,
  detectBlocked: detectShopeeBlocked,
  parsers: { [parseShopeeInventoryPage.id]: parseShopeeInventoryPage },
};
