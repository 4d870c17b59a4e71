// @vitest-environment jsdom
/**
 * The options page's per-product floor and cost: what the seller types is read like a page price
 * (7,50 · $7.50 · 1.299,00 €) and saved under the listing id in the listing's currency; an emptied box
 * clears the value; unreadable or foreign-currency input is refused next to the box and the stored
 * value kept. Real Dexie (fake-indexeddb) and WXT's fake browser storage.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeSettingsIssues, OptionsApp } from '../../../components/options-app';
import { loadSettings } from '../../../lib/background/settings-store';
import { getDb } from '../../../lib/db/database';
import { ownListing } from '../helpers';
import { settingsSchema } from '../../../lib/schemas/settings';

beforeEach(async () => {
  fakeBrowser.reset();
  // The page follows the browser's UI language (not implemented by the fake browser).
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  // The background's answer to the recompute a save asks for (tested in options-data.test.tsx).
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({
    ok: true,
    status: 'done',
  } as never);
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Seller Radar',
    version: '0.1.0',
  });
  await getDb().listings.clear();
  await getDb().listings.bulkPut([
    ownListing('amazon:B01', { productKey: 'B01', title: 'Relay module' }),
    ownListing('amazon:B02@amazon.de', {
      productKey: 'B02',
      title: 'Kaffeemühle',
      currency: 'EUR',
      price: { amount: 39.9, currency: 'EUR' },
    }),
  ]);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const UNDERCUT = 'Undercut: alert when a competitor is cheaper than you by more than (%)';
const HYSTERESIS =
  'Price alerts: how far past the threshold the gap must close before an alert resolves (%)';

const blurWith = (input: HTMLElement, value: string) => {
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
};

describe('options: floor and cost per product', () => {
  it('saves typed amounts under the listing id, in its currency', async () => {
    render(<OptionsApp />);
    blurWith(await screen.findByLabelText('Floor B01'), '7,50');
    blurWith(screen.getByLabelText('Cost B01'), '4.2');
    blurWith(screen.getByLabelText('Floor B02'), '29');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => {
      const { settings } = await loadSettings();
      expect(settings.floors).toEqual({
        'amazon:B01': { amount: 7.5, currency: 'USD' },
        'amazon:B02@amazon.de': { amount: 29, currency: 'EUR' },
      });
      expect(settings.costs).toEqual({ 'amazon:B01': { amount: 4.2, currency: 'USD' } });
    });
  });

  it('reads typed amounts like page prices ($7.50, 1.299,00 €)', async () => {
    render(<OptionsApp />);
    blurWith(await screen.findByLabelText('Floor B01'), '$7.50');
    blurWith(screen.getByLabelText('Floor B02'), '1.299,00 €');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await loadSettings()).settings.floors).toEqual({
        'amazon:B01': { amount: 7.5, currency: 'USD' },
        'amazon:B02@amazon.de': { amount: 1299, currency: 'EUR' },
      }),
    );
  });

  it('clears a floor emptied on purpose, and refuses unreadable or foreign-currency input without losing the stored value', async () => {
    render(<OptionsApp />);
    blurWith(await screen.findByLabelText('Floor B01'), '7.5');
    blurWith(screen.getByLabelText('Floor B02'), '29');
    blurWith(screen.getByLabelText('Cost B02'), '12');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect(Object.keys((await loadSettings()).settings.floors)).toHaveLength(2),
    );

    blurWith(screen.getByLabelText('Floor B01'), '');
    blurWith(screen.getByLabelText('Floor B02'), 'abc');
    blurWith(screen.getByLabelText('Cost B02'), '$10');
    const floorB02 = screen.getByLabelText('Floor B02');
    expect(floorB02.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(floorB02.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Not a price (abc); nothing changed.',
    );
    expect(
      screen.getByText('This product is priced in EUR: enter the amount in EUR.'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => {
      const { settings } = await loadSettings();
      expect(settings.floors).toEqual({ 'amazon:B02@amazon.de': { amount: 29, currency: 'EUR' } });
      expect(settings.costs).toEqual({ 'amazon:B02@amazon.de': { amount: 12, currency: 'EUR' } });
    });

    // A readable value clears the message.
    blurWith(floorB02, '28,50');
    expect(floorB02.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText(/Not a price/)).toBeNull();
  });
});

describe('options: products named with their storefront', () => {
  it('in full-width brackets and a Chinese comma in Chinese, in ASCII ones in English', async () => {
    await fakeBrowser.storage.local.set({
      settings: { floors: { B01: { amount: 7.5, currency: 'USD' } } },
    });
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('zh-CN');
    render(<OptionsApp />);
    const row = (await screen.findByLabelText('底价 B01')).closest('tr')!;
    expect(row.cells[0]!.textContent).toBe('Relay module（亚马逊美国站 · B01，USD）');
    expect((await screen.findByText(/^适用于/)).textContent).toBe(
      '适用于 Relay module（亚马逊美国站）',
    );
    cleanup();

    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    render(<OptionsApp />);
    const en = (await screen.findByLabelText('Floor B01')).closest('tr')!;
    expect(en.cells[0]!.textContent).toBe('Relay module (Amazon.com · B01, USD)');
    expect((await screen.findByText(/^applies to/)).textContent).toBe(
      'applies to Relay module (Amazon.com)',
    );
  });
});

describe('options: channel groups', () => {
  it('saves a new group without a name in the UI language, and shows it as 分组 1 / Group 1', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('zh-CN');
    render(<OptionsApp />);
    fireEvent.click(await screen.findByRole('button', { name: '添加分组' }));
    const name = screen.getByLabelText('分组名称') as HTMLInputElement;
    expect(name.value).toBe('');
    expect(name.placeholder).toBe('分组 1');
    const members = screen.getByLabelText('分组名称 分组 1') as HTMLSelectElement;
    for (const o of members.options) o.selected = true;
    fireEvent.change(members);
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(async () =>
      expect((await loadSettings()).settings.channelGroups).toEqual([
        { id: expect.any(String), name: '', members: ['amazon:B02@amazon.de', 'amazon:B01'] },
      ]),
    );
    cleanup();

    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    render(<OptionsApp />);
    expect(((await screen.findByLabelText('Group name')) as HTMLInputElement).placeholder).toBe(
      'Group 1',
    );
  });
});

describe('options: a refused save says why, per field, in the user language', () => {
  it('names the thresholds that are out of range instead of printing zod issues', async () => {
    render(<OptionsApp />);
    const cuts = await screen.findByLabelText('Price war: minimum alternating cuts');
    fireEvent.change(cuts, { target: { value: '1' } });
    fireEvent.change(screen.getByLabelText(HYSTERESIS), {
      target: { value: '500' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const status = await screen.findByText(/^Not saved\./);
    expect(status.textContent).toBe(
      `Not saved. ${HYSTERESIS}: at most 100; Price war: minimum alternating cuts: at least 2`,
    );
    expect((await loadSettings()).settings.thresholds.priceWarMinCuts).toBe(3);
  });

  it('says it in Chinese', () => {
    const issues = [
      {
        code: 'too_small',
        minimum: 2,
        inclusive: true,
        origin: 'number',
        path: ['thresholds', 'priceWarMinCuts'],
        message: '',
        input: 1,
      },
      { code: 'invalid_type', expected: 'int', path: ['retentionDays'], message: '', input: 2.5 },
    ] as unknown as Parameters<typeof describeSettingsIssues>[0];
    expect(describeSettingsIssues(issues, 'zh')).toBe(
      '价格战：最少交替降价次数：不能小于 2；价格历史及已解决提醒保留天数（0 = 永久；评论始终保留）：须为整数',
    );
  });
});

describe('options: settings problems of an imported file, worded in the seller’s language', () => {
  it('a currency written in lower case and seller names given as one string (QA pass)', () => {
    const r = settingsSchema.safeParse({
      floors: { 'amazon:B0057OC5O8': { amount: 7.5, currency: 'usd' } },
      ownSellers: 'me',
    });
    expect(r.success).toBe(false);
    const zh = describeSettingsIssues(r.error!.issues, 'zh');
    expect(zh).toContain('须为三个大写字母的货币代码，如 USD');
    expect(zh).toContain('须为列表（每行一项）');
    expect(zh).not.toMatch(/ISO|currency code|须为数字/);
    expect(describeSettingsIssues(r.error!.issues, 'en')).toContain(
      'a currency code of three capital letters, such as USD',
    );
  });
});

describe('options: thresholds in a seller’s words', () => {
  it('names each price and review threshold after the alert it tunes, without control-theory terms', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('zh-CN');
    render(<OptionsApp />);
    await screen.findByText('提醒阈值');
    const labels = [...document.querySelectorAll('.grid label')].map((l) => l.textContent ?? '');
    expect(labels.join('\n')).not.toMatch(/滞后|防抖|余量|基线/);
    expect(labels).toContain('被低价抢单：对手比您便宜超过多少时提醒（%）');
    expect(labels).toContain('渠道价格不一致：各渠道价差超过多少时提醒（%）');
    expect(labels).toContain('价格提醒：差距须比阈值再缩小多少才算已解决（%）');
    expect(labels).toContain(
      '价格提醒：问题持续多久才提醒，两次采集都出现则立即提醒（分钟，0 = 立即）',
    );
    expect(labels.filter((l) => l.startsWith('负面评论激增：'))).toHaveLength(3);
    cleanup();

    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    render(<OptionsApp />);
    await screen.findByText('Alert thresholds');
    const en = [...document.querySelectorAll('.grid label')].map((l) => l.textContent ?? '');
    expect(en.join('\n')).not.toMatch(/hysteresis|debounce|baseline/i);
  });
});

describe('options: a stored rate of one currency to itself (a hand-edited file)', () => {
  it('names the rate and says what it must be, in both languages, not "Invalid key in record"', () => {
    const parsed = settingsSchema.safeParse({ rates: { 'USD/USD': 0.9, 'USD/EUR': 0.92 } });
    expect(parsed.success).toBe(false);
    const issues = parsed.error!.issues;
    expect(describeSettingsIssues(issues, 'en')).toBe(
      'Rate USD/USD: must be two different currency codes, such as USD/EUR',
    );
    expect(describeSettingsIssues(issues, 'zh')).toMatch(
      /USD\/USD：须为两种不同货币的代码，如 USD\/EUR$/,
    );
  });
});

/** Fills the new-rate form and submits it. */
const addRate = async (from: string, to: string, rate: string) => {
  fireEvent.change(await screen.findByLabelText('From currency'), { target: { value: from } });
  fireEvent.change(screen.getByLabelText('To currency'), { target: { value: to } });
  fireEvent.change(screen.getByLabelText('Rate'), { target: { value: rate } });
  fireEvent.click(screen.getByRole('button', { name: 'Add rate' }));
};

