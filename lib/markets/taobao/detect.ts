/**
 * Interstitials Taobao serves over (or instead of) the seller's product list, never stored and never
 * alerting (DESIGN.md §5): 千牛's login, framed from login.taobao.com (`#alibaba-login-box`, the account
 * field `#fm-login-id`), and Alibaba's slider verification (the nocaptcha slider `#nc_1_n1z`, the baxia
 * dialog, the `_____tmd_____/punish` page) that appears when the session looks automated.
 */
import type { BlockedReason } from '../types';
import { querySelectorFirst } from '../dom';
import { blockedSelectors } from './selectors';

const CAPTCHA_TITLE = /验证码|安全验证|滑动验证|拖动.{0,6}滑块/;

export function detectTaobaoBlocked(doc: Document, _url: URL): BlockedReason | null {
  if (querySelectorFirst(doc, blockedSelectors.captcha) || CAPTCHA_TITLE.test(doc.title ?? '')) {
    return 'captcha';
  }
  if (querySelectorFirst(doc, blockedSelectors.signIn)) return 'sign-in';
  return null;
}
