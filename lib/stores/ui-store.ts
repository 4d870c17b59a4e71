/** UI state only (HOUSE-STYLE: data comes from Dexie via useLiveQuery, never from zustand). */
import { create } from 'zustand';

export type PanelTab = 'alerts' | 'products' | 'prices' | 'listing' | 'reviews';

export interface UiState {
  tab: PanelTab;
  selectedListingId: string | null;
  productQuery: string;
  showClosedAlerts: boolean;
  setTab: (tab: PanelTab) => void;
  selectListing: (id: string | null) => void;
  setProductQuery: (q: string) => void;
  setShowClosedAlerts: (v: boolean) => void;
}

export const useUiStore = create<UiState>((set) => ({
  tab: 'alerts',
  selectedListingId: null,
  productQuery: '',
  showClosedAlerts: false,
  setTab: (tab) => set({ tab }),
  selectListing: (selectedListingId) => set({ selectedListingId }),
  setProductQuery: (productQuery) => set({ productQuery }),
  setShowClosedAlerts: (showClosedAlerts) => set({ showClosedAlerts }),
}));