describe('options: currency rates', () => {
  it('adds a rate typed with a decimal comma, and says what is wrong with an unusable one', async () => {
    render(<OptionsApp />);
    await addRate('us', 'eur', 'abc');
    expect(screen.getByRole('alert').textContent).toMatch(
      /^A rate needs two 3-letter currency codes/,
    );
    await addRate('usd', 'eur', '0,92');
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await loadSettings()).settings.rates).toEqual({ 'USD/EUR': 0.92 }),
    );
  });
});

/** Types text into a box key by key, as a user does: each change adds one character to what shows. */
const typeInto = (box: HTMLElement, text: string) => {
  for (const ch of text) {
    const current = (box as HTMLInputElement | HTMLTextAreaElement).value;
    fireEvent.change(box, { target: { value: current + ch } });
  }
};

describe('options: own seller names', () => {
  it('keeps spaces and new lines while typing, and saves trimmed names without empty lines', async () => {
    render(<OptionsApp />);
    const box = await screen.findByLabelText('Your seller names or ids (one per line)');
    typeInto(box, 'My Shop US \n\n A1B2C3D4E5\n');
    expect((box as HTMLTextAreaElement).value).toBe('My Shop US \n\n A1B2C3D4E5\n');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await loadSettings()).settings.ownSellers).toEqual(['My Shop US', 'A1B2C3D4E5']),
    );
  });

  it('names the seller-names box, and the line, when a name is refused', async () => {
    render(<OptionsApp />);
    const box = await screen.findByLabelText('Your seller names or ids (one per line)');
    fireEvent.change(box, { target: { value: `My Shop\nA1B2\n${'x'.repeat(301)}` } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByText(/^Not saved\./)).textContent).toBe(
      'Not saved. Your seller names or ids (one per line), line 3: at most 300 characters',
    );
    const issues = [
      { code: 'too_big', maximum: 300, path: ['ownSellers', 2], message: '', origin: 'string' },
      { code: 'custom', path: ['floors', 'amazon:B01', 'amount'], message: 'Invalid input' },
    ] as unknown as Parameters<typeof describeSettingsIssues>[0];
    expect(describeSettingsIssues(issues, 'zh')).toBe(
      '您的店铺名称或卖家 ID（每行一个）第 3 行：不能超过 300 个字符；底价 amazon:B01：值无效',
    );
  });
});

