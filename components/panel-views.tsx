/** Side-panel views contributed by features (Prices, Listing check, Reviews) as they land. */
import type { ComponentType } from 'react';
import type { PanelTab } from '@/lib/stores/ui-store';
import type { Lang, MessageKey } from '@/lib/i18n';
import { PricesView } from './prices-view';
import { ListingCheck } from './listing-check';
import { ReviewsView } from './reviews-view';

export interface PanelView {
  id: PanelTab;
  label: MessageKey;
  Component: ComponentType<{ lang: Lang }>;
}

export const panelViews: PanelView[] = [
  { id: 'prices', label: 'tabPrices', Component: PricesView },
  { id: 'listing', label: 'tabListingCheck', Component: ListingCheck },
  { id: 'reviews', label: 'tabReviews', Component: ReviewsView },
];
