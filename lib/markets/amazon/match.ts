/**
 * Amazon URLs → page types, and the content-script match patterns covering them.
 * Storefronts: /dp/<ASIN>, /gp/product/<ASIN>, /<slug>/dp/<ASIN>, /gp/aw/d/<ASIN> (mobile) → product;
 * /product-reviews/<ASIN> → reviews; /gp/offer-listing/<ASIN> and the AOD fragment /gp/aod/ajax → offers
 * (the AOD panel is usually loaded INTO the product page: the product parser returns those offers too).
 * Seller Central: /myinventory/inventory, /inventory, /hz/inventory → inventory; /pricing/health →
 * pricing; /brand-customer-reviews/, /voice-of-the-customer/ → back-office-reviews.
 */
import type { PageType } from '../../schemas/snapshot';
import type { PageMatch } from '../types';

export interface AmazonSite {
  /** Top-level domain after `amazon.` (`com`, `co.uk` ...). */
  tld: string;
  currency: string;
  /** The storefront's default language, used for dates and numbers. */
  locale: string;
}

/** Every storefront we parse, with its currency (the hint for ambiguous `$` / `¥` / `kr`). */
export const AMAZON_SITES: readonly AmazonSite[] = [
  { tld: 'com', currency: 'USD', locale: 'en-US' },
  { tld: 'co.uk', currency: 'GBP', locale: 'en-GB' },
  { tld: 'de', currency: 'EUR', locale: 'de-DE' },
  { tld: 'fr', currency: 'EUR', locale: 'fr-FR' },
  { tld: 'it', currency: 'EUR', locale: 'it-IT' },
  { tld: 'es', currency: 'EUR', locale: 'es-ES' },
  { tld: 'ca', currency: 'CAD', locale: 'en-CA' },
  { tld: 'co.jp', currency: 'JPY', locale: 'ja-JP' },
  { tld: 'in', currency: 'INR', locale: 'en-IN' },
  { tld: 'com.mx', currency: 'MXN', locale: 'es-MX' },
  { tld: 'com.br', currency: 'BRL', locale: 'pt-BR' },
  { tld: 'com.au', currency: 'AUD', locale: 'en-AU' },
  { tld: 'nl', currency: 'EUR', locale: 'nl-NL' },
  { tld: 'se', currency: 'SEK', locale: 'sv-SE' },
  { tld: 'pl', currency: 'PLN', locale: 'pl-PL' },
  { tld: 'sg', currency: 'SGD', locale: 'en-SG' },
  { tld: 'ae', currency: 'AED', locale: 'en-AE' },
  { tld: 'sa', currency: 'SAR', locale: 'ar-SA' },
  { tld: 'com.tr', currency: 'TRY', locale: 'tr-TR' },
  { tld: 'com.be', currency: 'EUR', locale: 'fr-BE' },
];

const SITE_BY_TLD = new Map(AMAZON_SITES.map((s) => [s.tld, s]));

/** Seller Central hosts that are not `sellercentral.amazon.<tld>` (unified EU and Japan accounts). */
const SELLER_CENTRAL_EXTRA_HOSTS = [
  'sellercentral-europe.amazon.com',
  'sellercentral-japan.amazon.com',
];

export const AMAZON_MATCHES: string[] = [
  ...AMAZON_SITES.flatMap((s) => [`https://www.amazon.${s.tld}/*`, `https://amazon.${s.tld}/*`]),
  ...AMAZON_SITES.map((s) => `https://sellercentral.amazon.${s.tld}/*`),
  ...SELLER_CENTRAL_EXTRA_HOSTS.map((h) => `https://${h}/*`),
];

export type AmazonHostKind = 'store' | 'seller-central';

export interface AmazonHost {
  kind: AmazonHostKind;
  /** The storefront; null for the multi-marketplace Seller Central hosts (currency from the page). */
  site: AmazonSite | null;
}

