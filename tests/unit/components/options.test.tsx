// @vitest-environment jsdom
/**
 * The options page's per-product floor and cost: what the seller types (comma or point decimals) is
 * saved in settings under the listing id, in the listing's currency; clearing or an unreadable amount
 * removes it. Real Dexie (fake-indexeddb) and WXT's fake browser storage.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../components/options-app';
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

  it('removes a floor that is cleared or unreadable, keeping the others', async () => {
    render(<OptionsApp />);
    blurWith(await screen.findByLabelText('Floor B01'), '7.5');
    blurWith(screen.getByLabelText('Floor B02'), '29');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect(Object.keys((await loadSettings()).settings.floors)).toHaveLength(2),
    );
    blurWith(screen.getByLabelText('Floor B01'), '');
    blurWith(screen.getByLabelText('Floor B02'), 'abc');
    blurWith(screen.getByLabelText('Cost B02'), '-3');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => {
      const { settings } = await loadSettings();
      expect(settings.floors).toEqual({});
      expect(settings.costs).toEqual({});
    });
  });
});
