// @vitest-environment jsdom
/**
 * The options page's "Your data" section: import, delete and export as the seller uses them. The
 * page's messages go to the real background handler (real importAll / deleteAllData on
 * fake-indexeddb, WXT's fake browser storage), as they do through runtime.sendMessage.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../components/options-app';
import { deleteAllData, exportAll, importAll } from '../../../lib/background/data-transfer';
import { handleMessage } from '../../../lib/background/handler';
import { getDb } from '../../../lib/db/database';
import { defaultSettings } from '../../../lib/schemas/settings';
import type { Message } from '../../../lib/schemas/messages';
import { ownListing } from '../helpers';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT}/`;

/** runtime.sendMessage from the options page, answered by the background's handler. */
function backgroundAnswers() {
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
        afterChange: async () => undefined,
        importData: (json) => importAll(getDb(), json),
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
async function importFile(label: string, text: string) {
  const input = (await screen.findByText(label)).querySelector('input')!;
  fireEvent.change(input, { target: { files: [jsonFile(text)] } });
}

async function statusText(pattern: RegExp): Promise<string> {
  let text = '';
  await waitFor(() => {
    text = screen
      .getAllByRole('status')
      .map((s) => s.textContent)
      .join(' | ');
    expect(text).toMatch(pattern);
  });
  return text;
}

/** A genuine export of the current database, as the Export button writes it. */
async function genuineExport(): Promise<Record<string, unknown>> {
  return { ...(await exportAll(getDb(), defaultSettings, '2026-11-22T00:00:00.000Z')) };
}

describe('options: import', () => {
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
    expect(await statusText(/damaged/)).toBe(
      'This Seller Radar export is damaged or was edited, so it was not imported; nothing was changed. (Invalid table "listings", row 1: skus: Invalid input: expected array, received undefined)',
    );
  });
});
