/**
 * Wiring of the background service worker. Every listener is registered synchronously at top level of
 * the service worker (MV3 wakes it for events); no state lives in globals that is not also in storage.
 */
import { browser, type Browser } from 'wxt/browser';
import { getDb } from '../db/database';
import { handleMessage, type ChangeEvent } from './handler';
import { getSettings, settingsItem } from './settings-store';
import { refreshBadge } from './badge';
import { recomputeAlerts, serialized } from './recompute';
import { notifyCritical } from './notify';
import { setDraft } from './drafts';
import { applyRetention } from './retention';
import { deleteAllData, watchInterruptedChanges } from './data-transfer';
import { clearStorageFull, recordStorageFull, storageHealthItem } from './storage-health';
import type { Alert } from '../schemas/alert';

export const RECOMPUTE_ALARM = 'recompute-alerts';
export const RETENTION_ALARM = 'retention';

function nowIso(): string {
  return new Date().toISOString();
}

async function afterChange(event: ChangeEvent): Promise<void> {
  await serialized(async () => {
    const db = getDb();
    const settings = await getSettings();
    let opened: Alert[] = [];
    if (event.kind === 'ingest') {
      opened = await recomputeAlerts(db, settings, nowIso(), {
        listingIds: event.result.listingIds,
        newReviewIds: event.result.newReviewIds,
        revisedReviewIds: event.result.revisedReviewIds,
      });
    } else if (event.kind === 'alerts') {
      opened = await recomputeAlerts(db, settings, nowIso());
    }
    await refreshBadge(db);
    if (settings.notifications) await notifyCritical(opened, settings.language);
  });
}

export function setupMessaging(): void {
  const extensionOrigin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) =>
    handleMessage(raw, sender, {
      db: getDb(),
      extensionId: browser.runtime.id,
      extensionOrigin,
      getSettings,
      now: nowIso,
      afterChange,
      saveDraft: async (msg, tabId) => setDraft(msg, tabId),
      deleteAllData: async () => deleteAllData(getDb()),
      storageState: async (state) => {
        const before = await storageHealthItem.getValue();
        if (state.full) await recordStorageFull(nowIso(), state.url);
        else if (before === null) return;
        else await clearStorageFull();
        await refreshBadge(getDb());
      },
    }),
  );
}

function logFailure(what: string): (err: unknown) => void {
  return (err) => console.error(`[seller-radar] ${what} failed`, err);
}

/** Creates the alarms, or re-creates the recompute alarm when its period setting changed. */
async function ensureAlarms(): Promise<void> {
  const s = await getSettings();
  const existing = await browser.alarms.get(RECOMPUTE_ALARM);
  if (!existing || existing.periodInMinutes !== s.thresholds.recomputeMinutes) {
    await browser.alarms.create(RECOMPUTE_ALARM, {
      periodInMinutes: s.thresholds.recomputeMinutes,
    });
  }
  if (!(await browser.alarms.get(RETENTION_ALARM))) {
    await browser.alarms.create(RETENTION_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 5 });
  }
}

export function setupAlarms(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RECOMPUTE_ALARM)
      void afterChange({ kind: 'alerts' }).catch(logFailure('scheduled recompute'));
    if (alarm.name === RETENTION_ALARM)
      void getSettings()
        .then((s) => applyRetention(getDb(), s, nowIso()))
        .catch(logFailure('retention'));
  });
  // Alarms survive service-worker restarts but not browser updates: (re)create them on every start,
  // and whenever the settings change (the recompute period is a setting).
  void ensureAlarms().catch(logFailure('alarm setup'));
  settingsItem.watch(() => void ensureAlarms().catch(logFailure('alarm setup')));
}

/** An import or delete-all that a closed page or a stopped worker left half-way is finished or undone. */
export function setupRecovery(): void {
  const failed = logFailure('recovery of an interrupted import');
  watchInterruptedChanges(
    getDb(),
    (outcome) => {
      if (outcome === 'rolled-back') void afterChange({ kind: 'alerts' }).catch(failed);
    },
    failed,
  );
}

export function setupBadge(): void {
  browser.runtime.onStartup.addListener(() => void refreshBadge(getDb()));
  browser.runtime.onInstalled.addListener(() => void refreshBadge(getDb()));
  // The tooltip speaks the language setting: switching EN / 中文 in a page re-words it at once.
  // In the recompute queue, so that it never overwrites a newer count with one read before a run.
  settingsItem.watch(
    () => void serialized(() => refreshBadge(getDb())).catch(logFailure('badge refresh')),
  );
  void refreshBadge(getDb());
}

export function setupSidePanel(): void {
  // Chrome: the toolbar button opens the side panel, the workspace. The popup stays the action's page in
  // browsers without a side panel API (Firefox shows the sidebar from its own button).
  const sidePanel = (
    browser as unknown as { sidePanel?: { setPanelBehavior: (o: object) => Promise<void> } }
  ).sidePanel;
  if (!sidePanel) return;
  void sidePanel
    .setPanelBehavior({ openPanelOnActionClick: true })
    .then(() => browser.action.setPopup({ popup: '' }))
    .catch(() => undefined);
}
