/**
 * Walmart (walmart.com) pages → page type, and the content-script match patterns covering them.
 *
 * www.walmart.com, the public site:
 *   /ip/<slug>/<usItemId>, /ip/<usItemId>   product page  (walmart/product)
 *   /reviews/product/<usItemId>             reviews page  (walmart/reviews)
 *   /blocked?url=<base64 of the path>       the "Robot or human?" block page Walmart redirects to;
 *                                           recognised only so that it is reported as blocked
 *                                           (detect.ts), never parsed.
 *
 * seller.walmart.com, Seller Center (the seller's own back office, signed in):
 *   /items-and-inventory/manage-items       Catalog › Items, the seller's items  (walmart/inventory);
 *                                           with the search and filters of the grid in the query
 *                                           (`?searchType=ALL_ITEMS&searchQuery=<SKU>`, `?filters=…`).
 *
 * The usItemId (Walmart's public item number, decimal) is the product identity: Seller Center calls it
 * "Item ID". Only these two hosts: walmart.com redirects to www, and nothing else is read.
 */
import type { PageMatch } from '../types';

export const WALMART_HOST = 'www.walmart.com';

export const SELLER_CENTER_HOST = 'seller.walmart.com';

export const WALMART_MATCHES: string[] = [
  `https://${WALMART_HOST}/ip/*`,
  `https://${WALMART_HOST}/reviews/product/*`,
  `https://${WALMART_HOST}/blocked*`,
  `https://${SELLER_CENTER_HOST}/items-and-inventory/manage-items*`,
];

const ITEM_ID = /^\d{4,15}$/;
const PRODUCT_PATH = /^\/ip\/(?:[^/]+\/)?(\d{4,15})\/?$/;
const REVIEWS_PATH = /^\/reviews\/product\/(\d{4,15})\/?$/;
const MANAGE_ITEMS_PATH = /^\/items-and-inventory\/manage-items\/?$/;

/** The public site's host (www.walmart.com), where product and review pages are. */
export function isWalmartHost(url: URL): boolean {
  return url.hostname.toLowerCase().replace(/\.$/, '') === WALMART_HOST;
}

/** Seller Center's host (seller.walmart.com), the seller's back office. */
export function isSellerCenterHost(url: URL): boolean {
  return url.hostname.toLowerCase().replace(/\.$/, '') === SELLER_CENTER_HOST;
}

/** True on Seller Center's item list (`/items-and-inventory/manage-items`). */
export function isManageItemsPage(url: URL): boolean {
  return isSellerCenterHost(url) && MANAGE_ITEMS_PATH.test(url.pathname);
}

/** True on Walmart's block page (`/blocked?url=…`). */
export function isBlockedPath(url: URL): boolean {
  return isWalmartHost(url) && /^\/blocked\/?$/.test(url.pathname);
}

/** The usItemId a product URL names, or null. */
export function walmartItemFromProductUrl(url: URL): string | null {
  if (!isWalmartHost(url)) return null;
  return PRODUCT_PATH.exec(url.pathname)?.[1] ?? null;
}

/** The usItemId a reviews URL names, or null. */
export function walmartItemFromReviewsUrl(url: URL): string | null {
  if (!isWalmartHost(url)) return null;
  return REVIEWS_PATH.exec(url.pathname)?.[1] ?? null;
}

export function isWalmartItemId(id: string): boolean {
  return ITEM_ID.test(id);
}

/** The page a block page stands in for: its `url` parameter, base64 of the path (`L2lwLzEyMzQ1`). */
export function blockedTarget(url: URL): URL | null {
  const raw = url.searchParams.get('url');
  if (!raw || raw.length > 4_000) return null;
  let path: string;
  try {
    path = atob(raw.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return null;
  }
  if (!path.startsWith('/')) return null;
  try {
    const target = new URL(path, url.origin);
    return target.origin === url.origin ? target : null;
  } catch {
    return null;
  }
}

export function matchWalmartUrl(url: URL): PageMatch | null {
  if (isManageItemsPage(url)) {
    return { market: 'walmart', pageType: 'inventory', parserId: 'walmart/inventory' };
  }
  if (!isWalmartHost(url)) return null;
  if (walmartItemFromProductUrl(url)) {
    return { market: 'walmart', pageType: 'product', parserId: 'walmart/product' };
  }
  if (walmartItemFromReviewsUrl(url)) {
    return { market: 'walmart', pageType: 'reviews', parserId: 'walmart/reviews' };
  }
  if (isBlockedPath(url)) {
    // Reported as the page it blocked (a reviews page when it names one), never parsed.
    const target = blockedTarget(url);
    return target && walmartItemFromReviewsUrl(target)
      ? { market: 'walmart', pageType: 'reviews', parserId: 'walmart/reviews' }
      : { market: 'walmart', pageType: 'product', parserId: 'walmart/product' };
  }
  return null;
}
