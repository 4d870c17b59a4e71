/**
 * Promotional price promises in titles ("Cheap Price Guaranteed", "Lowest Price Guaranteed", "Price Match
 * Guarantee", "Best Price"): errors on Amazon and Walmart, whose title policies ban promotional phrases
 * (their existing promotional rules, same sources), and a warning on eBay, whose policies ask for titles
 * that describe the item (search manipulation, misleading titles) without naming these phrases. Product
 * names that merely contain "price" (price tag gun, price guide) stay clean, and so do "unbeatable price" and
 * "cheap price" without a guarantee, which real reviews use (tests/fixtures/compliance/real-en-clean.json).
 */
import { describe, expect, it } from 'vitest';
import { lintText } from '../../../lib/compliance/lint';
import type { Market } from '../../../lib/compliance/types';

const RULES: Array<[Market, string, 'error' | 'warning']> = [
  ['amazon', 'amazon/promotional', 'error'],
  ['walmart', 'walmart/promotional', 'error'],
  ['ebay', 'ebay/title-price-claims', 'warning'],
];

const found = (title: string, market: Market, ruleId: string) =>
  lintText(title, { market })
    .filter((f) => f.ruleId === ruleId)
    .map((f) => [f.severity, f.match]);

describe.each(RULES)('%s: must flag', (market, ruleId, severity) => {
  it.each([
    [
      'Wireless Earbuds Bluetooth 5.3 with Charging Case, Cheap Price Guaranteed',
      'Cheap Price Guaranteed',
    ],
    [
      'Lowest Price Guaranteed - Stainless Steel Water Bottle 32 oz, Leak Proof',
      'Lowest Price Guaranteed',
    ],
    ['Price Match Guarantee Kids Bike Helmet, Adjustable, Ages 3-8', 'Price Match Guarantee'],
    ['Best Price Yoga Mat Non Slip 6mm Thick with Carrying Strap', 'Best Price'],
    [
      'LED Strip Lights 50ft, Guaranteed Lowest Price, RGB Color Changing',
      'Guaranteed Lowest Price',
    ],
    [
      'Kitchen Scale Digital, Unbeatable Price Guarantee, 11 lb Capacity',
      'Unbeatable Price Guarantee',
    ],
    ['Phone Case for iPhone 15 - BEST PRICE GUARANTEE', 'BEST PRICE GUARANTEE'],
  ])('%s', (title, match) => {
    expect(found(title, market, ruleId)).toEqual([[severity, match]]);
  });
});

describe.each(RULES)('%s: must not flag', (market, ruleId) => {
  it.each([
    'Price Tag Gun with 10 Rolls of Labels, 1 Line 8 Digits',
    'Kovels Antiques and Collectibles Price Guide 2025',
    'The Price Is Right Board Game, Family Edition',
    'Best Choice Products 6ft Folding Table, White',
    'Priceless Memories Photo Album, 300 Pockets',
    'Shelf Price Label Holders, Clear, 100 Pack',
  ])('%s', (title) => {
    expect(found(title, market, ruleId)).toEqual([]);
  });
});

it('a shopper\'s "unbeatable price" or "cheap price" (real review wording) is no price promise', () => {
  for (const [market, ruleId] of RULES) {
    for (const text of ['Great product, unbeatable price.', 'Bought two at a cheap price']) {
      expect(found(text, market, ruleId)).toEqual([]);
    }
  }
});

it('eBay: a price promise in the description is not a title rule finding', () => {
  const f = lintText('Lowest price guaranteed on all our stock', {
    market: 'ebay',
    field: 'description',
  });
  expect(f.map((x) => x.ruleId)).not.toContain('ebay/title-price-claims');
});
