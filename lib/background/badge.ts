/**
 * The toolbar badge: number of open alerts of severity warning or worse, coloured by the worst; its
 * tooltip in the language the pages use (the saved setting, else the browser's).
 */
import { browser } from 'wxt/browser';
import type { SellerRadarDB } from '../db/database';
import { badgeSummary, type BadgeSummary } from '../alerts/lifecycle';
import { storageHealthItem } from './storage-health';
import { getSettings } from './settings-store';
import { resolveLanguage } from './ui-language';

export const BADGE_COLORS = { warning: '#B45309', critical: '#B91C1C' } as const;

export async function refreshBadge(db: SellerRadarDB): Promise<BadgeSummary> {
  // A full disk first: the badge reads "!" ("3!" with alerts) in red until a capture is stored again.
  const full = await storageHealthItem.getValue().catch(() => null);
  const summary = await badgeSummary(db);
  const action =
    browser.action ??
    (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const count = summary.count > 0 ? String(Math.min(summary.count, 999)) : '';
  await action.setBadgeText({ text: full ? `${count}!` : count });
  const worst = full ? 'critical' : summary.worst;
  if (worst && worst !== 'info') {
    await action.setBadgeBackgroundColor({ color: BADGE_COLORS[worst] });
  }
  const zh = resolveLanguage((await getSettings()).language) === 'zh';
  const parts = zh
    ? [
        'Seller Radar 卖家雷达',
        ...(full ? ['存储空间已满，打开的页面未被保存'] : []),
        ...(summary.count > 0 ? [`${summary.count} 条未处理提醒`] : []),
      ]
    : [
        'Seller Radar',
        ...(full ? ['storage full, pages are not being saved'] : []),
        ...(summary.count > 0
          ? [`${summary.count} open alert${summary.count === 1 ? '' : 's'}`]
          : []),
      ];
  await action.setTitle({ title: parts.join(' — ') });
  return summary;
}
