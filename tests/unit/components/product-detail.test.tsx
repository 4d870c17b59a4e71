// @vitest-environment jsdom
/**
 * The product detail says whose price it shows: a product page's price is the featured offer's, which
 * may be a competitor's (SmartHome Deals at $7.29 while the seller sells at $7.99), so the seller's own
 * offer is shown beside it; the offers table has column headers; stars round to halves; the listing
 * status and review dates read in Chinese in the Chinese UI. Real Dexie (fake-indexeddb).
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProductDetail } from '../../../components/product-detail';
import { reviewDateLine } from '../../../components/reviews/strings';
import { getDb } from '../../../lib/db/database';
import { ownListing } from '../helpers';

const ID = 'amazon:B0057OC5O8';
const AT = '2026-11-22T17:23:00.000Z';
const usd = (amount: number) => ({ amount, currency: 'USD' });

beforeEach(async () => {
  const db = getDb();
  await Promise.all([db.listings.clear(), db.offers.clear(), db.reviews.clear()]);
  await db.listings.put(
    ownListing(ID, {
      productKey: 'B0057OC5O8',
      title: 'SainSmart 4-Channel Relay Module',
      price: usd(7.29),
      featuredSeller: 'SmartHome Deals',
      rating: 4.6,
      ratingCount: 422,
      status: 'Active',
    }),
  );
  await db.offers.bulkAdd([
    {
      listingId: ID,
      at: AT,
      captureId: 'c1',
      sellerName: 'SmartHome Deals',
      price: usd(7.29),
      shipping: usd(0),
      landedPrice: usd(7.29),
      isFeatured: true,
      isOwn: false,
    },
    {
      listingId: ID,
      at: AT,
      captureId: 'c1',
      sellerName: 'SainSmart Official',
      price: usd(7.99),
      shipping: usd(0),
      landedPrice: usd(7.99),
      isFeatured: false,
      isOwn: true,
    },
  ]);
});
afterEach(cleanup);

describe('product detail', () => {
  it("shows the featured offer as such, with whose it is, and the seller's own offer", async () => {
    render(<ProductDetail listingId={ID} lang="en" />);
    expect((await screen.findByTestId('detail-price')).textContent).toBe('$7.29 · SmartHome Deals');
    expect(screen.getByText('Featured offer', { selector: 'dt' })).toBeTruthy();
    expect((await screen.findByTestId('detail-own-price')).textContent).toBe('$7.99');
    const table = await screen.findByTestId('offers-table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Seller', 'Price', 'Shipping', 'With shipping']);
    // Seller names come from the page: each is bidi-isolated from the labels after it (QA pass).
    expect(screen.getByTestId('detail-price').querySelector('bdi')?.textContent).toBe(
      'SmartHome Deals',
    );
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .every((row) => row.querySelector('td:first-child > bdi')?.textContent),
    ).toBe(true);
    expect(screen.getByRole('img', { name: '4.6 of 5 stars' }).textContent).toBe('★★★★½');
  });

  it('on a market without a buy box the price is the page’s, not a featured offer (淘宝 has no 购物车)', async () => {
    await getDb().listings.put(
      ownListing('taobao:730018455612', {
        productKey: '730018455612',
        title: '304不锈钢保温杯 500ml',
        price: { amount: 89, currency: 'CNY' },
        featuredSeller: '惠购百货专营店',
      }),
    );
    render(<ProductDetail listingId="taobao:730018455612" lang="zh" />);
    expect((await screen.findByTestId('detail-price')).textContent).toBe('¥89.00 · 惠购百货专营店');
    expect(screen.getByText('页面售价', { selector: 'dt' })).toBeTruthy();
    expect(screen.queryByText('购物车（Buy Box）', { selector: 'dt' })).toBeNull();
  });

  it('in Chinese: the status and the column headers', async () => {
    render(<ProductDetail listingId={ID} lang="zh" />);
    expect(await screen.findByText('在售')).toBeTruthy();
    // The buy box is named as the alerts name it: in full first, 购物车 in the offers table's tag.
    expect(screen.getByText('购物车（Buy Box）', { selector: 'dt' })).toBeTruthy();
    expect(
      within(await screen.findByTestId('offers-table')).getByText('购物车', { selector: '.tag' }),
    ).toBeTruthy();
    const table = await screen.findByTestId('offers-table');
    expect(within(table).getAllByRole('columnheader')[3]!.textContent).toBe('含运费价');
    expect((await screen.findByTestId('detail-own-price')).textContent).toBe('US$7.99');
  });

  it("review dates: the page's words in English, the parsed date in Chinese", () => {
    const r = { date: '2023-03-08', dateText: 'Reviewed in Canada on March 8, 2023' };
    expect(reviewDateLine('en', r)).toBe('Reviewed in Canada on March 8, 2023');
    expect(reviewDateLine('zh', r)).toBe('2023年3月8日 · 加拿大');
    expect(
      reviewDateLine('zh', { date: '2021-06-26', dateText: 'Reviewed in Japan on June 26, 2021' }),
    ).toBe('2021年6月26日 · 日本');
    expect(reviewDateLine('zh', { date: null, dateText: '2024年1月3日' })).toBe('2024年1月3日');
  });
});

describe('keyboard focus between the list and a product', () => {
  it('opening a product focuses its heading; Back focuses its row in the list', async () => {
    const { fireEvent, waitFor } = await import('@testing-library/react');
    const { ProductList } = await import('../../../components/product-list');
    const { useUiStore } = await import('../../../lib/stores/ui-store');
    useUiStore.setState({ selectedListingId: null, returnToListingId: null, productQuery: '' });
    const Products = () => {
      const selected = useUiStore((s) => s.selectedListingId);
      return selected ? (
        <ProductDetail listingId={selected} lang="en" />
      ) : (
        <ProductList lang="en" />
      );
    };
    render(<Products />);
    fireEvent.click(await screen.findByTestId('product-row'));
    const heading = await screen.findByTestId('detail-title');
    await waitFor(() => expect(document.activeElement).toBe(heading));
    fireEvent.click(screen.getByRole('button', { name: /Back/ }));
    const row = await screen.findByTestId('product-row');
    await waitFor(() => expect(document.activeElement).toBe(row));
    expect(useUiStore.getState().returnToListingId).toBeNull();
  });
});
