/** Browser notifications for newly opened critical alerts (a price war near the floor, a lost buy box ...). */
import { browser } from 'wxt/browser';
import type { Alert } from '../schemas/alert';
import type { LanguageSetting } from '../schemas/settings';
import { resolveLanguage } from './ui-language';

/** @param language the saved language setting: notifications speak the pages' language. */
export async function notifyCritical(opened: Alert[], language: LanguageSetting): Promise<void> {
  const critical = opened.filter((a) => a.severity === 'critical');
  if (critical.length === 0 || !browser.notifications) return;
  const lang = resolveLanguage(language);
  for (const alert of critical.slice(0, 3)) {
    await browser.notifications
      .create(`alert-${alert.id ?? alert.dedupeKey}`, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: lang === 'zh' ? 'Seller Radar：紧急提醒' : 'Seller Radar: critical alert',
        message: alert.message[lang],
        priority: 2,
      })
      .catch(() => undefined);
  }
}
