// @vitest-environment jsdom
/**
 * Side panel → Prices: each product's row shows the page's price as the Products list does, saying
 * whose offer it is (a product page's price is the featured offer's, often a competitor's, while the
 * alerts on the same screen quote the seller's own), and "price not readable" where the page had a
 * price the parser could not read. Real Dexie (fake-indexeddb).
 */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PricesView } from '../../../components/prices-view';
import { getDb } from '../../../lib/db/database';
import { ownListing } from '../helpers';

beforeEach(async () => {
  const db = getDb();
  await Promise.all([db.alerts.clear(), db.listings.clear()]);
  await db.listings.bulkPut([
    ownListing('amazon:B0057OC5O8', {
      title: 'SainSmart 4-Channel Relay Module',
      price: { amount: 7.29, currency: 'USD' },
      featuredSeller: 'SmartHome Deals',
      lastSeen: '2026-11-22T17:00:00.000Z',
    }),
    ownListing('taobao:6789012399', {
      title: '保温杯 316 不锈钢',
      price: { amount: 89, currency: 'CNY' },
      featuredSeller: '拼价小铺',
      lastSeen: '2026-11-22T16:00:00.000Z',
    }),
    ownListing('amazon:B0D4KXC7HN', {
      title: 'Relay board, unreadable price',
      priceUnreadable: true,
      lastSeen: '2026-11-22T15:00:00.000Z',
    }),
  ]);
});
afterEach(cleanup);

describe('Prices view rows', () => {
  it('say whose price is shown, and that an unreadable price could not be read', async () => {
    render(<PricesView lang="en" />);
    await waitFor(() => expect(screen.getAllByTestId('urgency-row')).toHaveLength(3));
    const rows = screen.getAllByTestId('urgency-row').map((r) => r.textContent);
    expect(rows[0]).toContain('$7.29');
    expect(rows[0]).toContain('featured: SmartHome Deals');
    expect(rows[1]).toContain('seller: 拼价小铺'); // no buy box on Taobao
    expect(rows[2]).toContain('price not readable');
  });

  it('in Chinese', async () => {
    render(<PricesView lang="zh" />);
    await waitFor(() => expect(screen.getAllByTestId('urgency-row')).toHaveLength(3));
    const rows = screen.getAllByTestId('urgency-row').map((r) => r.textContent);
    expect(rows[0]).toContain('购物车：SmartHome Deals');
    expect(rows[2]).toContain('价格无法识别');
  });
});