describe('options: number boxes', () => {
  it('refuses an emptied threshold or retention box instead of saving 0, and says which', async () => {
    render(<OptionsApp />);
    const retention = await screen.findByLabelText(
      'Keep price history and resolved alerts for (days, 0 = forever; reviews are kept)',
    );
    fireEvent.change(retention, { target: { value: '' } });
    const undercut = screen.getByLabelText(UNDERCUT);
    fireEvent.change(undercut, { target: { value: '' } });
    expect(retention.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(retention.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Enter a number.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByText(/^Not saved\./)).textContent).toBe(
      `Not saved. ${UNDERCUT}: empty or not a number; Keep price history and resolved alerts for (days, 0 = forever; reviews are kept): empty or not a number`,
    );
    const before = (await loadSettings()).settings;
    expect(before.retentionDays).toBe(365);
    expect(before.thresholds.undercutPct).toBe(1);
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});

    // 0 typed on purpose is kept (0 days = keep forever).
    fireEvent.change(retention, { target: { value: '0' } });
    fireEvent.change(undercut, { target: { value: '2' } });
    expect(screen.queryByText('Enter a number.')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => {
      const { settings } = await loadSettings();
      expect(settings.retentionDays).toBe(0);
      expect(settings.thresholds.undercutPct).toBe(2);
    });
  });
});

