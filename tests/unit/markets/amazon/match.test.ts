import { describe, expect, it } from 'vitest';
import { amazon } from '../../../../lib/markets/amazon';
import { AMAZON_SITES, amazonHost, asinFromUrl } from '../../../../lib/markets/amazon/match';
import { matchUrl } from '../../../../lib/markets/index';

const pages: [string, string | null][] = [
  // storefront product pages
  ['https://www.amazon.com/dp/B0057OC5O8', 'product'],
  ['https://www.amazon.com/SainSmart-101-70-101-4-Channel-Relay-Module/dp/B0057OC5O8', 'product'],
  ['https://www.amazon.com/dp/B0057OC5O8/ref=sr_1_1?keywords=relay&qid=1700000000', 'product'],
  ['https://www.amazon.com/gp/product/B0057OC5O8', 'product'],
  [
    'https://www.amazon.com/gp/product/B0057OC5O8/ref=ppx_yo_dt_b_asin_title_o00_s00?ie=UTF8&psc=1',
    'product',
  ],
  ['https://www.amazon.com/gp/aw/d/B0057OC5O8', 'product'],
  ['https://amazon.com/dp/B0057OC5O8', 'product'],
  [
    'https://www.amazon.co.uk/Vegetable-Perfection-delicious-recipes-shoots/dp/1849757097',
    'product',
  ],
  ['https://www.amazon.de/dp/B0D4KX7TQ2?aod=1', 'product'],
  ['https://www.amazon.fr/dp/B0D4KX7TQ2', 'product'],
  ['https://www.amazon.it/dp/B0D4KX7TQ2', 'product'],
  ['https://www.amazon.es/dp/B0D4KX7TQ2', 'product'],
  ['https://www.amazon.ca/dp/B0D4KX7TQ2', 'product'],
  ['https://www.amazon.co.jp/dp/B0D4KX7TQ2', 'product'],
  ['http://www.amazon.in/Apple-MacBook-MLW82HN-Integrated-Graphics/dp/B01NCE2FHK', 'product'],
  ['https://www.amazon.com.mx/dp/B0D4KX7TQ2', 'product'],
  ['https://www.amazon.com.br/dp/B0D4KX7TQ2', 'product'],
  ['https://www.amazon.com.au/dp/B0D4KX7TQ2', 'product'],
  ['https://www.amazon.nl/dp/B0D4KX7TQ2', 'product'],
  ['https://www.amazon.se/dp/B0D4KX7TQ2', 'product'],
  ['https://www.amazon.pl/dp/B0D4KX7TQ2', 'product'],
  ['https://www.amazon.sg/dp/B0D4KX7TQ2', 'product'],
  ['https://www.amazon.ae/dp/B0D4KX7TQ2', 'product'],
  ['https://www.amazon.sa/dp/B0D4KX7TQ2', 'product'],
  ['https://www.amazon.com.tr/dp/B0D4KX7TQ2', 'product'],
  ['https://www.amazon.com.be/dp/B0D4KX7TQ2', 'product'],
  // reviews and offers
  ['https://www.amazon.com/product-reviews/B0BBPNPZTC', 'reviews'],
  [
    'https://www.amazon.com/Dawn-Ultra-Dishwashing-Liquid-Original/product-reviews/B0BBPNPZTC/ref=cm_cr_arp_d_paging_btm_next_2?pageNumber=2',
    'reviews',
  ],
  [
    'https://www.amazon.in/gp/offer-listing/B01NCE2FHK/ref=dp_olp_new?ie=UTF8&condition=new',
    'offers',
  ],
  [
    'https://www.amazon.com/gp/aod/ajax/ref=dp_aod_NEW_mbc?asin=B0057OC5O8&pc=dp&experienceId=aodAjaxMain',
    'offers',
  ],
  // Seller Central
  ['https://sellercentral.amazon.com/myinventory/inventory?fulfilledBy=all&page=1', 'inventory'],
  ['https://sellercentral.amazon.co.uk/inventory/ref=xx_invmgr_dnav_xx', 'inventory'],
  ['https://sellercentral.amazon.de/inventory?tbla_myitable=sort', 'inventory'],
  ['https://sellercentral.amazon.com/hz/inventory', 'inventory'],
  ['https://sellercentral-europe.amazon.com/myinventory/inventory', 'inventory'],
  ['https://sellercentral-japan.amazon.com/myinventory/inventory', 'inventory'],
  ['https://sellercentral.amazon.com/pricing/health?ref=xx_prchealth_dnav_xx', 'pricing'],
  ['https://sellercentral.amazon.in/pricing/health', 'pricing'],
  [
    'https://sellercentral.amazon.com/brand-customer-reviews/?ref=xx_crvws_dnav_xx',
    'back-office-reviews',
  ],
  ['https://sellercentral.amazon.com/voice-of-the-customer/', 'back-office-reviews'],
  // not ours, or not a page we parse
  ['https://www.amazon.com/', null],
  ['https://www.amazon.com/s?k=relay+module', null],
  ['https://www.amazon.com/dp/B0057', null],
  ['https://www.amazon.com/gp/cart/view.html', null],
  ['https://www.amazon.com/ap/signin?openid.return_to=x', null],
  ['https://www.amazon.cn/dp/B0057OC5O8', null],
  ['https://aws.amazon.com/dp/B0057OC5O8', null],
  ['https://www.amazon.com.evil.example/dp/B0057OC5O8', null],
  ['https://sellercentral.amazon.com/home', null],
  ['https://sellercentral.amazon.com/dp/B0057OC5O8', null],
  ['https://www.amazon.com/pricing/health', null],
  // An Amazon path on another marketplace's host (eBay item pages are the eBay module's).
  ['https://www.ebay.com/dp/B0057OC5O8', null],
  ['ftp://www.amazon.com/dp/B0057OC5O8', null],
];

