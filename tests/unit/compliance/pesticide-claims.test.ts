/**
 * Amazon pesticide and antimicrobial claims (Amazon "Pesticides and Pesticide Devices" policy; US EPA,
 * 40 CFR 152.15: a product is a pesticide when its seller claims it kills, repels or mitigates pests,
 * bacteria, viruses and mold included). Titles and bullets as sellers write them: the "Kills 99.9% of
 * germs" family with its variants (99.99%, "up to", "percent", other verbs), growth-inhibition claims and
 * "germ-killing". Physical removal, filtration certified by NSF and odor/stain resistance are not
 * pesticide claims and stay clean. A germ word naming what the product is used with ("compatible with
 * antibacterial soap", "wipe clean with disinfecting wipes") is no claim about the product: a warning
 * that the marketplaces' keyword screening may still act on it, not an error.
 */
import { describe, expect, it } from 'vitest';
import { lintListing } from '../../../lib/compliance/lint';

const RULE = 'amazon/pesticide-claims';

const pesticide = (title: string, bullets: string[] = []) =>
  lintListing({ title, bullets }, { market: 'amazon' })
    .filter((f) => f.ruleId === RULE)
    .map((f) => [f.field, f.severity, f.match]);

describe('must flag: pesticide claims in titles', () => {
  it.each([
    ['Disinfecting Wipes, Lemon Scent, Kills 99.9% of Germs, 75 Count', 'Kills 99.9% of Germs'],
    ['Bathroom Cleaner Spray, Kills 99.9% of Bacteria, 32 fl oz', 'Kills 99.9% of Bacteria'],
    [
      'Multi-Surface Cleaner Kills 99.99% of Household Germs, 2 Pack',
      'Kills 99.99% of Household Germs',
    ],
    ['Bamboo Cutting Board Set Antibacterial, Extra Large with Juice Groove', 'Antibacterial'],
    ['Antimicrobial Yoga Mat, Non-Slip, 6mm Thick', 'Antimicrobial'],
    ['Mold-Resistant Shower Curtain Liner, 72 x 72 Inches, Clear', 'Mold-Resistant'],
    ['UV Light Sanitizer Wand, Germ-Killing, Portable for Travel', 'Germ-Killing'],
  ])('%s', (title, match) => {
    expect(pesticide(title)).toContainEqual(['title', 'error', match]);
  });
});

describe('must flag: pesticide claims in bullets', () => {
  it.each([
    ['KILLS 99.9% OF GERMS: our plant-based formula works in 60 seconds', 'KILLS 99.9% OF GERMS'],
    [
      'Kills up to 99.9% of germs and viruses on hard, non-porous surfaces',
      'Kills up to 99.9% of germs',
    ],
    ['Kills 99.9 percent of bacteria without harsh chemicals', 'Kills 99.9 percent of bacteria'],
    ['ELIMINATES 99.9% OF BACTERIA: steam at 212°F, no chemicals', 'ELIMINATES 99.9% OF BACTERIA'],
    [
      'UV-C light destroys 99.9% of bacteria on your phone in 5 minutes',
      'destroys 99.9% of bacteria',
    ],
    ['Disinfects and deodorizes in one easy step', 'Disinfects'],
    ['Sanitizes baby bottles, pacifiers and breast pump parts in 8 minutes', 'Sanitizes'],
    [
      'Silver-ion coating inhibits the growth of bacteria on the handle',
      'inhibits the growth of bacteria',
    ],
    ['Copper-infused fibers prevent the growth of mold and mildew', 'prevent the growth of mold'],
    ['Treated fabric inhibits bacterial growth between washes', 'inhibits bacterial growth'],
    ['Kills odor-causing bacteria in your shoes overnight', 'Kills odor-causing bacteria'],
    ['Fights germs and keeps your kitchen sponge fresh for weeks', 'Fights germs'],
  ])('%s', (bullet, match) => {
    expect(pesticide('Cleaning Kit', [bullet])).toContainEqual(['bullets', 'error', match]);
  });

  it('reports the whole claim once, not "Kills 99.9%" inside it', () => {
    expect(pesticide('Hand Soap Kills 99.9% of Germs')).toEqual([
      ['title', 'error', 'Kills 99.9% of Germs'],
    ]);
  });
});

describe('must not flag: no pesticide claim', () => {
  it.each([
    // Filtration certified by NSF is a performance claim, not a kill claim (brief: judgement call).
    ['Water Filter Pitcher, Bacteria-Free Water, NSF Certified, 10 Cup', []],
    ['Faucet Water Filter', ['NSF certified to reduce lead, chlorine and 99% of bacteria']],
    ['Merino Wool Hiking Socks, Odor-Resistant, Cushioned, 3 Pairs', []],
    ['Outdoor Cushion Covers', ['Stain resistant and water resistant polyester fabric']],
    ['Silicone Soap Mold, 6 Cavity, Rectangle', []],
    [
      'Microfiber Cleaning Cloths, Lint-Free, 24 Pack',
      ['Removes dust and fingerprints with just water'],
    ],
    ['Travel Puzzle Book for Adults', ['Kills time on long flights and train rides']],
    ['Germ Guardian Air Purifier Replacement Filter B, 2 Pack', []],
    ['Foaming Hand Soap Refill, Lavender, 34 fl oz', ['Gentle on hands, rinses clean']],
    ['Shower Squeegee for Glass Doors', ['Keeps glass spotless and helps you clean faster']],
  ])('%s', (title, bullets) => {
    expect(pesticide(title, bullets)).toEqual([]);
  });
});

