// @vitest-environment jsdom
/**
 * The options page's "Your data" section: import, delete and export as the seller uses them. The page
 * imports into the database itself (real importAll on fake-indexeddb, WXT's fake browser storage); its
 * messages (recompute after an import, delete all) go to the real background handler, as they do
 * through runtime.sendMessage.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../components/options-app';
import { deleteAllData, exportAll } from '../../../lib/background/data-transfer';
import { handleMessage } from '../../../lib/background/handler';
import { loadSettings } from '../../../lib/background/settings-store';
import { getDb } from '../../../lib/db/database';
import { defaultSettings } from '../../../lib/schemas/settings';
import type { Message } from '../../../lib/schemas/messages';
import { downloadText } from '../../../components/download';
import { ownListing } from '../helpers';

vi.mock('../../../components/download', () => ({ downloadText: vi.fn() }));

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT}/`;

/** runtime.sendMessage from the options page, answered by the background's handler. */
function backgroundAnswers(afterChange: () => Promise<void> = async () => undefined) {
  return vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((msg: Message) =>
    handleMessage(
      msg,
      { id: EXT, url: `${ORIGIN}options.html` },
      {
        db: getDb(),
        extensionId: EXT,
        extensionOrigin: ORIGIN,
        getSettings: async () => defaultSettings,
        now: () => '2026-11-22T00:00:00.000Z',
        afterChange,
        deleteAllData: () => deleteAllData(getDb()),
      },
    )) as never);
}

function useLanguage(language: string) {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(language);
}

beforeEach(async () => {
  fakeBrowser.reset();
  useLanguage('en-US');
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Seller Radar',
    version: '0.1.0',
  });
  await getDb().listings.clear();
  await getDb().listings.put(
    ownListing('amazon:B01', { productKey: 'B01', title: 'Relay module' }),
  );
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** A picked file; jsdom's File has no text() (browsers' has). */
function jsonFile(text: string): File {
  const file = new File([text], 'seller-radar-export.json', { type: 'application/json' });
  Object.defineProperty(file, 'text', { value: async () => text });
  return file;
}

/** Picks a file in the page's "Import data" input. */
async function importFile(label: string, text: string | File) {
  const input = (await screen.findByText(label)).querySelector('input')!;
  fireEvent.change(input, {
    target: { files: [typeof text === 'string' ? jsonFile(text) : text] },
  });
}

async function statusText(pattern: RegExp, timeout?: number): Promise<string> {
  let text = '';
  await waitFor(
    () => {
      text = screen
        .getAllByRole('status')
        .map((s) => s.textContent)
        .join(' | ');
      expect(text).toMatch(pattern);
    },
    timeout ? { timeout } : {},
  );
  return text;
}

/** The status line's sentence and, on its own line, the technical detail it shows (if any). */
function statusParts(): { sentence: string; detail: string | null } {
  const status = screen.getByRole('status');
  const detail = status.querySelector('.status-detail');
  return {
    sentence: (status.textContent ?? '').slice(
      0,
      detail ? -(detail.textContent ?? '').length : undefined,
    ),
    detail: detail?.textContent ?? null,
  };
}

/** A genuine export of the current database, as the Export button writes it. */
async function genuineExport(): Promise<Record<string, unknown>> {
  return { ...(await exportAll(getDb(), defaultSettings, '2026-11-22T00:00:00.000Z')) };
}

const SEEN = { firstSeen: '2026-11-20T00:00:00.000Z', lastSeen: '2026-11-20T00:00:00.000Z' };
/** A product as a capture stores it (with the dates an import checks). */
const product = (productKey: string, title = 'Relay module') =>
  ownListing(`amazon:${productKey}`, { productKey, title, ...SEEN });

/** A genuine export that imports: the current database, its product captured on a date. */
async function importableExport(): Promise<{
  tables: { listings: unknown[]; reviews: unknown[] };
}> {
  await getDb().listings.put(product('B01'));
  return (await genuineExport()) as unknown as {
    tables: { listings: unknown[]; reviews: unknown[] };
  };
}

