// @vitest-environment jsdom
/**
 * The "storage is full" banner of the popup and the side panel: shown while captures are refused for
 * lack of disk space, with how many pages were lost since when, in the UI language; gone once a
 * capture is stored again (the state is watched, not read once).
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { StorageBanner, storageFullText } from '../../../components/storage-banner';
import {
  clearStorageFull,
  recordStorageFull,
  storageHealthItem,
} from '../../../lib/background/storage-health';
import { formatDateTime } from '../../../lib/i18n';

const SINCE = '2026-11-22T20:00:00.000Z';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('StorageBanner', () => {
  it('says nothing while storage is fine', async () => {
    render(<StorageBanner lang="en" />);
    await act(async () => {
      await storageHealthItem.getValue();
    });
    expect(screen.queryByTestId('storage-full')).toBeNull();
  });

  it('appears when a capture is refused and goes when one is stored again', async () => {
    render(<StorageBanner lang="zh" />);
    await act(async () => {
      await recordStorageFull(SINCE, 'https://www.amazon.com/dp/B0057OC5O8');
      await recordStorageFull('2026-11-22T20:03:00.000Z');
    });
    const banner = await screen.findByTestId('storage-full');
    expect(banner.getAttribute('role')).toBe('alert');
    expect(banner.textContent).toBe(
      `存储空间已满：自 ${formatDateTime(SINCE, 'zh')} 起，您打开的 2 个页面未被保存。请释放磁盘空间（或在设置中缩短价格历史的保留天数）；有空间后会自动恢复保存，需要的页面请重新打开。`,
    );
    await act(async () => {
      await clearStorageFull();
    });
    expect(screen.queryByTestId('storage-full')).toBeNull();
  });

  it('English, singular and plural', () => {
    const one = storageFullText({ since: SINCE, last: SINCE, lostPages: 1 }, 'en');
    expect(one).toMatch(/^Storage is full: 1 page you opened since .+ was not saved\. /);
    const three = storageFullText({ since: SINCE, last: SINCE, lostPages: 3 }, 'en');
    expect(three).toMatch(/^Storage is full: 3 pages you opened since .+ were not saved\. /);
  });
});
