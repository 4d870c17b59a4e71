/**
 * A full disk, remembered until a capture is stored again: when IndexedDB refuses a capture for lack
 * of space, the page the seller opened is lost (the content script cannot keep it once the tab moves
 * on), and that must not be silent. The state lives in storage.session (memory only: writing it needs
 * no disk) and drives the badge ("!") and a banner in the popup and the side panel, which say how many
 * pages were not saved and since when. The next capture that is stored clears it.
 */
import { storage } from 'wxt/utils/storage';
import { serialQueue } from '../serial';
import { fnv1a64 } from '../hash';

export interface StorageHealth {
  /** When the first capture was refused for lack of space. */
  since: string;
  /** The latest refusal. */
  last: string;
  /** Pages not saved since then. */
  lostPages: number;
  /** The page of the latest refusal. */
  lastUrl?: string;
  /**
   * Hashes of the pages counted (at most MAX_COUNTED): a page that keeps changing (carousels, ads) is
   * re-read and re-sent every few seconds, and each refusal of it is the same page not saved.
   */
  counted?: string[];
}

const MAX_COUNTED = 500;

export const storageHealthItem = storage.defineItem<StorageHealth | null>('session:storageHealth', {
  fallback: null,
});

const serial = serialQueue();

/** Serialised: two tabs refused at once both count. */
function update(fn: (current: StorageHealth | null) => StorageHealth | null): Promise<void> {
  return serial(async () => {
    const current = await storageHealthItem.getValue();
    const value = fn(current);
    if (value !== current) await storageHealthItem.setValue(value);
  });
}

/** One more refusal: a page not counted yet adds one to lostPages, the same page again does not. */
export function recordStorageFull(at: string, url?: string): Promise<void> {
  return update((cur) => {
    const counted = cur?.counted ?? [];
    // Hashes: the state names pages without keeping a list of their URLs.
    const key = url ? fnv1a64(url) : undefined;
    const seen = key !== undefined && counted.includes(key);
    return {
      since: cur?.since ?? at,
      last: at,
      lostPages: (cur?.lostPages ?? 0) + (seen ? 0 : 1),
      ...(url ? { lastUrl: url } : cur?.lastUrl ? { lastUrl: cur.lastUrl } : {}),
      counted: key === undefined || seen ? counted : [...counted, key].slice(-MAX_COUNTED),
    };
  });
}

export function clearStorageFull(): Promise<void> {
  return update((cur) => (cur === null ? cur : null));
}