describe('options: import', () => {
  beforeEach(() => void vi.spyOn(window, 'confirm').mockReturnValue(true));

  it('says that an export from a newer release needs an update, in the UI language', async () => {
    backgroundAnswers();
    const newer = JSON.stringify({ ...(await genuineExport()), version: 2 });
    render(<OptionsApp />);
    await importFile('Import data', newer);
    expect(await statusText(/newer/)).toBe(
      'This file was made by a newer version of Seller Radar (format 2). Update Seller Radar to import it; nothing was changed.',
    );
    cleanup();

    useLanguage('zh-CN');
    render(<OptionsApp />);
    await importFile('导入数据', newer);
    expect(await statusText(/更新/)).toBe(
      '该文件由更新版本的 Seller Radar 导出（格式 2）。请先更新 Seller Radar 再导入；未做任何更改。',
    );
    expect(await getDb().listings.count()).toBe(1);
  });

  it('says that a damaged export was refused, and which row is damaged', async () => {
    backgroundAnswers();
    const file = await genuineExport();
    const tables = file['tables'] as { listings: Array<Record<string, unknown>> };
    delete tables.listings[0]!['skus'];
    render(<OptionsApp />);
    await importFile('Import data', JSON.stringify(file));
    await statusText(/damaged/);
    expect(statusParts()).toEqual({
      sentence:
        'This Seller Radar export is damaged or was edited, so it was not imported; nothing was changed.',
      detail:
        'Technical details: Invalid table "listings", row 1: skus: Invalid input: expected array, received undefined',
    });
  });

  it('in Chinese, says it in Chinese and marks the English detail on its own line', async () => {
    backgroundAnswers();
    useLanguage('zh-CN');
    render(<OptionsApp />);
    await importFile('导入数据', 'this is not json {');
    await statusText(/不是/);
    const { sentence, detail } = statusParts();
    expect(sentence).toBe('该文件不是 Seller Radar 导出文件，未做任何更改。');
    expect(detail).toMatch(/^技术详情（英文）：Not a Seller Radar export file: not JSON \(/);
    // The English goes nowhere else: not in brackets after the Chinese sentence.
    expect(sentence).not.toMatch(/[A-Za-z]{4,}.*\(/);
  });

  it('imports the file in the page, then asks the background (in a small message) to refresh the alerts and the badge', async () => {
    const afterChange = vi.fn(async () => undefined);
    const sendMessage = backgroundAnswers(afterChange);
    const file = await importableExport();
    file.tables.listings.push(product('B02', 'Fuse holder'));
    render(<OptionsApp />);
    await importFile('Import data', JSON.stringify(file));
    expect(await statusText(/Imported/)).toBe('Imported.');
    expect((await getDb().listings.toArray()).map((l) => l.id)).toEqual([
      'amazon:B01',
      'amazon:B02',
    ]);
    expect(sendMessage.mock.calls).toEqual([[{ type: 'recomputeAlerts' }]]);
    expect(afterChange).toHaveBeenCalledWith({ kind: 'alerts' });
  });

  it('says that the import is done and the alerts refresh later when the background does not answer, instead of leaving an unhandled rejection', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    const file = await importableExport();
    file.tables.listings.push(product('B02'));
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      render(<OptionsApp />);
      await importFile('Import data', JSON.stringify(file));
      await statusText(/Imported/);
      expect(statusParts()).toEqual({
        sentence:
          'Imported. Seller Radar’s background did not refresh the alerts and the badge; they are refreshed at its next recompute.',
        detail: 'Technical details: Could not establish connection. Receiving end does not exist.',
      });
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    expect(unhandled).toEqual([]);
    expect(await getDb().listings.count()).toBe(2);
  });

  it('imports an export larger than an extension message can carry (64 MiB), without sending it', async () => {
    const sendMessage = backgroundAnswers();
    const file = await importableExport();
    // A genuine export padded with many rows: 720 long reviews (96 KiB each), about 66 MiB.
    const body = 'The relay clicks but the contacts stay open. '.repeat(2200).slice(0, 96 * 1024);
    for (let i = 0; i < 720; i++)
      file.tables.reviews.push({
        id: `amazon:R${i}`,
        market: 'amazon',
        reviewId: `R${i}`,
        listingId: 'amazon:B01',
        productKey: 'B01',
        rating: 1,
        title: 'Stopped working',
        body,
        date: '2026-11-19',
        dateText: 'November 19, 2026',
        firstSeen: SEEN.firstSeen,
      });
    const text = JSON.stringify(file);
    expect(text.length).toBeGreaterThan(64 * 1024 * 1024);
    const picked = jsonFile(text);
    expect(picked.size).toBeGreaterThan(64 * 1024 * 1024);
    render(<OptionsApp />);
    await importFile('Import data', picked);
    expect(await statusText(/Imported/, 60_000)).toBe('Imported.');
    expect(await getDb().reviews.count()).toBe(720);
    expect((await getDb().reviews.get('amazon:R719'))?.body).toBe(body);
    // The only message is the small recompute request.
    expect(sendMessage.mock.calls).toEqual([[{ type: 'recomputeAlerts' }]]);
  }, 120_000);
});

describe('options: saved settings apply at once', () => {
  it('asks the background to recompute the alerts after a save, not at the next alarm', async () => {
    const afterChange = vi.fn(async () => undefined);
    const sendMessage = backgroundAnswers(afterChange);
    await getDb().listings.put(ownListing('ebay:285012345678', { productKey: '285012345678' }));
    render(<OptionsApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add group' }));
    const members = screen.getByLabelText('Group name Group 1') as HTMLSelectElement;
    await waitFor(() => expect(members.options).toHaveLength(2));
    for (const o of members.options) o.selected = true;
    fireEvent.change(members);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await statusText(/Saved/);
    await waitFor(() => expect(afterChange).toHaveBeenCalledWith({ kind: 'alerts' }));
    expect(sendMessage.mock.calls).toEqual([[{ type: 'recomputeAlerts' }]]);
    // The recompute reads the settings as saved.
    expect((await loadSettings()).settings.channelGroups[0]!.members).toHaveLength(2);
  });

  it('asks nothing when the save was refused', async () => {
    const sendMessage = backgroundAnswers();
    render(<OptionsApp />);
    fireEvent.change(await screen.findByLabelText('Price war: minimum alternating cuts'), {
      target: { value: '1' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await statusText(/Not saved/);
    await new Promise((r) => setTimeout(r, 50));
    expect(sendMessage).not.toHaveBeenCalled();
  });
});

describe('options: import of settings this release cannot read', () => {
  it('imports the tables, keeps the settings as the file has them, and says what it cannot read', async () => {
    backgroundAnswers();
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    const file = await importableExport();
    const settings = {
      ownSellers: ['My Shop'],
      thresholds: { ...defaultSettings.thresholds, undercutPct: 150 },
    };
    render(<OptionsApp />);
    await importFile('Import data', JSON.stringify({ ...file, settings }));
    expect(await statusText(/Imported/)).toBe('Imported.');
    await screen.findByText(/Some stored settings are invalid/);
    expect((await fakeBrowser.storage.local.get('settings'))['settings']).toEqual(settings);
    await waitFor(() => expect(sellersBox().value).toBe('My Shop'));
    expect(await getDb().listings.count()).toBe(1);
  });
});

describe('options: delete all data', () => {
  it('says so in Chinese when the background does not answer', async () => {
    useLanguage('zh-CN');
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(
      new Error('The message port closed before a response was received.'),
    );
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      render(<OptionsApp />);
      fireEvent.click(await screen.findByRole('button', { name: '删除全部数据' }));
      await statusText(/删除/);
      expect(statusParts()).toEqual({
        sentence: '删除未能完成：Seller Radar 后台没有响应。请重新加载此页面后重试。',
        detail: '技术详情（英文）：The message port closed before a response was received.',
      });
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    expect(unhandled).toEqual([]);
  });
});

describe('options: delete all data, the language setting deleted first', () => {
  it('a failure is still worded in the language the seller chose (中文), not the browser’s (QA pass)', async () => {
    useLanguage('en-US');
    await fakeBrowser.storage.local.set({ settings: { language: 'zh' } });
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    // The background deleted the settings (the language with them), then stopped before answering.
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async () => {
      await fakeBrowser.storage.local.remove('settings');
      throw new Error('The message port closed before a response was received.');
    }) as never);
    render(<OptionsApp />);
    fireEvent.click(await screen.findByRole('button', { name: '删除全部数据' }));
    await statusText(/删除/);
    expect(statusParts().sentence).toBe(
      '删除未能完成：Seller Radar 后台没有响应。请重新加载此页面后重试。',
    );
  });
});

describe('options: export', () => {
  it('writes the stored settings even when the page cannot use them (nothing the seller entered is lost)', async () => {
    // Written by another release: retentionDays above today's maximum, so the page uses the defaults.
    const stored = {
      ownSellers: ['My Shop'],
      floors: { 'amazon:B01': { amount: 7.5, currency: 'USD' } },
      retentionDays: 5000,
    };
    await fakeBrowser.storage.local.set({ settings: stored });
    render(<OptionsApp />);
    await screen.findByText(/Some stored settings are invalid/);
    fireEvent.click(screen.getByRole('button', { name: 'Export all data' }));
    await waitFor(() => expect(downloadText).toHaveBeenCalledOnce());
    const [name, text] = vi.mocked(downloadText).mock.calls[0]!;
    expect(name).toMatch(/^seller-radar-export-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(text) as { settings: unknown; tables: { listings: unknown[] } };
    expect(file.settings).toEqual(stored);
    expect(file.tables.listings).toHaveLength(1);
  });
});

describe('options: import asks first', () => {
  it('says what an import replaces, in the UI language, and sends nothing when cancelled', async () => {
    const sendMessage = backgroundAnswers();
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const file = JSON.stringify(await genuineExport());
    render(<OptionsApp />);
    await importFile('Import data', file);
    await waitFor(() => expect(confirm).toHaveBeenCalledOnce());
    expect(confirm.mock.calls[0]![0]).toBe(
      'Import this file? Its contents replace all products, prices, reviews, alerts and settings Seller Radar has stored now. This cannot be undone: export your data first if you may want it back.',
    );
    cleanup();

    useLanguage('zh-CN');
    render(<OptionsApp />);
    await importFile('导入数据', file);
    await waitFor(() => expect(confirm).toHaveBeenCalledTimes(2));
    expect(confirm.mock.calls[1]![0]).toBe(
      '确定导入此文件吗？文件内容将替换 Seller Radar 当前存储的全部商品、价格、评论、提醒和设置，且无法撤销。如果之后可能还需要现有数据，请先导出。',
    );
    await new Promise((r) => setTimeout(r, 50));
    expect(sendMessage).not.toHaveBeenCalled();
  });
});

/** Stored settings with a floor and a seller name, as a seller left them. */
async function storeOldSettings() {
  await fakeBrowser.storage.local.set({
    settings: {
      ownSellers: ['Old Shop'],
      floors: { 'amazon:B01': { amount: 7.5, currency: 'USD' } },
    },
  });
}

const sellersBox = () =>
  screen.getByLabelText('Your seller names or ids (one per line)') as HTMLTextAreaElement;

describe('options: the form after an import or a delete', () => {
  it('shows the imported settings, and Save does not write the old ones back', async () => {
    backgroundAnswers();
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    await storeOldSettings();
    const seen = '2026-11-20T00:00:00.000Z';
    await getDb().listings.put(
      ownListing('amazon:B01', {
        productKey: 'B01',
        title: 'Relay module',
        firstSeen: seen,
        lastSeen: seen,
      }),
    );
    const file = JSON.stringify(
      await exportAll(
        getDb(),
        {
          ...defaultSettings,
          ownSellers: ['New Shop'],
          floors: { 'amazon:B01': { amount: 9.99, currency: 'USD' } },
        },
        '2026-11-22T00:00:00.000Z',
      ),
    );
    render(<OptionsApp />);
    const floor = (await screen.findByLabelText('Floor B01')) as HTMLInputElement;
    await waitFor(() => expect(sellersBox().value).toBe('Old Shop'));
    // An unsaved edit before the import.
    fireEvent.change(sellersBox(), { target: { value: 'Old Shop\nDraft' } });
    fireEvent.change(floor, { target: { value: '8' } });
    fireEvent.blur(floor);

    await importFile('Import data', file);
    await statusText(/Imported/);
    await waitFor(() =>
      expect((screen.getByLabelText('Floor B01') as HTMLInputElement).value).toBe('9.99'),
    );
    expect(sellersBox().value).toBe('New Shop');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await statusText(/Saved/);
    const stored = (await fakeBrowser.storage.local.get('settings'))['settings'] as {
      ownSellers: string[];
      floors: unknown;
    };
    expect(stored.ownSellers).toEqual(['New Shop']);
    expect(stored.floors).toEqual({ 'amazon:B01': { amount: 9.99, currency: 'USD' } });
  });

  it('shows empty settings after a delete, and Save does not bring back names or floors', async () => {
    backgroundAnswers();
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    await storeOldSettings();
    render(<OptionsApp />);
    await waitFor(() => expect(sellersBox().value).toBe('Old Shop'));
    fireEvent.change(sellersBox(), { target: { value: 'Old Shop\nDraft' } });
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data' }));
    await statusText(/All data deleted/);
    // The question says that the settings go too.
    expect(confirm.mock.calls[0]![0]).toMatch(/settings \(seller names, floors, costs/);
    await waitFor(() => expect(sellersBox().value).toBe(''));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await statusText(/Saved/);
    const stored = (await fakeBrowser.storage.local.get('settings'))['settings'] as {
      ownSellers: string[];
      floors: unknown;
    };
    expect(stored.ownSellers).toEqual([]);
    expect(stored.floors).toEqual({});
  });
});

describe('options: invalid stored settings (another release, a hand-edited file)', () => {
  it('says what is wrong per field, shows the valid parts, and Save keeps them', async () => {
    await fakeBrowser.storage.local.set({
      settings: {
        ownSellers: ['My Shop'],
        floors: { 'amazon:B01': { amount: 7.5, currency: 'USD' } },
        retentionDays: -5,
      },
    });
    render(<OptionsApp />);
    const banner = await screen.findByText(/Some stored settings are invalid/);
    expect(banner.textContent).toContain(
      'Keep price history and resolved alerts for (days, 0 = forever; reviews are kept): at least 0',
    );
    expect(banner.textContent).not.toContain('"code"');
    cleanup();
    useLanguage('zh-CN');
    render(<OptionsApp />);
    // No space after 。 in Chinese.
    expect((await screen.findByText(/部分已存储的设置无效/)).textContent).toContain(
      '替换无效项。价格历史及已解决提醒保留天数（0 = 永久；评论始终保留）：不能小于 0',
    );
    cleanup();
    useLanguage('en-US');
    render(<OptionsApp />);
    await screen.findByText(/Some stored settings are invalid/);
    expect(
      (screen.getByLabelText('Your seller names or ids (one per line)') as HTMLTextAreaElement)
        .value,
    ).toBe('My Shop');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => {
      const { settings, problem } = await loadSettings();
      expect(problem).toBeUndefined();
      expect(settings.ownSellers).toEqual(['My Shop']);
      expect(settings.floors).toEqual({ 'amazon:B01': { amount: 7.5, currency: 'USD' } });
    });
  });
});