describe('options: amounts with more decimals than the currency has', () => {
  it('refuses 12.345 dollars and 0.001 dollars instead of reading 12345 or 0, and says so', async () => {
    render(<OptionsApp />);
    const floor = await screen.findByLabelText('Floor B01');
    blurWith(floor, '12.345');
    expect(document.getElementById(floor.getAttribute('aria-describedby')!)?.textContent).toBe(
      '“12.345” is unclear: USD has 2 decimals. Type 12.35, or 12345 without a separator for the larger amount.',
    );
    blurWith(screen.getByLabelText('Cost B01'), '0.001');
    expect(screen.getByText('USD has 2 decimals: 0.00?')).toBeTruthy();
    blurWith(screen.getByLabelText('Floor B02'), '29,999');
    expect(screen.getByText(/“29,999” is unclear: EUR has 2 decimals/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await loadSettings()).settings.floors).toEqual({}));
    expect((await loadSettings()).settings.costs).toEqual({});

    // Two decimals, and thousands with both separators, are read as before.
    blurWith(floor, '12.35');
    blurWith(screen.getByLabelText('Cost B01'), '0.01');
    blurWith(screen.getByLabelText('Floor B02'), '1.299,00');
    expect(screen.queryByRole('alert')).toBeNull();

    // A dollar amount grouped the way dollars are written (1,299) is 1299, not unclear.
    blurWith(floor, '1,299');
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await loadSettings()).settings.floors).toMatchObject({
        'amazon:B01': { amount: 1299, currency: 'USD' },
      }),
    );
  });

  it('refuses a fraction of a yen', async () => {
    await getDb().listings.put(
      ownListing('amazon:B03@amazon.co.jp', { productKey: 'B03', currency: 'JPY' }),
    );
    render(<OptionsApp />);
    blurWith(await screen.findByLabelText('Floor B03'), '1980.5');
    expect(screen.getByRole('alert').textContent).toBe('JPY has no decimals: 1981?');
    blurWith(screen.getByLabelText('Floor B03'), '1,980');
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await loadSettings()).settings.floors).toEqual({
        'amazon:B03@amazon.co.jp': { amount: 1980, currency: 'JPY' },
      }),
    );
  });
});

describe('options: editing a stored rate', () => {
  it('accepts a decimal comma, says what is wrong with junk, and refuses a currency to itself', async () => {
    await fakeBrowser.storage.local.set({ settings: { rates: { 'USD/EUR': 0.92 } } });
    render(<OptionsApp />);
    const box = await screen.findByLabelText('USD/EUR');
    blurWith(box, 'abc');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(box.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Not a rate (abc): enter a number above 0, e.g. 0.92; the rate in use is still 0.92.',
    );
    blurWith(box, '0,93');
    expect(box.getAttribute('aria-invalid')).toBeNull();
    await addRate('usd', 'usd', '1');
    expect(screen.getByRole('alert').textContent).toBe(
      'A rate needs two different currencies: USD/USD is always 1.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await loadSettings()).settings.rates).toEqual({ 'USD/EUR': 0.93 }),
    );
  });
});

