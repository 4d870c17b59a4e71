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

beforeEach(async () => {
  fakeBrowser.reset();
  // The page follows the browser's UI language (not implemented by the fake browser).
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
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

describe('options: a refused save says why, per field, in the user language', () => {
  it('names the thresholds that are out of range instead of printing zod issues', async () => {
    render(<OptionsApp />);
    const cuts = await screen.findByLabelText('Price war: minimum alternating cuts');
    fireEvent.change(cuts, { target: { value: '1' } });
    fireEvent.change(screen.getByLabelText('Resolve margin (hysteresis, %)'), {
      target: { value: '500' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const status = await screen.findByText(/^Not saved\./);
    expect(status.textContent).toBe(
      'Not saved. Resolve margin (hysteresis, %): at most 100; Price war: minimum alternating cuts: at least 2',
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
      '价格战：最少交替降价次数：不能小于 2；价格历史保留天数（0 = 永久）：须为整数',
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
