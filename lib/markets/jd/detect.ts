/**
 * Interstitials JD serves instead of (or over) an item page, never stored and never alerting
 * (DESIGN.md §5). Since 2024 JD sends visitors who are not signed in to passport.jd.com, and a visitor
 * it finds suspicious to a slider verification (风控, "验证一下，购物无忧"). Those are other hosts, where
 * the content script does not run; what reaches an item URL is the login dialog or the verification
 * drawn over the page, or the same pages served at the item URL. Checked with a few selectors and the
 * title and headings only: the header's "你好，请登录" link is on every page and means nothing.
 *  - sign-in:     the passport.jd.com login form, inline or framed;
 *  - captcha:     JD's JDJR slider / image verification, or a verification page by its title;
 *  - robot-check: the "too many visits" page (访问频繁), no challenge to solve.
 */
import type { BlockedReason } from '../types';
import { headingsText, querySelectorFirst } from '../dom';
import { blockedSelectors } from './selectors';

const SIGN_IN_TITLE = /欢迎登录|京东-登录|用户登录|请登录/;
const CAPTCHA_TEXT = /验证一下|购物无忧|安全验证|完成验证|滑动验证|拖动.{0,6}滑块|请按住滑块/;
const ROBOT_TEXT = /访问(?:过于)?频繁|访问受限|请求过于频繁/;

export function detectJdBlocked(doc: Document, _url: URL): BlockedReason | null {
  const title = (doc.title ?? '').trim();
  const headings = headingsText(doc, blockedSelectors.headings);
  if (querySelectorFirst(doc, blockedSelectors.captcha) || CAPTCHA_TEXT.test(title)) {
    return 'captcha';
  }
  if (CAPTCHA_TEXT.test(headings) && !doc.querySelector('.sku-name, .sku-title-name')) {
    return 'captcha';
  }
  if (querySelectorFirst(doc, blockedSelectors.signInForm)) return 'sign-in';
  if (SIGN_IN_TITLE.test(title) && doc.querySelector('input[type="password"]')) return 'sign-in';
  if (ROBOT_TEXT.test(title) || ROBOT_TEXT.test(headings)) return 'robot-check';
  return null;
}