describe('Amazon URL matching', () => {
  it.each(pages)('%s → %s', (url, pageType) => {
    const m = matchUrl(url);
    if (pageType === null) {
      expect(m).toBeNull();
    } else {
      expect(m?.market).toBe('amazon');
      expect(m?.pageType).toBe(pageType);
      expect(m?.parserId).toBe(`amazon/${pageType}`);
      expect(amazon.parsers[m!.parserId]).toBeDefined();
    }
  });

  it.each([
    ['https://www.amazon.com/dp/b0057oc5o8', 'B0057OC5O8'],
    ['https://www.amazon.co.uk/x/dp/1849757097/ref=y', '1849757097'],
    ['https://www.amazon.in/gp/offer-listing/B01NCE2FHK', 'B01NCE2FHK'],
    ['https://www.amazon.com/gp/aod/ajax?asin=B0057OC5O8', 'B0057OC5O8'],
    ['https://www.amazon.com/s?k=relay', null],
  ])('asinFromUrl(%s) = %s', (url, asin) => expect(asinFromUrl(new URL(url))).toBe(asin));

  it('knows every storefront of the brief with its currency', () => {
    const currencies = Object.fromEntries(AMAZON_SITES.map((s) => [s.tld, s.currency]));
    expect(currencies).toEqual({
      com: 'USD', 'co.uk': 'GBP', de: 'EUR', fr: 'EUR', it: 'EUR', es: 'EUR', ca: 'CAD', 'co.jp': 'JPY',
      in: 'INR', 'com.mx': 'MXN', 'com.br': 'BRL', 'com.au': 'AUD', nl: 'EUR', se: 'SEK', pl: 'PLN',
      sg: 'SGD', ae: 'AED', sa: 'SAR', 'com.tr': 'TRY', 'com.be': 'EUR',
    }); // prettier-ignore
    expect(amazonHost('sellercentral-europe.amazon.com')).toEqual({
      kind: 'seller-central',
      site: null,
    });
  });
});

/** Chrome's match-pattern grammar: scheme://host/path, host `*`, `*.x` or a plain name. */
const MATCH_PATTERN = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)\/.*$/;

function patternMatches(pattern: string, url: URL): boolean {
  const [, scheme, host] = MATCH_PATTERN.exec(pattern)!;
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  if (host === '*') return true;
  if (host!.startsWith('*.'))
    return url.hostname === host!.slice(2) || url.hostname.endsWith(host!.slice(1));
  return url.hostname === host;
}

describe('content-script match patterns', () => {
  it('are valid match patterns', () => {
    for (const p of amazon.matches) expect(p).toMatch(MATCH_PATTERN);
  });

  // Content scripts run on HTTPS only (a page over plain HTTP could be anyone's); the 2017 saved
  // amazon.in page's http:// URL is read by `parse --url` but covered here in its HTTPS form.
  it.each(pages.filter(([, t]) => t !== null).map(([u]) => u.replace(/^http:/, 'https:')))(
    'cover %s',
    (url) => {
      const u = new URL(url);
      expect(amazon.matches.some((p) => patternMatches(p, u))).toBe(true);
    },
  );

  it('never cover a page over plain HTTP', () => {
    const u = new URL('http://sellercentral.amazon.com/myinventory/inventory');
    expect(amazon.matches.some((p) => patternMatches(p, u))).toBe(false);
    for (const p of amazon.matches) expect(p).toMatch(/^https:\/\//);
  });

  it('do not inject into other amazon.com services', () => {
    for (const host of ['aws.amazon.com', 'developer.amazon.com', 'music.amazon.com']) {
      expect(amazon.matches.some((p) => patternMatches(p, new URL(`https://${host}/x`)))).toBe(
        false,
      );
    }
  });
});
