/**
 * Product pages as Amazon also serves them: the real saved pages (tests/fixtures/amazon/product/)
 * with one part rewritten in memory to a layout or language seen on live pages — a deal table with a
 * struck list price, a price without its `.a-offscreen` copy, #merchant-info in other languages.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../lib/markets/index';
import { pageSnapshotSchema, type PageSnapshot } from '../../../../lib/schemas/snapshot';
import { AT, FIXTURE_URLS, fixtureHtml, linkedomDocument } from './fixtures';

const COM = 'product/amazon-com_ansi-url.html';
const IN = 'product/amazon-in_asin-page.html';

/** One replacement that must hit, so a fixture change cannot make a test pass vacuously. */
function replace(html: string, from: string | RegExp, to: string): string {
  const out = html.replace(from, to);
  expect(out, `replacement of ${String(from)} did not apply`).not.toBe(html);
  return out;
}

function parse(html: string, url: string): PageSnapshot {
  const out = parseDocument(linkedomDocument(html), new URL(url), AT);
  if (out.kind !== 'snapshot') throw new Error(`expected a snapshot, got ${out.kind}`);
  return out.snapshot;
}

function priceOf(s: PageSnapshot) {
  const l = s.listings![0]!;
  expect(l.featuredOffer?.price).toEqual(l.price);
  return l.price;
}

const OFFSCREEN = '<span class="a-offscreen">$8.99</span>';
const CORE_OPEN = /(<div id="corePrice_feature_div"[^>]*>)/;
/** Leaves the 2021 #corePrice_feature_div as the only price box: its first `.a-price` is the price. */
function withoutToPay(html: string): string {
  const out = replace(html, 'id="corePriceDisplay_desktop_feature_div"', 'id="x2"');
  return replace(out, ' priceToPay"', '"');
}
const visibleParts = (whole: string, fraction: string) =>
  `<span aria-hidden="true"><span class="a-price-symbol">$</span><span class="a-price-whole">${whole}<span class="a-price-decimal">.</span></span><span class="a-price-fraction">${fraction}</span></span>`;

describe('amazon.com product page: a struck list price is never the price', () => {
  it('2022 deal table in #apex_desktop: "With Deal" (.apexPriceToPay), not the struck "List Price"', () => {
    let html = fixtureHtml(COM);
    // Only #apex_desktop left, without the 2024 .priceToPay: the deal table is the price.
    html = replace(html, 'id="corePrice_feature_div"', 'id="x1"');
    html = replace(html, 'id="corePriceDisplay_desktop_feature_div"', 'id="x2"');
    html = replace(html, ' priceToPay"', '"');
    html = replace(
      html,
      /(<div id="apex_desktop"[^>]*>)/,
      '$1<div id="corePrice_desktop"><table class="a-lineitem">' +
        '<tr><td class="a-color-secondary">List Price:</td><td><span class="a-price a-text-price a-size-base" data-a-strike="true" data-a-color="secondary"><span class="a-offscreen">$12.99</span><span aria-hidden="true">$12.99</span></span></td></tr>' +
        '<tr><td class="a-color-secondary">With Deal:</td><td><span class="a-price a-text-price a-size-medium apexPriceToPay" data-a-color="price"><span class="a-offscreen">$8.99</span><span aria-hidden="true">$8.99</span></span></td></tr>' +
        '<tr><td>You Save:</td><td><span class="a-price a-text-price"><span class="a-offscreen">$4.00</span></span> (31%)</td></tr>' +
        '</table></div>',
    );
    const s = parse(html, FIXTURE_URLS[COM]);
    expect(priceOf(s)).toEqual({ amount: 8.99, currency: 'USD' });
    expect(s.warnings).toBeUndefined();
  });

  it.each([
    [
      'data-a-strike in .basisPrice',
      '<span class="a-size-small a-color-secondary aok-align-center basisPrice">List Price: <span class="a-price a-text-price" data-a-strike="true" data-a-color="secondary"><span class="a-offscreen">$12.99</span><span aria-hidden="true">$12.99</span></span></span>',
    ],
    [
      'a "Typical price:" label only',
      '<div class="a-section">Typical price: <span class="a-price a-text-price"><span class="a-offscreen">$12.99</span></span></div>',
    ],
    [
      'a "Was:" row of a table',
      '<table><tr><td>Was:</td><td><span class="a-price"><span class="a-offscreen">$12.99</span></span></td></tr></table>',
    ],
    [
      'an "Unverb. Preisempf.:" label only',
      '<div><span>Unverb. Preisempf.:</span> <span class="a-price a-text-price"><span class="a-offscreen">$12.99</span></span></div>',
    ],
  ])('skips a list price first in #corePrice_feature_div (%s)', (_, listPrice) => {
    const html = replace(withoutToPay(fixtureHtml(COM)), CORE_OPEN, `$1${listPrice}`);
    const s = parse(html, FIXTURE_URLS[COM]);
    expect(priceOf(s)).toEqual({ amount: 8.99, currency: 'USD' });
    expect(s.warnings).toBeUndefined();
  });

  it('a page whose only price is struck has no price and says so (2017 layout)', () => {
    const html = replace(
      fixtureHtml(IN),
      'id="priceblock_ourprice" class="a-size-medium',
      'id="priceblock_ourprice" class="a-text-strike a-size-medium',
    );
    const s = parse(html, FIXTURE_URLS[IN]);
    expect(priceOf(s)).toBeNull();
    expect(s.warnings).toEqual(['only a struck list price on the page, no buy-box price']);
  });
});