const walmart = (title: string) =>
  lintListing({ title }, { market: 'walmart' })
    .filter((f) => f.ruleId === 'walmart/pesticide-claims')
    .map((f) => [f.severity, f.match]);

describe('Walmart: the same claims, under its pesticide policy', () => {
  it.each([
    [
      'Multi-Surface Cleaner Kills 99.99% of Household Germs, 2 Pack',
      'Kills 99.99% of Household Germs',
    ],
    ['Disinfecting Spray, Eliminates 99.9% of Bacteria, 19 oz', 'Eliminates 99.9% of Bacteria'],
    ['UV Light Sanitizer Wand, Germ-Killing, Portable for Travel', 'Germ-Killing'],
    ['Shower Caddy Coating Inhibits the Growth of Mold, Rustproof', 'Inhibits the Growth of Mold'],
  ])('%s', (title, match) => {
    expect(walmart(title)).toContainEqual(['error', match]);
  });

  it.each([
    'Bacteria-Free Water Pitcher Filter, NSF Certified, 10 Cup',
    'Odor-Resistant Trash Can Liner, 13 Gallon, 100 Count',
    'Microfiber Cleaning Cloth, Removes Dust and Fingerprints, 12 Pack',
  ])('leaves %s alone', (title) => {
    expect(walmart(title)).toEqual([]);
  });
});

const all = (market: 'amazon' | 'walmart', bullet: string) =>
  lintListing({ title: 'Touchless Soap Dispenser, 12 oz', bullets: [bullet] }, { market })
    .filter((f) => f.ruleId.includes('pesticide'))
    .map((f) => [f.ruleId, f.severity, f.match]);

describe('a germ word naming what the product is used with: a warning, not a claim', () => {
  it.each([
    ['Compatible with antibacterial soap refills', 'Compatible with antibacterial soap'],
    [
      'Works with most liquid antibacterial hand soaps',
      'Works with most liquid antibacterial hand soaps',
    ],
    ['Wipe clean with disinfecting wipes after each use', 'Wipe clean with disinfecting wipes'],
    [
      'Safe to use with disinfectant sprays and household cleaners',
      'Safe to use with disinfectant sprays',
    ],
    [
      'Refillable with any foaming antibacterial soap',
      'Refillable with any foaming antibacterial soap',
    ],
    // A holder, dispenser or container named by what it holds.
    ['Disinfecting Wipes Holder', 'Disinfecting Wipes Holder'],
    ['Wall Mount Dispenser for Disinfecting Wipes', 'Dispenser for Disinfecting Wipes'],
    ['Sanitizing Wipes Bucket with Lid, 2 Gallon', 'Sanitizing Wipes Bucket'],
  ])('%s', (bullet, match) => {
    for (const market of ['amazon', 'walmart'] as const) {
      expect(all(market, bullet)).toEqual([[`${market}/pesticide-word-in-use`, 'warning', match]]);
    }
  });

  it.each([
    ['Disinfecting Wipes, Lemon Scent, 80 Count', 'Disinfecting'],
    ['Disinfecting Spray for Hard Surfaces', 'Disinfecting'],
  ])('the germ product itself still flags: %s', (title, match) => {
    for (const market of ['amazon', 'walmart'] as const) {
      expect(
        lintListing({ title }, { market })
          .filter((f) => f.ruleId.includes('pesticide'))
          .map((f) => [f.ruleId, f.match]),
      ).toEqual([[`${market}/pesticide-claims`, match]]);
    }
  });

  it('still flags a claim about the product in the same bullet, and claims phrased with "with"', () => {
    expect(
      all('amazon', 'Compatible with antibacterial soap. Antibacterial coating on the pump'),
    ).toEqual([
      ['amazon/pesticide-word-in-use', 'warning', 'Compatible with antibacterial soap'],
      ['amazon/pesticide-claims', 'error', 'Antibacterial'],
    ]);
    // Infused with / treated with / wipes with a solution: what the product contains, a claim.
    expect(all('amazon', 'Infused with antibacterial silver ions')).toEqual([
      ['amazon/pesticide-claims', 'error', 'antibacterial'],
    ]);
    expect(all('walmart', 'Wet wipes with antibacterial solution')).toEqual([
      ['walmart/pesticide-claims', 'error', 'antibacterial'],
    ]);
    expect(all('amazon', 'Antibacterial soap dispenser')).toEqual([
      ['amazon/pesticide-claims', 'error', 'Antibacterial'],
    ]);
  });

  it('keeps the warning advice-only: no one-click fix deletes the phrase', async () => {
    const { suggestedFix } = await import('../../../lib/compliance/fix');
    const bullet = 'Compatible with antibacterial soap refills';
    const [finding] = lintListing({ bullets: [bullet] }, { market: 'amazon' });
    expect(finding?.ruleId).toBe('amazon/pesticide-word-in-use');
    expect(suggestedFix(finding!, bullet, 'en').kind).toBe('advice');
    expect(suggestedFix(finding!, bullet, 'zh').kind).toBe('advice');
  });

  it('stays fast on a hostile line of thousands of such phrases', () => {
    const line = 'compatible with antibacterial soap, antibacterial '.repeat(5000);
    const found = lintListing({ description: line }, { market: 'amazon' });
    expect(found.filter((f) => f.ruleId === 'amazon/pesticide-word-in-use')).toHaveLength(100);
    expect(found.filter((f) => f.ruleId === 'amazon/pesticide-claims')).toHaveLength(100);
  });
});
