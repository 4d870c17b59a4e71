/**
 * Interstitials eBay serves instead of an item page or Seller Hub, never stored and never alerting
 * (DESIGN.md §5):
 *  - robot-check: eBay's browser check, "Pardon Our Interruption…" / "Checking your browser before
 *                 you access eBay." (German "Bitte entschuldigen Sie die Störung", Spanish "Disculpa la
 *                 interrupción"), at /splashui/challenge?ru=<the page> or served at the page's URL;
 *  - captcha:     the same check escalated to a puzzle, /splashui/captcha ("Please verify yourself to
 *                 continue", an hCaptcha frame);
 *  - sign-in:     the sign-in form of signin.ebay.<tld> (user id, then password), where eBay sends a
 *                 seller whose session has expired when they open Seller Hub.
 * Checked with a few selectors, the title and the headings only, and only on a page without an item
 * title, a price, a Seller Hub grid, a feedback entry or a review: every eBay page has a "Sign in"
 * link in its header, and an item description or a review can say anything.
 */
import type { BlockedReason } from '../types';
import { headingsText, querySelectorFirst } from '../dom';
import { isBotCheckPath } from './match';
import {
  blockedSelectors,
  catalogReviewSelectors,
  feedbackSelectors,
  productSelectors,
  sellerHubSelectors,
} from './selectors';

const ROBOT_TEXT =
  /pardon our interruption|checking your browser before you access ebay|entschuldigen sie die (?:störung|unterbrechung)|disculpa la interrupci[oó]n|comprobaci[oó]n del navegador/i;
const CAPTCHA_TEXT =
  /please verify yourself|verify yourself to continue|verify you(?:'re| are) (?:a )?human/i;
const SIGN_IN_TITLE =
  /^\s*(?:sign in or register|sign in|einloggen|anmelden|se connecter|accedi|iniciar sesión|inloggen|zaloguj)\b/i;

function hasContent(doc: Document): boolean {
  return (
    querySelectorFirst(doc, productSelectors.title) !== null ||
    querySelectorFirst(doc, productSelectors.price) !== null ||
    querySelectorFirst(doc, sellerHubSelectors.grid) !== null ||
    doc.querySelector(sellerHubSelectors.anyRow) !== null ||
    querySelectorFirst(doc, feedbackSelectors.card) !== null ||
    doc.querySelector(catalogReviewSelectors.card) !== null
  );
}

export function detectEbayBlocked(doc: Document, url: URL): BlockedReason | null {
  const puzzle = querySelectorFirst(doc, blockedSelectors.captcha);
  if (isBotCheckPath(url)) {
    return puzzle || /\/captcha\/?$/.test(url.pathname) ? 'captcha' : 'robot-check';
  }
  if (hasContent(doc)) return null;
  if (puzzle) return 'captcha';
  const title = (doc.title ?? '').trim();
  const text = `${title} | ${headingsText(doc, blockedSelectors.headings)}`;
  if (CAPTCHA_TEXT.test(text)) return 'captcha';
  if (ROBOT_TEXT.test(text)) return 'robot-check';
  if (querySelectorFirst(doc, blockedSelectors.signIn)) return 'sign-in';
  if (SIGN_IN_TITLE.test(title) && doc.querySelector('input[type="password"]')) return 'sign-in';
  return null;
}
