/**
 * Interstitials Etsy serves instead of (or over) a listing or shop page, never stored and never
 * alerting (DESIGN.md §5):
 *  - captcha:  DataDome's challenge. Etsy is behind DataDome; a visitor it suspects gets, at the page's
 *              own URL, a page whose only content is the captcha frame from geo.captcha-delivery.com
 *              (with `var dd={…'host':'geo.captcha-delivery.com'}` and ct.captcha-delivery.com/c.js),
 *              "Please enable JS and disable any ad blocker" when scripts do not run.
 *  - sign-in:  Etsy's sign-in form (`form#join-neu-form`, `#join_neu_password_field`), served as a page
 *              or as the overlay. A listing page behind the overlay is still the listing: only a page
 *              without the buy box, reviews or Shop Manager's listings is blocked (Shop Manager sends a
 *              signed-out seller to the sign-in page, which may keep the Shop Manager URL).
 * DataDome's ordinary tag (js.datadome.co) is on every Etsy page and means nothing.
 */
import type { BlockedReason } from '../types';
import { querySelectorFirst, textOf } from '../dom';
import {
  blockedSelectors,
  inventorySelectors,
  productSelectors,
  reviewSelectors,
} from './selectors';

const DD_SCRIPT = /captcha-delivery\.com/;
const DD_TEXT =
  /enable JS and disable any ad ?blocker|enable JavaScript and disable any ad ?blocker/i;

function hasContent(doc: Document): boolean {
  return (
    querySelectorFirst(doc, productSelectors.title) !== null ||
    querySelectorFirst(doc, productSelectors.priceRegion) !== null ||
    querySelectorFirst(doc, reviewSelectors.card) !== null ||
    doc.querySelector(inventorySelectors.editLink) !== null ||
    querySelectorFirst(doc, inventorySelectors.appChrome) !== null
  );
}

export function detectEtsyBlocked(doc: Document, _url: URL): BlockedReason | null {
  if (querySelectorFirst(doc, blockedSelectors.captcha)) return 'captcha';
  if (!hasContent(doc)) {
    const scripts = doc.querySelectorAll('script:not([src])');
    for (let i = 0; i < scripts.length && i < 20; i++) {
      const code = scripts[i]!.textContent ?? '';
      if (/\bvar\s+dd\s*=/.test(code) && DD_SCRIPT.test(code)) return 'captcha';
    }
    if (DD_TEXT.test(textOf(doc.body))) return 'captcha';
    if (querySelectorFirst(doc, blockedSelectors.signIn)) return 'sign-in';
  }
  return null;
}
