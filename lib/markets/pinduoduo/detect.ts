/**
 * Interstitials MMS serves over (or instead of) the product list, never stored and never alerting
 * (DESIGN.md §5): its login (账号登录 / 扫码登录, redirected to `mms.pinduoduo.com/login` or drawn over
 * the page when the session expires) and its slider verification (安全验证).
 */
import type { BlockedReason } from '../types';
import { headingsText, querySelectorFirst } from '../dom';
import { blockedSelectors } from './selectors';

const SIGN_IN_TEXT = /账号登录|扫码登录|商家登录|请登录/;
const CAPTCHA_TEXT = /安全验证|拖动.{0,6}滑块|滑动验证/;

export function detectPinduoduoBlocked(doc: Document, _url: URL): BlockedReason | null {
  const headings = headingsText(doc, ['h1', 'h2', 'h3', '[class*="title"]']);
  if (querySelectorFirst(doc, blockedSelectors.captcha) || CAPTCHA_TEXT.test(doc.title ?? '')) {
    return 'captcha';
  }
  if (querySelectorFirst(doc, blockedSelectors.signIn)) return 'sign-in';
  if (SIGN_IN_TEXT.test(headings) && doc.querySelector('input[type="password"]')) return 'sign-in';
  return null;
}
