/**
 * Interstitials Seller Centre serves over (or instead of) the product list, never stored and never
 * alerting (DESIGN.md §5): its login (the account field `loginKey` of accounts.shopee.*, inline or framed)
 * when the session has expired, and Shopee's verification (the traffic-check slider).
 */
import type { BlockedReason } from '../types';
import { querySelectorFirst } from '../dom';
import { blockedSelectors } from './selectors';

export function detectShopeeBlocked(doc: Document, _url: URL): BlockedReason | null {
  if (querySelectorFirst(doc, blockedSelectors.captcha)) return 'captcha';
  if (querySelectorFirst(doc, blockedSelectors.signIn)) return 'sign-in';
  return null;
}
