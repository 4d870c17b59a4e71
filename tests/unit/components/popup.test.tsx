// @vitest-environment jsdom
/**
 * The popup's summary counts read as sentences in both languages: `1 product tracked` (not "1
 * products"), `27 条评论已采集 · 3 条负面评论`. Real Dexie (fake-indexeddb), WXT's fake browser.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../../components/popup-app';
import { getDb } from '../../../lib/db/database';
import type { ReviewRecord } from '../../../lib/db/types';
import { ownListing } from '../helpers';

// The banner asks the permissions API, which the fake browser does not have; it is tested on its own.
vi.mock('../../../components/site-access', () => ({ SiteAccessBanner: () => null }));

function review(id: string, label: ReviewRecord['label']): ReviewRecord {
  return {
    id: `amazon:${id}`,
    market: 'amazon',
    reviewId: id,
    listingId: 'amazon:B01',
    productKey: 'B01',
    rating: label === 'negative' ? 1 : 5,
    title: '',
    body: 'text',
    date: '2026-11-20',
    dateText: 'November 20, 2026',
    firstSeen: '2026-11-20T00:00:00.000Z',
    label,
  };
}

async function store(listings: number, reviews: Array<ReviewRecord['label']>) {
  const db = getDb();
  await Promise.all([db.listings.clear(), db.reviews.clear(), db.alerts.clear()]);
  await db.listings.bulkPut(
    Array.from({ length: listings }, (_, i) => ownListing(`amazon:B0${i + 1}`)),
  );
  await db.reviews.bulkPut(reviews.map((label, i) => review(`R${i + 1}`, label)));
}

async function summary(): Promise<string[]> {
  const section = await screen.findByRole('region', { name: /Summary|概览/ });
  let lines: string[] = [];
  await waitFor(() => {
    lines = [...section.querySelectorAll(':scope > div')].map((d) => d.textContent ?? '');
    expect(lines.join()).not.toContain('…');
  });
  return lines;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: 1 } as never);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('popup summary', () => {
  it('says one product and one review in the singular', async () => {
    await store(1, ['negative']);
    render(<PopupApp />);
    expect(await summary()).toEqual(['1 product tracked', '1 review captured · 1 negative']);
  });

  it('says several in the plural', async () => {
    await store(2, ['negative', 'positive', 'positive']);
    render(<PopupApp />);
    expect(await summary()).toEqual(['2 products tracked', '3 reviews captured · 1 negative']);
  });

  it('says what the negative ones are in Chinese', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('zh-CN');
    await store(1, ['negative', 'negative', 'positive']);
    render(<PopupApp />);
    expect(await summary()).toEqual(['1 件商品已跟踪', '3 条评论已采集 · 2 条负面评论']);
  });
});
