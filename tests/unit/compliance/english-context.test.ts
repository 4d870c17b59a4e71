/**
 * English words that are claims in one reading and ordinary nouns in another: "treats" (a dog's treats,
 * not a drug that treats arthritis), "pesticide" (pesticide-free coffee is not a pesticide), "clearance"
 * (a 13 ft low clearance sign, not a clearance sale). The noun readings pass on Amazon and Walmart (and on
 * Etsy for disease claims); the claims keep flagging.
 */
import { describe, expect, it } from 'vitest';
import { lintListing } from '../../../lib/compliance/lint';
import type { Market } from '../../../lib/compliance/types';

const found = (title: string, market: Market, rule: string) =>
  lintListing({ title }, { market })
    .filter((f) => f.ruleId === `${market}/${rule}`)
    .map((f) => f.match);

const MARKETS = ['amazon', 'walmart'] as const;

describe('pet treats are food, not a treatment', () => {
  it.each([
    'Dog Treats Diabetes Friendly, Chicken Jerky, 16 oz',
    'Dental Dog Treats Arthritis Support for Senior Dogs',
    'Cat Treats Allergies Formula, Salmon, 3 oz',
    'Puppy Training Treats Diabetes Friendly Low Calorie',
    'Freeze-Dried Treats Arthritis Support with Glucosamine',
    'Hip & Joint Chew Treats Arthritis Support, 90 Count',
    'Sugar-Free Cookies Treats Diabetes Friendly Snack Box',
  ])('%s', (title) => {
    for (const market of [...MARKETS, 'etsy'] as const) {
      expect(found(title, market, 'medical-claims')).toEqual([]);
    }
  });

  it.each([
    ['Treats Anxiety in Dogs, Calming Hemp Chews', 'Treats Anxiety'],
    ['Joint Supplement for Dogs Treats Arthritis and Hip Pain', 'Treats Arthritis'],
    ['Calming Dog Chews, Treats Anxiety Fast', 'Treats Anxiety'],
    ['Copper Bracelet That Treats Arthritis', 'Treats Arthritis'],
  ])('the claim still flags: %s', (title, match) => {
    for (const market of MARKETS) expect(found(title, market, 'medical-claims')).toEqual([match]);
  });
});

describe('curing a material (gel, resin, concrete, meat) is not curing a disease', () => {
  it.each([
    'UV LED Nail Lamp, Cures Gel Polish in 30 Seconds',
    'Concrete Cure and Seal, 1 Gallon',
    'Epoxy Resin Kit, Cures Clear and Bubble Free',
    'Morton Tender Quick Meat Cure, 2 lb',
    'Bacon Cure Kit with Pink Curing Salt',
    'UV Resin Curing Lamp, 48W',
  ])('%s', (title) => {
    for (const market of [...MARKETS, 'etsy'] as const) {
      expect(found(title, market, 'medical-claims')).toEqual([]);
    }
  });

  it.each([
    ['Hangover Cure Drink, 12 Pack', ['Cure']],
    ['Nail Fungus Cure, Extra Strength', ['Cure']],
    ['Cures Cancer Herbal Tea', ['Cures Cancer']],
    ['UV Lamp Cures Acne at Home', ['Cures Acne']],
  ])('a disease claim still flags: %s', (title, matches) => {
    for (const market of MARKETS) expect(found(title, market, 'medical-claims')).toEqual(matches);
  });
});

describe('free of pesticide is not a pesticide claim', () => {
  it.each([
    'Pesticide-Free Whole Bean Coffee, 2 lb',
    'Heirloom Tomato Seeds, Grown Without Pesticide',
    'Loose Leaf Green Tea, No Pesticide, 100 g',
    'Pesticide Free Microgreens Growing Kit',
  ])('%s', (title) => {
    for (const market of MARKETS) expect(found(title, market, 'pesticide-claims')).toEqual([]);
  });

  it.each([
    ['Natural Pesticide Spray for Garden Plants', 'Pesticide'],
    ['Organic Insecticide for Houseplants, 16 oz', 'Insecticide'],
  ])('a pesticide product still flags: %s', (title, match) => {
    for (const market of MARKETS) expect(found(title, market, 'pesticide-claims')).toEqual([match]);
  });
});

describe('clearance as a measurement is not a clearance sale', () => {
  const rule = { amazon: 'promotional-soft', walmart: 'promotional' } as const;
  it.each([
    'Low Clearance Warning Sign, 18 x 12 Inch Aluminum',
    'Bed Risers for 6 Inch Under-Bed Clearance, Set of 4',
    'Garage Door Clearance Sensor Replacement Kit',
    'Truck Clearance Height Bar, Adjustable',
  ])('%s', (title) => {
    for (const market of MARKETS) expect(found(title, market, rule[market])).toEqual([]);
  });

  it.each(['Summer Dress Clearance', 'Clearance Rack Winter Boots'])(
    'a sale still flags: %s',
    (title) => {
      for (const market of MARKETS)
        expect(found(title, market, rule[market])).toEqual(['Clearance']);
    },
  );
});
