/**
 * Etsy pages → page type, and the content-script match patterns covering them.
 *
 *   listing page        `www.etsy.com/listing/<listingId>/<slug>`, also under a locale prefix
 *                       (`/uk/listing/…`, `/de/listing/…`, `/in-en/listing/…`): `product`;
 *   shop reviews page   `www.etsy.com/shop/<ShopName>/reviews` (same prefixes): `reviews`.
 *
 * Only www.etsy.com: `etsy.com` answers with a redirect to it, so no page is ever read there, and
 * the content script asks for no more than the two paths (the listing editor has its own script).
 */
import type { PageMatch } from '../types';

export const ETSY_HOST = 'www.etsy.com';

export const ETSY_MATCHES: string[] = [
  `https://${ETSY_HOST}/listing/*`,
  `https://${ETSY_HOST}/*/listing/*`,
  `https://${ETSY_HOST}/shop/*`,
  `https://${ETSY_HOST}/*/shop/*`,
];

/** Etsy's locale prefixes: a region (`uk`, `de`, `ca`) or a region and a language (`in-en`, `se-en`). */
const PREFIX = '(?:/[a-z]{2}(?:-[a-z]{2})?)?';
const LISTING_PATH = new RegExp(`^${PREFIX}/listing/(\\d{1,20})(?:/|$)`);
const SHOP_REVIEWS_PATH = new RegExp(`^${PREFIX}/shop/([A-Za-z0-9_-]{1,100})/reviews/?$`);

function isEtsyHost(url: URL): boolean {
  return url.hostname.toLowerCase().replace(/\.$/, '') === ETSY_HOST;
}

/** The listing id a listing page's URL names, or null for any other page. */
export function etsyListingIdFromUrl(url: URL): string | null {
  if (!isEtsyHost(url)) return null;
  return LISTING_PATH.exec(url.pathname)?.[1] ?? null;
}

/** The shop a shop reviews page's URL names, or null. */
export function etsyShopFromReviewsUrl(url: URL): string | null {
  if (!isEtsyHost(url)) return null;
  return SHOP_REVIEWS_PATH.exec(url.pathname)?.[1] ?? null;
}

/** The listing id in a link to a listing (`https://www.etsy.com/listing/123/slug?ref=…`, `/uk/listing/123`). */
export function listingIdFromHref(href: string): string | null {
  return /\/listing\/(\d{1,20})(?:[/?#]|$)/.exec(href)?.[1] ?? null;
}

export function matchEtsyUrl(url: URL): PageMatch | null {
  if (etsyListingIdFromUrl(url)) {
    return { market: 'etsy', pageType: 'product', parserId: 'etsy/product' };
  }
  if (etsyShopFromReviewsUrl(url)) {
    return { market: 'etsy', pageType: 'reviews', parserId: 'etsy/reviews' };
  }
  return null;
}
