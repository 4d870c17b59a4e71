/**
 * eBay pages → page type, and the content-script match patterns covering them.
 *
 *   /itm/<itemId>, /itm/<slug>/<itemId>   item page                        (ebay/product)
 *   /sh/lst/active                         Seller Hub › Listings › Active   (ebay/inventory)
 *                                          (with its query variants: ?offset=200&limit=200,
 *                                          ?action=sort&sort=visitCount, ?status=PENDING_OFFERS …)
 *   /fdbk/feedback_profile/<userId>        a member's Feedback profile      (ebay/reviews)
 *   /fdbk/mweb_profile?username=<userId>   the same list as the item page's "See all feedback"
 *                                          opens it (`fdbkType=FeedbackReceivedAsSeller`,
 *                                          `item_id=`, `page_id_item=` …)
 *   /urw/<slug>/product-reviews/<epid>     a catalogue product's reviews    (ebay/reviews)
 *                                          (`?_itm=<itemId>` when opened from an item page)
 *   /splashui/challenge, /splashui/captcha eBay's bot check ("Pardon Our Interruption", "Please verify
 *                                          yourself to continue"), which names the page it stands in
 *                                          for in its `ru` parameter; recognised only so that it is
 *                                          reported as blocked (detect.ts), never parsed.
 *
 * Seller Hub's other listing tabs (/sh/lst/unsold, /drafts, /scheduled, /ended, /sold) are not read:
 * they list listings that are not on sale, whose prices would be taken for live ones.
 *
 * The item id (a decimal number, 12 digits since about 2010) is the product identity: eBay item ids
 * are global, so one listing opened on www.ebay.com and on www.ebay.co.uk is one listing, priced in
 * the currency the seller listed it in (the page says which, whatever the host). Only the www hosts
 * of the sites below, the ones eBay's listing form serves (editor.ts): each is a storefront with its
 * own Seller Hub.
 */
import type { PageMatch } from '../types';
import { EBAY_SITES } from './editor';

export interface EbaySite {
  /** Top-level domain after `ebay.` (`com`, `co.uk` …). */
  tld: string;
  /** The site's currency: the hint for a bare "$" and a price without a marker. */
  currency: string;
  /** The site's language and number format. */
  locale: string;
}

/** Every eBay site read, with its currency and locale (the listing form's sites, editor.ts). */
export const EBAY_SITE_INFO: readonly EbaySite[] = [
  { tld: 'com', currency: 'USD', locale: 'en-US' },
  { tld: 'co.uk', currency: 'GBP', locale: 'en-GB' },
  { tld: 'de', currency: 'EUR', locale: 'de-DE' },
  { tld: 'fr', currency: 'EUR', locale: 'fr-FR' },
  { tld: 'it', currency: 'EUR', locale: 'it-IT' },
  { tld: 'es', currency: 'EUR', locale: 'es-ES' },
  { tld: 'ca', currency: 'CAD', locale: 'en-CA' },
  { tld: 'com.au', currency: 'AUD', locale: 'en-AU' },
  { tld: 'at', currency: 'EUR', locale: 'de-AT' },
  { tld: 'ch', currency: 'CHF', locale: 'de-CH' },
  { tld: 'ie', currency: 'EUR', locale: 'en-IE' },
  { tld: 'nl', currency: 'EUR', locale: 'nl-NL' },
  { tld: 'be', currency: 'EUR', locale: 'nl-BE' },
  { tld: 'pl', currency: 'PLN', locale: 'pl-PL' },
] satisfies readonly (EbaySite & { tld: (typeof EBAY_SITES)[number] })[];

const SITE_BY_HOST: ReadonlyMap<string, EbaySite> = new Map(
  EBAY_SITE_INFO.map((s) => [`www.ebay.${s.tld}`, s]),
);

export const EBAY_MATCHES: string[] = [...SITE_BY_HOST.keys()].flatMap((host) => [
  `https://${host}/itm/*`,
  `https://${host}/sh/lst/active*`,
  `https://${host}/fdbk/*`,
  `https://${host}/urw/*`,
  `https://${host}/splashui/*`,
]);

/** The eBay site of a URL's host (`www.ebay.co.uk` → GBP), or null for any other host. */
export function ebaySite(url: URL): EbaySite | null {
  return SITE_BY_HOST.get(url.hostname.toLowerCase().replace(/\.$/, '')) ?? null;
}

