/**
 * Etsy pages → page type, and the content-script match patterns covering them.
 *
 *   listing page        `www.etsy.com/listing/<listingId>/<slug>`, also under a locale prefix
 *                       (`/uk/listing/…`, `/de/listing/…`, `/in-en/listing/…`): `product`;
 *   shop reviews page   `www.etsy.com/shop/<ShopName>/reviews` (same prefixes): `reviews`;
 *   Shop Manager        `www.etsy.com/your/shops/me/tools/listings` (`me` or the shop's name), the
 *   listings            seller's own listings: `inventory`. Etsy keeps the view's filters in one path
 *                       segment of `key:value` pairs (`/tools/listings/state:draft,view:table`,
 *                       `/page:2,state:inactive`, `/sort:stock,order:ascending`, `/stats:true`), and a
 *                       listing opened in the side drawer after it (`…/state:draft/details/<id>`); the
 *                       sidebar link adds `?ref=seller-platform-mcnav`, the status tabs may add
 *                       `?item_status=draft`. Never under a locale prefix. `/tools/listings/create`
 *                       (the editor), `/tools/listings/bulk` and `/tools/listings/<id>` are not the list.
 *
 * Only www.etsy.com: `etsy.com` answers with a redirect to it, so no page is ever read there, and
 * the content script asks for no more than these paths (the listing editor has its own script).
 */
import type { PageMatch } from '../types';

export const ETSY_HOST = 'www.etsy.com';

export const ETSY_MATCHES: string[] = [
  `https://${ETSY_HOST}/listing/*`,
  `https://${ETSY_HOST}/*/listing/*`,
  `https://${ETSY_HOST}/shop/*`,
  `https://${ETSY_HOST}/*/shop/*`,
  `https://${ETSY_HOST}/your/shops/*/tools/listings*`,
];

/** Etsy's locale prefixes: a region (`uk`, `de`, `ca`) or a region and a language (`in-en`, `se-en`). */
const PREFIX = '(?:/[a-z]{2}(?:-[a-z]{2})?)?';
const LISTING_PATH = new RegExp(`^${PREFIX}/listing/(\\d{1,20})(?:/|$)`);
const SHOP_REVIEWS_PATH = new RegExp(`^${PREFIX}/shop/([A-Za-z0-9_-]{1,100})/reviews/?$`);
/** One `key:value[,key:value…]` filter segment of the Shop Manager list (`state:draft,view:table`). */
const FILTERS = '[a-z_]{1,30}:[^/,]{0,200}(?:,[a-z_]{1,30}:[^/,]{0,200}){0,20}';
const INVENTORY_PATH = new RegExp(
  `^/your/shops/(me|[A-Za-z0-9_-]{1,100})/tools/listings(?:/(${FILTERS}))?(?:/details/\\d{1,20})?/?$`,
);

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

/**
 * The Shop Manager listings page a URL names: the shop (`me` for the signed-in seller's) and the
 * filters of its path segment (`{state: 'draft', view: 'table'}`), or null for any other page.
 */
export function etsyInventoryFromUrl(
  url: URL,
): { shop: string; filters: Record<string, string> } | null {
  if (!isEtsyHost(url)) return null;
  const m = INVENTORY_PATH.exec(url.pathname);
  if (!m) return null;
  const filters: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const pair of (m[2] ?? '').split(',')) {
    const i = pair.indexOf(':');
    if (i <= 0) continue;
    let value = pair.slice(i + 1);
    try {
      value = decodeURIComponent(value);
    } catch {
      // A malformed escape stays as written: filters only ever name a state or a view.
    }
    filters[pair.slice(0, i)] = value;
  }
  return { shop: m[1]!, filters };
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
  if (etsyInventoryFromUrl(url)) {
    return { market: 'etsy', pageType: 'inventory', parserId: 'etsy/inventory' };
  }
  return null;
}
