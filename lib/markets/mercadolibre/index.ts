/**
 * The Mercado Libre market module (all its country sites): public item, catalog and user-product
 * pages, and the seller's own listings (DESIGN.md §9). Fixtures: tests/fixtures/mercadolibre/<page-type>/.
 */
import type { MarketModule } from '../types';
import { detectMeliBlocked } from './detect';
import { matchMeliUrl, MELI_MATCHES } from './match';
import { parseMeliInventoryPage } from './parse-inventory';
import { parseMeliProductPage } from './parse-product';

export const mercadolibre: MarketModule = {
  market: 'mercadolibre',
  matches: MELI_MATCHES,
  matchUrl: matchMeliUrl,
  detectBlocked: detectMeliBlocked,
  parsers: {
    [parseMeliProductPage.id]: parseMeliProductPage,
    [parseMeliInventoryPage.id]: parseMeliInventoryPage,
  },
};