/** Recognises an Amazon storefront or Seller Central host; null for anything else (aws.amazon.com ...). */
export function amazonHost(hostname: string): AmazonHost | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (SELLER_CENTRAL_EXTRA_HOSTS.includes(host)) {
    return {
      kind: 'seller-central',
      site: host.startsWith('sellercentral-japan') ? SITE_BY_TLD.get('co.jp')! : null,
    };
  }
  const m = /^(?:(www|smile|sellercentral)\.)?amazon\.([a-z.]+)$/.exec(host);
  if (!m) return null;
  const site = SITE_BY_TLD.get(m[2]!);
  if (!site) return null;
  return { kind: m[1] === 'sellercentral' ? 'seller-central' : 'store', site };
}

/** ASINs are 10 characters: `B0…` for most products, the ISBN-10 for books. */
const ASIN = '([A-Z0-9]{10})';
const PRODUCT_PATHS = [
  new RegExp(`^/(?:[^/]+/)?dp/${ASIN}(?:[/?]|$)`, 'i'),
  new RegExp(`^/gp/product/${ASIN}(?:[/?]|$)`, 'i'),
  new RegExp(`^/gp/aw/d/${ASIN}(?:[/?]|$)`, 'i'),
];
const REVIEW_PATHS = [new RegExp(`^/(?:[^/]+/)?product-reviews/${ASIN}(?:[/?]|$)`, 'i')];
const OFFER_PATHS = [new RegExp(`^/gp/offer-listing/${ASIN}(?:[/?]|$)`, 'i')];

function asinFrom(path: string, patterns: RegExp[]): string | null {
  for (const re of patterns) {
    const m = re.exec(path);
    if (m) return m[1]!.toUpperCase();
  }
  return null;
}

/** The ASIN the URL names (product, review or offer-listing page), upper-cased; null when none. */
export function asinFromUrl(url: URL): string | null {
  const path = url.pathname;
  const fromPath =
    asinFrom(path, PRODUCT_PATHS) ?? asinFrom(path, REVIEW_PATHS) ?? asinFrom(path, OFFER_PATHS);
  if (fromPath) return fromPath;
  const q = url.searchParams.get('asin') ?? url.searchParams.get('ASIN');
  return q && /^[A-Z0-9]{10}$/i.test(q) ? q.toUpperCase() : null;
}

const SELLER_CENTRAL_PATHS: [RegExp, PageType][] = [
  [/^\/myinventory\/inventory(?:[/?]|$)/i, 'inventory'],
  [/^\/(?:hz\/)?inventory(?:[/?]|$)/i, 'inventory'],
  [/^\/pricing\/health(?:[/?]|$)/i, 'pricing'],
  [/^\/brand-customer-reviews(?:[/?]|$)/i, 'back-office-reviews'],
  [/^\/voice-of-the-customer(?:[/?]|$)/i, 'back-office-reviews'],
];

export function parserIdFor(pageType: PageType): string {
  return `amazon/${pageType}`;
}

export function matchAmazonUrl(url: URL): PageMatch | null {
  const host = amazonHost(url.hostname);
  if (!host) return null;
  const path = url.pathname;
  let pageType: PageType | null = null;
  if (host.kind === 'seller-central') {
    for (const [re, type] of SELLER_CENTRAL_PATHS) {
      if (re.test(path)) {
        pageType = type;
        break;
      }
    }
  } else if (asinFrom(path, PRODUCT_PATHS)) {
    pageType = 'product';
  } else if (asinFrom(path, REVIEW_PATHS)) {
    pageType = 'reviews';
  } else if (
    asinFrom(path, OFFER_PATHS) ||
    (/^\/gp\/aod\/ajax(?:[/?]|$)/i.test(path) && asinFromUrl(url))
  ) {
    pageType = 'offers';
  }
  if (!pageType) return null;
  return { market: 'amazon', pageType, parserId: parserIdFor(pageType) };
}
