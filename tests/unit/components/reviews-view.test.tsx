// @vitest-environment jsdom
/**
 * The Reviews view on real Dexie (fake-indexeddb): the product picker tells variants apart, and the
 * count of reviews shown is announced politely when a filter changes (QA pass).
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReviewsView } from '../../../components/reviews-view';
import { getDb } from '../../../lib/db/database';
import type { ReviewRecord } from '../../../lib/db/types';
import { useUiStore } from '../../../lib/stores/ui-store';
import { ownListing } from '../helpers';

afterEach(cleanup);

// jsdom has no canvas for chart.js; the charts have their own tests, the rest of the view is under test.
vi.mock('../../../components/reviews/review-charts', () => ({
  AspectChart: () => null,
  PolarityChart: () => null,
}));

let n = 0;
function review(listingId: string, o: Partial<ReviewRecord> = {}): ReviewRecord {
  const id = `R${++n}`;
  return {
    id: `amazon:${id}`,
    market: 'amazon',
    reviewId: id,
    listingId,
    productKey: listingId.split(':')[1]!,
    rating: 5,
    title: 'Keeps water cold',
    body: 'Still cold after a day in the car.',
    date: '2024-06-18',
    dateText: 'Reviewed in the United States on June 18, 2024',
    firstSeen: '2024-06-19T09:00:00.000Z',
    label: 'positive',
    score: 0.8,
    lang: 'en',
    aspects: [],
    ...o,
  };
}

beforeEach(async () => {
  const db = getDb();
  await Promise.all([db.reviews.clear(), db.listings.clear()]);
  useUiStore.setState({ selectedListingId: null });
  await db.listings.bulkPut([
    ownListing('amazon:B0QABLUE01', { title: 'Acme Insulated Water Bottle, 32 oz, Blue' }),
    ownListing('amazon:B0QARED001', { title: 'Acme Insulated Water Bottle, 32 oz, Red' }),
    ownListing('amazon:B0BBPNPZTC', {
      title: 'Dawn Ultra Dishwashing Liquid Dish Soap, Original Scent, 56 fl oz',
    }),
  ]);
  await db.reviews.bulkPut([
    review('amazon:B0QABLUE01'),
    review('amazon:B0QABLUE01', { rating: 1, label: 'negative', score: -0.8 }),
    review('amazon:B0QABLUE01'),
    review('amazon:B0QARED001'),
    review('amazon:B0QARED001'),
    review('amazon:B0BBPNPZTC'),
  ]);
});

describe('Reviews view', () => {
  it('tells variants with the same short name apart in the product picker', async () => {
    render(<ReviewsView lang="en" />);
    const picker = await screen.findByRole('combobox', { name: 'Product' });
    await waitFor(() => expect(within(picker).getAllByRole('option')).toHaveLength(3));
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Acme Insulated Water Bottle (Blue) · 3 reviews',
      'Acme Insulated Water Bottle (Red) · 2 reviews',
      'Dawn Ultra Dishwashing Liquid Dish Soap · 1 review',
    ]);
  });

  it('announces the count of reviews shown politely when a filter changes', async () => {
    render(<ReviewsView lang="en" />);
    const count = await screen.findByTestId('review-count');
    expect(count.getAttribute('aria-live')).toBe('polite');
    await waitFor(() => expect(count.textContent).toBe('Showing 3 of 3'));
    fireEvent.change(screen.getByTestId('filter-label'), {
      target: { value: 'negative' },
    });
    await waitFor(() =>
      expect(screen.getByTestId('review-count').textContent).toBe('Showing 1 of 1'),
    );
    // The same live element, so the change is announced (a new element would not be).
    expect(screen.getByTestId('review-count')).toBe(count);
  });
});