const ITEM_PATH = /^\/itm\/(?:[^/]+\/)?(\d{9,15})\/?$/;
const ACTIVE_PATH = /^\/sh\/lst\/active\/?$/;
const BOT_CHECK_PATH = /^\/splashui\/(?:challenge|captcha)\/?$/;
const FEEDBACK_PROFILE_PATH = /^\/fdbk\/feedback_profile\/([^/?#]{1,64})\/?$/;
const FEEDBACK_MWEB_PATH = /^\/fdbk\/mweb_profile\/?$/;
const PRODUCT_REVIEWS_PATH = /^\/urw\/(?:[^/]+\/)?product-reviews\/(\d{4,20})\/?$/;
/** eBay user ids: letters, digits and `. _ - *` (masked ids carry `*`), at most 64 characters. */
const USER_ID = /^[\w.*-]{1,64}$/;

/** The item id an item page's URL names, or null. */
export function ebayItemIdFromUrl(url: URL): string | null {
  if (!ebaySite(url)) return null;
  return ITEM_PATH.exec(url.pathname)?.[1] ?? null;
}

/** The item id in a link to an item page (`/itm/285012345678`, `https://www.ebay.de/itm/slug/…?var=1`). */
export function itemIdFromHref(href: string): string | null {
  return /\/itm\/(?:[^/?#]+\/)?(\d{9,15})(?:[/?#]|$)/.exec(href)?.[1] ?? null;
}

export function isEbayItemId(id: string): boolean {
  return /^\d{9,15}$/.test(id);
}

/**
 * The member whose Feedback profile a URL shows (`/fdbk/feedback_profile/<userId>`,
 * `/fdbk/mweb_profile?username=<userId>`), or null for any other page.
 */
export function ebayFeedbackUserFromUrl(url: URL): string | null {
  if (!ebaySite(url)) return null;
  let user: string | null = null;
  const m = FEEDBACK_PROFILE_PATH.exec(url.pathname);
  if (m) {
    try {
      user = decodeURIComponent(m[1]!);
    } catch {
      return null;
    }
  } else if (FEEDBACK_MWEB_PATH.test(url.pathname)) {
    user = url.searchParams.get('username');
  }
  return user && USER_ID.test(user) ? user : null;
}

/**
 * A catalogue product's review page (`/urw/<slug>/product-reviews/<epid>`): the product (ePID) and
 * the item the page was opened from (`_itm=`, an item page's "See all reviews"), or null.
 */
export function ebayProductReviewsFromUrl(url: URL): { epid: string; item: string | null } | null {
  if (!ebaySite(url)) return null;
  const m = PRODUCT_REVIEWS_PATH.exec(url.pathname);
  if (!m) return null;
  const item = url.searchParams.get('_itm') ?? url.searchParams.get('itm');
  return { epid: m[1]!, item: item && isEbayItemId(item) ? item : null };
}

/** True on Seller Hub's Active listings tab. */
export function isSellerHubActive(url: URL): boolean {
  return ebaySite(url) !== null && ACTIVE_PATH.test(url.pathname);
}

/** True on eBay's bot check (`/splashui/challenge`, `/splashui/captcha`). */
export function isBotCheckPath(url: URL): boolean {
  return ebaySite(url) !== null && BOT_CHECK_PATH.test(url.pathname);
}

/** The page a bot check stands in for: its `ru` parameter, on the same host; null otherwise. */
export function botCheckTarget(url: URL): URL | null {
  const ru = url.searchParams.get('ru');
  if (!ru || ru.length > 4_000) return null;
  try {
    const target = new URL(ru, url.origin);
    return target.origin === url.origin ? target : null;
  } catch {
    return null;
  }
}

const PRODUCT: PageMatch = { market: 'ebay', pageType: 'product', parserId: 'ebay/product' };
const INVENTORY: PageMatch = { market: 'ebay', pageType: 'inventory', parserId: 'ebay/inventory' };
const REVIEWS: PageMatch = { market: 'ebay', pageType: 'reviews', parserId: 'ebay/reviews' };

function pageOf(url: URL): PageMatch | null {
  if (ebayItemIdFromUrl(url)) return PRODUCT;
  if (isSellerHubActive(url)) return INVENTORY;
  if (ebayFeedbackUserFromUrl(url) || ebayProductReviewsFromUrl(url)) return REVIEWS;
  return null;
}

export function matchEbayUrl(url: URL): PageMatch | null {
  if (!ebaySite(url)) return null;
  if (isBotCheckPath(url)) {
    // Reported as the page it stands in for; a check in front of anything else (search, sign-in) is
    // not a page we read.
    const target = botCheckTarget(url);
    return target ? pageOf(target) : null;
  }
  return pageOf(url);
}
