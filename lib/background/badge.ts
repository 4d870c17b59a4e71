/** The toolbar badge: number of open alerts of severity warning or worse, coloured by the worst. */
import { browser } from 'wxt/browser';
import type { SellerRadarDB } from '../db/database';
import { badgeSummary, type BadgeSummary } from '../alerts/lifecycle';

export const BADGE_COLORS = { warning: '#B45309', critical: '#B91C1C' } as const;

export async function refreshBadge(db: SellerRadarDB): Promise<BadgeSummary> {
  const summary = await badgeSummary(db);
  const action =
    browser.action ??
    (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await action.setBadgeText({
    text: summary.count > 0 ? String(Math.min(summary.count, 999)) : '',
  });
  if (summary.worst && summary.worst !== 'info') {
    await action.setBadgeBackgroundColor({ color: BADGE_COLORS[summary.worst] });
  }
  const zh = (browser.i18n?.getUILanguage?.() ?? '').toLowerCase().startsWith('zh');
  const title = zh
    ? summary.count > 0
      ? `Seller Radar 卖家雷达 — ${summary.count} 条未处理提醒`
      : 'Seller Radar 卖家雷达'
    : summary.count > 0
      ? `Seller Radar — ${summary.count} open alert${summary.count === 1 ? '' : 's'}`
      : 'Seller Radar';
  await action.setTitle({ title });
  return summary;
}
