/**
 * The background speaks the language the pages speak: the saved EN / 中文 setting, the browser's UI
 * language only with `auto`. Desktop notifications and the toolbar tooltip, which the seller sees
 * without opening a page, must not fall back to the browser's language when they chose another one.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { notifyCritical } from '../../../lib/background/notify';
import { refreshBadge } from '../../../lib/background/badge';
import { settingsItem } from '../../../lib/background/settings-store';
import { setupBadge } from '../../../lib/background/setup';
import { getDb } from '../../../lib/db/database';
import type { Alert } from '../../../lib/schemas/alert';
import type { LanguageSetting } from '../../../lib/schemas/settings';
import { freshDb } from '../helpers';

function browserLanguage(language: string) {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(language);
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const AT = '2026-11-22T19:00:00.000Z';

function openAlert(subject: string, severity: Alert['severity'] = 'warning'): Alert {
  return {
    id: 7,
    kind: 'buy-box-lost',
    severity,
    subject,
    dedupeKey: `buy-box-lost:${subject}`,
    at: AT,
    message: {
      en: 'SmartHome Deals took the buy box at US$22.49; you are at US$22.99.',
      zh: 'SmartHome Deals 以 US$22.49 抢走了购物车（Buy Box）；您的价格为 US$22.99。',
    },
    nextStep: { en: 'n', zh: 'n' },
    evidence: {},
    state: 'open',
    createdAt: AT,
    updatedAt: AT,
  };
}

async function notified(language: LanguageSetting) {
  await notifyCritical([openAlert('amazon:B0057OC5O8', 'critical')], language);
  return Object.values(fakeBrowser.notifications.getAllCreateOptions());
}

describe('desktop notifications', () => {
  it('follow the saved language, not the browser’s', async () => {
    browserLanguage('en-US');
    expect(await notified('zh')).toMatchObject([
      {
        title: 'Seller Radar：紧急提醒',
        message: 'SmartHome Deals 以 US$22.49 抢走了购物车（Buy Box）；您的价格为 US$22.99。',
      },
    ]);
    fakeBrowser.reset();
    browserLanguage('zh-CN');
    expect(await notified('en')).toMatchObject([
      {
        title: 'Seller Radar: critical alert',
        message: 'SmartHome Deals took the buy box at US$22.49; you are at US$22.99.',
      },
    ]);
  });

  it('follow the browser’s language with the setting on auto', async () => {
    browserLanguage('zh-CN');
    expect(await notified('auto')).toMatchObject([{ title: 'Seller Radar：紧急提醒' }]);
  });
});

/** Three open warnings in `db`. */
async function threeOpen(db = freshDb()) {
  await db.alerts.bulkAdd(
    ['B01', 'B02', 'B03'].map((k) => {
      const { id: _id, ...alert } = openAlert(`amazon:${k}`);
      return alert;
    }),
  );
  return db;
}

describe('toolbar tooltip', () => {
  it('follows the saved language, not the browser’s', async () => {
    browserLanguage('en-US');
    const db = await threeOpen();
    await settingsItem.setValue({ language: 'zh' });
    await refreshBadge(db);
    expect(await fakeBrowser.action.getTitle({})).toBe('Seller Radar 卖家雷达 — 3 条未处理提醒');
    await settingsItem.setValue({ language: 'en' });
    browserLanguage('zh-CN');
    await refreshBadge(db);
    expect(await fakeBrowser.action.getTitle({})).toBe('Seller Radar — 3 open alerts');
  });

  it('is re-worded as soon as the language setting changes', async () => {
    browserLanguage('en-US');
    await getDb().alerts.clear();
    await threeOpen(getDb());
    setupBadge();
    await vi.waitFor(async () =>
      expect(await fakeBrowser.action.getTitle({})).toBe('Seller Radar — 3 open alerts'),
    );
    await settingsItem.setValue({ language: 'zh' });
    await vi.waitFor(async () =>
      expect(await fakeBrowser.action.getTitle({})).toBe('Seller Radar 卖家雷达 — 3 条未处理提醒'),
    );
  });
});
