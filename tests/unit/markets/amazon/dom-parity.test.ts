/**
 * The parsers must read the same data in the browser as in the CLI: they use only DOM APIs that behave
 * the same in Chromium, jsdom and linkedom. jsdom stands in for the browser here (scripts and
 * sub-resources off, so saved pages never reach the network).
 */
import { describe, expect, it } from 'vitest';
import { FIXTURE_URLS, parseFixture, type FixtureName } from './fixtures';

describe('jsdom and linkedom give identical outcomes', () => {
  // The broken-layout page is the amazon.com page with a few ids renamed: parsing it twice more adds
  // seconds and no coverage.
  const names = (Object.keys(FIXTURE_URLS) as FixtureName[]).filter(
    (n) => !n.startsWith('product/broken'),
  );
  it.each(names)('%s', (name) => {
    const viaLinkedom = parseFixture(name, 'linkedom');
    const viaJsdom = parseFixture(name, 'jsdom');
    expect(viaJsdom).toEqual(viaLinkedom);
  });
});
