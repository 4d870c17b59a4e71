/**
 * The Taobao/Tmall (淘宝/天猫) market module: public item pages with their reviews, and the seller's
 * product list in 千牛 (DESIGN.md §9). The
 * listing editor of the same back office is a different content script (editor.ts). Fixtures:
 * tests/fixtures/taobao/<page-type>/.
 */
import type { MarketModule } from '../types';
import { detectTaobaoBlocked } from './detect';
import { matchTaobaoUrl, TAOBAO_MATCHES } from './match';
import { parseTaobaoInventoryPage } from './parse-inventory';
import { parseTaobaoProductPage } from './parse-product';

export const taobao: MarketModule = {
  market: 'taobao',
  matches: TAOBAO_MATCHES,
  matchUrl: matchTaobaoUrl,
  detectBlocked: detectTaobaoBlocked,
  parsers: {
    [parseTaobaoProductPage.id]: parseTaobaoProductPage,
    [parseTaobaoInventoryPage.id]: parseTaobaoInventoryPage,
  },
};
