/**
 * Interstitials Taobao serves over (or instead of) an item page or the seller's product list, never
 * stored and never alerting (DESIGN.md §5): the login of login.taobao.com, framed or drawn over the page
 * (`#alibaba-login-box`, the account field `#fm-login-id`; 千牛's and the item page's login dialog), and
 * Alibaba's slider verification (the nocaptcha slider `#nc_1_n1z`, the baxia dialog, the
 * `_____tmd_____/punish` page framed over the page or served in its place, titled 验证码拦截) that
 * appears when a session looks automated. A redirect to login.taobao.com itself leaves the item URL:
 * the content script does not run there.
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