describe('options: floors and costs under a product key or SKU', () => {
  it('lists them under the table with the products they apply to, and removes one on Save', async () => {
    await getDb().listings.put(
      ownListing('amazon:B04', { productKey: 'B04', title: 'Desk lamp', skus: ['LAMP-1'] }),
    );
    await fakeBrowser.storage.local.set({
      settings: {
        floors: {
          'amazon:B01': { amount: 8, currency: 'USD' },
          B01: { amount: 7.5, currency: 'USD' },
          'LAMP-1': { amount: 12, currency: 'USD' },
        },
        costs: { 'OLD-SKU': { amount: 3, currency: 'USD' } },
      },
    });
    render(<OptionsApp />);
    await screen.findByText(/^Floors and costs under a product key or SKU/);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Floor B01: $7.50 applies to Relay module (Amazon.com) Remove',
      'Floor LAMP-1: $12.00 applies to Desk lamp (Amazon.com) Remove',
      'Cost OLD-SKU: $3.00 matches no tracked product yet Remove',
    ]);
    expect((screen.getByLabelText('Floor B01') as HTMLInputElement).value).toBe('8');

    fireEvent.click(screen.getByRole('button', { name: 'Remove Floor B01' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove Cost OLD-SKU' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => {
      const { settings } = await loadSettings();
      expect(settings.floors).toEqual({
        'amazon:B01': { amount: 8, currency: 'USD' },
        'LAMP-1': { amount: 12, currency: 'USD' },
      });
      expect(settings.costs).toEqual({});
    });
  });
});

/** Whether the page asks before it is closed (a beforeunload the page cancels). */
function leave(): boolean {
  const e = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(e);
  return e.defaultPrevented;
}

describe('options: unsaved edits', () => {
  it('asks before the page is closed with unsaved edits, and not once they are saved', async () => {
    render(<OptionsApp />);
    const undercut = await screen.findByLabelText(UNDERCUT);
    expect(leave()).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    fireEvent.change(undercut, { target: { value: '3' } });
    // The old "Saved." no longer stands for what is on the page.
    await waitFor(() => expect(screen.queryByText('Saved.')).toBeNull());
    expect(leave()).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await loadSettings()).settings.thresholds.undercutPct).toBe(3),
    );
    await waitFor(() => expect(leave()).toBe(false));
  });

  it('re-words the status line when the language is switched after it was shown', async () => {
    render(<OptionsApp />);
    fireEvent.change(await screen.findByLabelText('Price war: minimum alternating cuts'), {
      target: { value: '1' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'Not saved. Price war: minimum alternating cuts: at least 2',
    );
    fireEvent.click(screen.getByRole('button', { name: '中文' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(
        /^未保存。价格战：最少交替降价次数：不能小于 2$/,
      ),
    );
    fireEvent.change(screen.getByLabelText('价格战：最少交替降价次数'), { target: { value: '4' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('已保存。'));
    fireEvent.click(screen.getByRole('button', { name: 'EN' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved.'));
  });

  it('a first save of seller names and a floor says "Saved." and no longer asks before closing', async () => {
    render(<OptionsApp />);
    fireEvent.change(await screen.findByLabelText('Your seller names or ids (one per line)'), {
      target: { value: 'SainSmart Official' },
    });
    blurWith(screen.getByLabelText('Floor B01'), '7.50');
    expect(leave()).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved.'));
    // The page stops asking once React has run the effects of the render that says "Saved." (the
    // save resolves outside act(), so they may run a task after the text shows).
    await waitFor(() => expect(leave()).toBe(false));
    const { settings } = await loadSettings();
    expect(settings.ownSellers).toEqual(['SainSmart Official']);
    expect(settings.floors).toEqual({ 'amazon:B01': { amount: 7.5, currency: 'USD' } });
  });

  it('says which boxes were not saved when a price box was refused', async () => {
    render(<OptionsApp />);
    blurWith(await screen.findByLabelText('Floor B01'), '7.50');
    blurWith(screen.getByLabelText('Floor B02'), 'abc');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Saved, except the boxes marked in red: they keep their stored values.',
      ),
    );
    expect((await loadSettings()).settings.floors).toEqual({
      'amazon:B01': { amount: 7.5, currency: 'USD' },
    });
    fireEvent.click(screen.getByRole('button', { name: '中文' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('已保存；标红的输入框未保存，保留原值。'),
    );
  });

  it('seller names typed but not saved count too', async () => {
    render(<OptionsApp />);
    fireEvent.change(await screen.findByLabelText('Your seller names or ids (one per line)'), {
      target: { value: 'My Shop' },
    });
    expect(leave()).toBe(true);
  });
});
