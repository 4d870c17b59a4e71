/**
 * The listing being edited, per tab, in storage.session (memory only, cleared with the browser session):
 * the side panel's Listing check watches it and lints live.
 */
import { storage } from 'wxt/utils/storage';
import { serialQueue } from '../serial';
import type { SaveDraftMessage } from '../schemas/messages';

export interface StoredDraft {
  tabId: number | null;
  market: SaveDraftMessage['market'];
  url: string;
  at: string;
  draft: SaveDraftMessage['draft'];
}

export const draftsItem = storage.defineItem<Record<string, StoredDraft>>('session:drafts', {
  fallback: {},
});

const serial = serialQueue();

/** Serialised read-modify-write: two tabs typing at once must not drop each other's draft. */
export function setDraft(msg: SaveDraftMessage, tabId: number | undefined): Promise<void> {
  return serial(() => writeDraft(msg, tabId));
}

async function writeDraft(msg: SaveDraftMessage, tabId: number | undefined): Promise<void> {
  const all = await draftsItem.getValue();
  all[String(tabId ?? 'none')] = {
    tabId: tabId ?? null,
    market: msg.market,
    url: msg.url,
    at: msg.at,
    draft: msg.draft,
  };
  // Keep only the 20 most recent editors.
  const recent = Object.entries(all)
    .toSorted(([, a], [, b]) => (a.at < b.at ? 1 : -1))
    .slice(0, 20);
  await draftsItem.setValue(Object.fromEntries(recent));
}
