/**
 * Conventions every market module keeps (HOUSE-STYLE §3): content-script match patterns, parser ids of
 * the form `<market>/<page-type>`, and at least one fixture folder with a page and its provenance per
 * page type it parses.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { marketModules } from '../../../lib/markets/index';
import { listingEditors } from '../../../lib/markets/editors';
import { PAGE_TYPES } from '../../../lib/schemas/snapshot';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const README = readFileSync(fileURLToPath(new URL('../../../README.md', import.meta.url)), 'utf8');
const MATCH_PATTERN = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)\/.*$/;

describe.each(marketModules.map((m) => [m.market, m] as const))('market %s', (market, module) => {
  it('has content-script match patterns', () => {
    expect(module.matches.length).toBeGreaterThan(0);
    for (const p of module.matches) expect(p).toMatch(MATCH_PATTERN);
    expect(new Set(module.matches).size).toBe(module.matches.length);
  });

  const parsers = Object.entries(module.parsers);
  it('names its parsers <market>/<page-type>', () => {
    expect(parsers.length).toBeGreaterThan(0);
    for (const [key, parser] of parsers) {
      expect(parser.id).toBe(key);
      const [m, pageType] = key.split('/');
      expect(m).toBe(market);
      expect(PAGE_TYPES).toContain(pageType);
      expect(Number.isInteger(parser.version) && parser.version > 0).toBe(true);
    }
  });

  it.each(parsers.map(([key]) => key))('lists %s in the README supported-pages table', (key) => {
    expect(README).toContain(`| \`${key}\``);
  });

  it.each(parsers.map(([key]) => key.split('/')[1]!))('has fixtures for %s pages', (pageType) => {
    const dir = `${FIXTURES}${market}/${pageType}/`;
    expect(existsSync(dir), dir).toBe(true);
    const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    // Provenance: a SOURCE.txt in the folder, or a header comment in each hand-made page.
    const hasSource = existsSync(`${dir}SOURCE.txt`);
    for (const page of pages) {
      const head = readFileSync(dir + page, 'utf8').slice(0, 2_000);
      expect(
        hasSource || /<!--[\s\S]*(hand-made|saved|source)/i.test(head),
        `${pageType}/${page}`,
      ).toBe(true);
    }
  });
});

describe.each(listingEditors.map((e) => [e.market, e] as const))('listing editor %s', (market) => {
  it('has a hand-made editor fixture and a README row', () => {
    const dir = `${FIXTURES}${market}/listing-edit/`;
    expect(existsSync(dir), dir).toBe(true);
    expect(readdirSync(dir).some((f) => f.endsWith('.html'))).toBe(true);
    const section = README.slice(README.indexOf('Listing editors checked live'));
    const name = {
      amazon: 'Amazon',
      ebay: 'eBay',
      etsy: 'Etsy',
      shopee: 'Shopee',
      taobao: 'Taobao',
    }[market as string];
    expect(name && section.includes(`| ${name}`)).toBe(true);
  });
});
