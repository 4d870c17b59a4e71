/**
 * Interstitials Walmart serves instead of a page, never stored and never alerting (DESIGN.md §5).
 * Walmart's bot protection (PerimeterX / HUMAN) answers a visitor it doubts with the "Robot or human?"
 * page and its press-and-hold button (`#px-captcha`): either redirected to `/blocked?url=<base64>` or
 * served with status 200 at the product URL itself. Product pages load PerimeterX's sensor script and
 * name its hosts in their policies, so the words "perimeterx" or "px-captcha" in a page's text mean
 * nothing: only the challenge element, the block path or the page's title and headings count.
 *  - captcha:     the press-and-hold challenge (`#px-captcha`, or the "Robot or human?" page);
 *  - robot-check: the block page without a challenge to solve;
 *  - sign-in:     Seller Center's sign-in form shown at a Seller Center URL to a signed-out seller
 *                 (a password field and no item grid).
 */
import type { BlockedReason } from '../types';
import { headingsText, querySelectorFirst } from '../dom';
import { isBlockedPath, isSellerCenterHost } from './match';
import { blockedSelectors, productSelectors, sellerCenterSelectors } from './selectors';

const ROBOT_TEXT = /robot or human\?|activate and hold the button|press (?:&|and) hold/i;
/** The challenge page's whole title (a product may be called "Robot or Human? Party Game"). */
const ROBOT_TITLE = /^\s*robot or human\??\s*$/i;

export function detectWalmartBlocked(doc: Document, url: URL): BlockedReason | null {
  const challenge = querySelectorFirst(doc, blockedSelectors.captcha);
  if (isBlockedPath(url)) return challenge ? 'captcha' : 'robot-check';
  if (challenge) return 'captcha';
  const title = (doc.title ?? '').trim();
  if (ROBOT_TITLE.test(title)) return 'captcha';
  if (isSellerCenterHost(url)) {
    const grid = doc.querySelector('[role="grid"], [role="table"], table');
    if (!grid && querySelectorFirst(doc, sellerCenterSelectors.signIn)) return 'sign-in';
  }
  if (querySelectorFirst(doc, productSelectors.title)) return null;
  const headings = headingsText(doc, blockedSelectors.headings);
  return ROBOT_TEXT.test(headings) ? 'captcha' : null;
}
