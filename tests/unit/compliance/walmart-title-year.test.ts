/**
 * Walmart's "Product details policy" forbids years in titles unless the Content Standards ask for them
 * (a model year of a vehicle part, a publication year): "2025 Planner" or "Halloween Costume 2025" is the
 * case the rule exists for. A number followed by a unit (2000 lumens, 1500 W, 2000x3000) is not a year;
 * a unit must be a whole word, so "2025 Witch Hat" is not 2025 watts.
 */
import { expect, it } from 'vitest';
import { lintListing } from '../../../lib/compliance/lint';

const years = (title: string) =>
  lintListing({ title }, { market: 'walmart' })
    .filter((f) => f.ruleId === 'walmart/title-year')
    .map((f) => f.match);

it.each([
  ['Halloween Costume 2025 Witch Hat for Women', '2025'],
  ["2025 Women's Planner Weekly and Monthly, Hardcover", '2025'],
  ['New 2024 Winter Coat for Men, Hooded', '2024'],
  ['2025 Xmas Ornament, Glass Ball', '2025'],
  ['Calendar 2026 Wall Hanging', '2026'],
])('flags the year in %s', (title, year) => {
  expect(years(title)).toEqual([year]);
});

it.each([
  'LED Shop Light 2000 Lumens, 4 ft',
  'Space Heater 1500 W with Thermostat',
  'Space Heater 1500W with Thermostat',
  'Flashlight 1600lm Rechargeable',
  'Area Rug 2000x3000 mm',
  'Power Bank 2000 mAh Slim',
  'Garden Hose 2000 in Coil',
])('leaves a number with its unit alone: %s', (title) => {
  expect(years(title)).toEqual([]);
});
