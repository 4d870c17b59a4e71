/**
 * Alert kinds named as the seller's market names them: only Amazon and Walmart have a buy box (购物车);
 * on eBay or Taobao the same alert means the seller lost the lowest price.
 */
import { describe, expect, it } from 'vitest';
import { kindLabel } from '../../../components/kind-label';

describe('kindLabel', () => {
  it.each([
    ['amazon:B0057OC5O8', 'en', 'Buy box lost'],
    ['amazon:B0D4KX7TQ2@amazon.de', 'zh', '失去购物车'],
    ['walmart:55501', 'en', 'Buy box lost'],
    ['ebay:285012345678', 'en', 'Lowest price lost'],
    ['taobao:730018455612', 'zh', '失去最低价'],
    ['pinduoduo:123', 'zh', '失去最低价'],
  ] as const)('buy-box-lost on %s (%s): %s', (subject, lang, label) => {
    expect(kindLabel('buy-box-lost', lang, subject)).toBe(label);
  });

  it('a count over every market names both; other kinds are unchanged', () => {
    expect(kindLabel('buy-box-lost', 'en')).toBe('Buy box or lowest price lost');
    expect(kindLabel('buy-box-lost', 'zh')).toBe('失去购物车或最低价');
    expect(kindLabel('price-war', 'zh', 'taobao:730018455612')).toBe('价格战');
    expect(kindLabel('parser-health', 'en', 'amazon-product')).toBe('Page not readable');
  });

  it('does not call a review alert a negative review: a 4★ review that mentions a problem raises it too', () => {
    expect(kindLabel('negative-review', 'en', 'amazon:B0057OC5O8')).toBe('Review complaint');
    expect(kindLabel('negative-review', 'zh', 'amazon:B0057OC5O8')).toBe('评论问题');
    expect(kindLabel('negative-spike', 'en', 'amazon:B0057OC5O8')).toBe('Negative review spike');
    expect(kindLabel('negative-spike', 'zh', 'amazon:B0057OC5O8')).toBe('负面评论激增');
  });
});
