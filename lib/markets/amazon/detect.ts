/**
 * Interstitials Amazon serves at any URL instead of the page asked for (DESIGN.md §5: they must never
 * be stored or raise alerts). Checked with a few selectors and the title/headings only, never the
 * whole body text: a 3 MB product page must not be scanned just to learn it is not a CAPTCHA.
 *  - captcha:     the /errors/validateCaptcha form with a character image or input
 *                 ("Enter the characters you see below"), the classic "Robot Check" page included;
 *  - robot-check: the same form without a challenge ("Click the button below to continue shopping"),
 *                 or a "Robot Check" title without the form;
 *  - sign-in:     the /ap/signin form (storefront and Seller Central) and the two-step verification form.
 */
import type { BlockedReason } from '../types';
import { headingsText, querySelectorFirst } from '../dom';
import { blockedSelectors } from './selectors';

const CAPTCHA_TEXT =
  /enter the characters you see below|type the characters you see in this image|geben sie die zeichen unten ein|saisissez les caractères|inserisci i caratteri|introduce los caracteres|digite os caracteres|下に表示されている文字を入力|请输入您在下方看到的字符/i;
const ROBOT_TEXT =
  /robot check|not a robot|click the button below to continue shopping|kein roboter|pas un robot|non sei un robot|no eres un robot|ロボットではない/i;
const SIGN_IN_TITLE =
  /amazon sign[- ]in|sign in|anmelden|identifiez-vous|connexion|accedi|iniciar sesión|fazer login|inloggen|logga in|zaloguj|giriş yap|ログイン|登录/i;

export function detectAmazonBlocked(doc: Document, _url: URL): BlockedReason | null {
  const title = (doc.title ?? '').trim();
  const captchaForm = querySelectorFirst(doc, blockedSelectors.captchaForm);
  const challenge = querySelectorFirst(doc, blockedSelectors.captchaInput);
  const headings = headingsText(doc, blockedSelectors.headings);
  if ((captchaForm && challenge) || CAPTCHA_TEXT.test(headings)) return 'captcha';
  if (captchaForm || ROBOT_TEXT.test(title) || ROBOT_TEXT.test(headings)) {
    return challenge ? 'captcha' : 'robot-check';
  }
  const signIn = querySelectorFirst(doc, blockedSelectors.signInForm);
  if (signIn) return 'sign-in';
  // A sign-in page whose form is rendered later still has the title and a password field.
  if (SIGN_IN_TITLE.test(title) && doc.querySelector('input[type="password"]')) return 'sign-in';
  return null;
}
