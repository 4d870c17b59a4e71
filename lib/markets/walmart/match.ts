/**
 * Walmart (walmart.com) pages → page type, and the content-script match patterns covering them.
 *
 *   /ip/<slug>/<usItemId>, /ip/<usItemId>   product page  (walmart/product)
 *   /reviews/product/<usItemId>             reviews page  (walmart/reviews)
 *   /blocked?url=<base64 of the path>       the "Robot or human?" block page Walmart redirects to;
 *                                           recognised only so that it is reported as blocked
 *                                           (detect.ts), never parsed.
 *
 * The usItemId (Walmart's public item number, decimal) is the product identity. Only www.walmart.com:
 * walmart.com redirects there, and nothing else on the site is read.
 */
import type { PageMatch } from '../types';

export const WALMART_HOST = 'www.walmart.com';

export const WALMART_MATCHES: string[] = [
  `https://${WALMART_HOST}/ip/*`,
  `https://${WALMART_HOST}/reviews/product/*`,
  `https://${WALMART_HOST}/blocked*`,
];

const ITEM_ID = /^\d{4,15}$/;
const PRODUCT_PATH = /^\/ip\/(?:[^/]+\/)?(\d{4,15})\/?$/;
const REVIEWS_PATH = /^\/reviews\/product\/(\d{4,15})\/?$/;

export function isWalmartHost(url: URL): boolean {
  return url.hostname.toLowerCase().replace(/\.$/, '') === WALMART_HOST;
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
