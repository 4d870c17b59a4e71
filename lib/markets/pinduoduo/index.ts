/**
 * The Pinduoduo (拼多多) market module: the seller's product list in the merchant back office MMS
 * (DESIGN.md §9). Fixtures: tests/fixtures/pinduoduo/<page-type>/.
 */
import type { MarketModule } from '../types';
import { detectPinduoduoBlocked } from './detect';
import { matchPinduoduoUrl, PINDUODUO_MATCHES } from './match';
import { parsePinduoduoInventoryPage } from './parse-inventory';

export const pinduoduo: MarketModule = {
  market: 'pinduoduo',
  matches: PINDUODUO_MATCHES,
  matchUrl: matchPinduoduoUrl,
  detectBlocked: detectPinduoduoBlocked,
  parsers: { [parsePinduoduoInventoryPage.id]: parsePinduoduoInventoryPage },
};
