/**
 * Interstitials Mercado Libre serves instead of a page, never stored and never alerting (DESIGN.md §5):
 *  - sign-in: the login form (`form#login_user_form`, `input#user_id`, posting to `/lgz/`), which a
 *             signed-out seller is sent to from the listings page; recognised when it is served at a
 *             page URL, on a page without the product or the listings;
 *  - captcha: the reCAPTCHA / account-verification challenge shown to visitors it doubts.
 * The product page and the listings page carry neither, so the check only runs on a page where
 * neither the product (title, price block) nor the listings app can be found.
 */
import type { BlockedReason } from '../types';
import { querySelectorFirst } from '../dom';
import { blockedSelectors, listingsSelectors, productSelectors } from './selectors';

function hasContent(doc: Document): boolean {
  return (
    querySelectorFirst(doc, productSelectors.title) !== null ||
    querySelectorFirst(doc, productSelectors.priceBlock) !== null ||
    querySelectorFirst(doc, listingsSelectors.row) !== null ||
    querySelectorFirst(doc, listingsSelectors.appChrome) !== null
  );
}

export function detectMeliBlocked(doc: Document, _url: URL): BlockedReason | null {
  if (hasContent(doc)) return null;
  if (querySelectorFirst(doc, blockedSelectors.captcha)) return 'captcha';
  if (querySelectorFirst(doc, blockedSelectors.signIn)) return 'sign-in';
  return null;
}