describe('amazon.com product page: a price without its .a-offscreen copy', () => {
  it('is read from the visible symbol/whole/fraction parts', () => {
    const html = replace(fixtureHtml(COM), new RegExp(OFFSCREEN.replace('$', '\\$'), 'g'), '');
    const s = parse(html, FIXTURE_URLS[COM]);
    expect(priceOf(s)).toEqual({ amount: 8.99, currency: 'USD' });
    expect(s.warnings).toBeUndefined();
  });

  it('still skips a struck list price shown with visible parts only', () => {
    let html = replace(fixtureHtml(COM), new RegExp(OFFSCREEN.replace('$', '\\$'), 'g'), '');
    html = replace(
      withoutToPay(html),
      CORE_OPEN,
      `$1<span class="a-price a-text-price" data-a-strike="true">${visibleParts('12', '99')}</span>`,
    );
    const s = parse(html, FIXTURE_URLS[COM]);
    expect(priceOf(s)).toEqual({ amount: 8.99, currency: 'USD' });
  });
});

/** The seller read from the amazon.in page with #merchant-info (and its seller link) replaced. */
function sellerFor(host: string, text: string) {
  const html = replace(
    fixtureHtml(IN),
    /(<div id="merchant-info"[^>]*>)[\s\S]*?(<\/div>)/,
    `$1\n            ${text}\n          $2`,
  );
  return parse(html, `https://www.${host}/dp/B01NCE2FHK`).listings![0]!.featuredOffer?.sellerName;
}

describe('#merchant-info without a seller link, in the storefront languages (2017 amazon.in page)', () => {
  it.each([
    ['amazon.es', 'Vendido y enviado por Amazon.', 'Vendido por Tienda Pérez y enviado por Amazon.'],
    ['amazon.com.mx', 'Vendido y enviado por Amazon México.', 'Vendido por Tienda Pérez y enviado por Amazon.'],
    ['amazon.it', 'Venduto e spedito da Amazon.', 'Venduto da Tienda Pérez e spedito da Amazon.'],
    ['amazon.com.br', 'Vendido e entregue por Amazon.com.br.', 'Vendido por Tienda Pérez e enviado por Amazon.'],
    ['amazon.co.jp', 'この商品は、Amazon.co.jp が販売、発送します。', 'この商品は、Tienda Pérez が販売、Amazon が発送します。'],
  ])('%s: "%s" is Amazon, "%s" names the seller', (host, byAmazon, thirdParty) => {
    expect(sellerFor(host, byAmazon)).toBe('Amazon');
    expect(sellerFor(host, thirdParty)).toBe('Tienda Pérez');
  }); // prettier-ignore
});

describe('a competitor display name longer than a snapshot holds', () => {
  it('is clipped, and the rest of the page is captured (it invalidated the whole capture: QA pass)', () => {
    const long = 'Deals '.repeat(350); // 2,100 characters
    const html = replace(
      fixtureHtml(COM),
      /id="sellerProfileTriggerId">SainSmart Official</g,
      `id="sellerProfileTriggerId">${long}<`,
    );
    const s = parse(html, 'https://www.amazon.com/dp/B0057OC5O8');
    const name = s.listings![0]!.featuredOffer!.sellerName!;
    expect(name).toHaveLength(2_000);
    expect(name.startsWith('Deals Deals')).toBe(true);
    expect(priceOf(s)).toEqual({ amount: 8.99, currency: 'USD' });
    expect(pageSnapshotSchema.safeParse(s).success).toBe(true);
  });
});
