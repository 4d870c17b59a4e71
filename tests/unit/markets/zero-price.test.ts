/**
 * A price of 0 on a page is a placeholder, not a price (QA pass: a competitor shown at "$0.00" raised
 * a 100% undercut, a lost buy box "at US$0.00" and a floor breach). The real saved amazon.com product
 * page and amazon.in offer list (tests/fixtures/amazon/, provenance in SOURCE.txt) with their prices
 * rewritten in memory to 0, read through parseDocument as the content script reads them.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../lib/markets/index';
import { dropZeroPrices } from '../../../lib/markets/zero-price';
import type { PageSnapshot } from '../../../lib/schemas/snapshot';
import { AT, FIXTURE_URLS, fixtureHtml, linkedomDocument } from './amazon/fixtures';

const COM = 'product/amazon-com_ansi-url.html';
const OFFERS = 'offers/amazon-in_listing-sellers-page.html';

function parse(html: string, url: string): PageSnapshot {
  const out = parseDocument(linkedomDocument(html), new URL(url), AT);
  if (out.kind !== 'snapshot') throw new Error(`expected a snapshot, got ${out.kind}`);
  return out.snapshot;
}

describe('a price of 0 is unknown, with a warning, never 0', () => {
  it('amazon.com product page showing "$0.00": no price, no featured-offer price, a warning', () => {
    const html = fixtureHtml(COM);
    const zeroed = html.replaceAll('$8.99', '$0.00');
    expect(zeroed).not.toBe(html);
    const s = parse(zeroed, FIXTURE_URLS[COM]);
    const l = s.listings![0]!;
    expect(l.price).toBeNull();
    expect(l.featuredOffer!.price).toBeNull();
    expect(l.featuredOffer!.sellerName).toBeTruthy(); // the rest of the listing is kept
    expect(s.warnings).toContain(
      'listing B0057OC5O8: price USD 0 shown, not a price: read as unknown',
    );
    // The same page at its real price keeps it.
    expect(parse(html, FIXTURE_URLS[COM]).listings![0]!.price).toEqual({
      amount: 8.99,
      currency: 'USD',
    });
  });

  it('amazon.in offer list: the offer shown at "0.00" has no price and no landed price; the others stand', () => {
    const html = fixtureHtml(OFFERS);
    // The first offer row's price (the tab header above the list shows the same figure).
    const row = html.indexOf('olpOfferPrice a-text-bold');
    const at = html.indexOf('2,36,999.00', row);
    const zeroed = html.slice(0, at) + '0.00' + html.slice(at + '2,36,999.00'.length);
    expect(zeroed).not.toBe(html);
    const before = parse(html, FIXTURE_URLS[OFFERS]).offers!;
    const after = parse(zeroed, FIXTURE_URLS[OFFERS]).offers!;
    expect(after).toHaveLength(before.length);
    const changed = after.filter((o, i) => o.price === null && before[i]!.price !== null);
    expect(changed).toHaveLength(1);
    expect(changed[0]!.landedPrice).toBeNull();
    expect(after.filter((o) => o.price !== null).length).toBe(before.length - 1);
  });

  it('keeps free shipping (0) and a null price as they are, and adds nothing when no price is 0', () => {
    const fields = {
      offers: [
        {
          productKey: 'B1',
          sellerName: 'A',
          price: { amount: 5, currency: 'USD' },
          shipping: { amount: 0, currency: 'USD' },
          landedPrice: { amount: 5, currency: 'USD' },
          isFeatured: true,
        },
        { productKey: 'B1', sellerName: 'B', price: null, landedPrice: null, isFeatured: false },
      ],
    };
    expect(dropZeroPrices(fields)).toBe(fields);
  });
});
