/**
 * The amazon.de all-offers panel (product/amazon-de_aod-panel.html) with its markup drifted in memory:
 * the second offer loses its `data-csa-c-delivery-price` attribute, so shipping comes from the text.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../lib/markets/index';
import { fixtureHtml, linkedomDocument } from './fixtures';

const NAME = 'product/amazon-de_aod-panel.html';
const URL = 'https://www.amazon.de/dp/B0D4KX7TQ2';

function drifted(priceText: string) {
  const html = fixtureHtml(NAME)
    .replace('data-csa-c-delivery-price="3,99 €" ', '')
    .replace(
      ' 3,99 € Lieferung <span class="a-text-bold">8. - 11. März</span>',
      `Lieferung <span class="a-text-bold">8. - 11. März</span>${priceText}`,
    );
  expect(html).not.toContain('3,99 € Lieferung');
  const out = parseDocument(linkedomDocument(html), URL, '2024-05-01T00:00:00Z');
  if (out.kind !== 'snapshot') throw new Error(out.kind);
  return out.snapshot;
}

describe('amazon.de AOD offer without the delivery-price attribute', () => {
  it('never reads the delivery date as the shipping cost', () => {
    const s = drifted('');
    const maier = s.offers!.find((o) => o.sellerName === 'Elektro-Handel Maier')!;
    expect(maier.price).toEqual({ amount: 11.49, currency: 'EUR' });
    expect(maier.shipping).toBeNull();
    expect(maier.landedPrice).toBeNull();
    expect(s.warnings).toContain('offer 2 (Elektro-Handel Maier): unreadable shipping');
  });

  it('reads the amount when the text carries one after the date', () => {
    const s = drifted(': 3,99 €');
    const maier = s.offers!.find((o) => o.sellerName === 'Elektro-Handel Maier')!;
    expect(maier.shipping).toEqual({ amount: 3.99, currency: 'EUR' });
    expect(maier.landedPrice).toEqual({ amount: 15.48, currency: 'EUR' });
  });
});
