/**
 * The UI language every surface uses: the saved setting (EN / 中文), or with `auto` the browser's UI
 * language. The pages (useLang), the toolbar tooltip and the desktop notifications all resolve it here,
 * so they never disagree.
 */
import { browser } from 'wxt/browser';
import { uiLanguage, type Lang } from '../i18n';
import type { LanguageSetting } from '../schemas/settings';

export function resolveLanguage(setting: LanguageSetting): Lang {
  return uiLanguage(
    setting,
    browser.i18n?.getUILanguage?.() ?? (globalThis.navigator as Navigator | undefined)?.language,
  );
}
