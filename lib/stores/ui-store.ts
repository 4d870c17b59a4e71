/** UI state only (HOUSE-STYLE: data comes from Dexie via useLiveQuery, never from zustand). */
import { create } from 'zustand';

export type PanelTab = 'alerts' | 'products' | 'prices' | 'listing' | 'reviews';

export interface UiState {
  tab: PanelTab;
  selectedListingId: string | null;
  /** The product just left with Back, so the list can put the keyboard focus back on its row. */
  returnToListingId: string | null;
  productQuery: string;
  showClosedAlerts: boolean;
  setTab: (tab: PanelTab) => void;
  selectListing: (id: string | null) => void;
  setProductQuery: (q: string) => void;
  setShowClosedAlerts: (v: boolean) => void;
  /** The list has put the focus back (or had no row for it). */
  clearReturnTo: () => void;
}

export const useUiStore = create<UiState>((set) => ({
  tab: 'alerts',
  selectedListingId: null,
  returnToListingId: null,
  productQuery: '',
  showClosedAlerts: false,
  setTab: (tab) => set({ tab }),
  selectListing: (selectedListingId) =>
    set((s) => ({
      selectedListingId,
      returnToListingId: selectedListingId === null ? s.selectedListingId : null,
    })),
  setProductQuery: (productQuery) => set({ productQuery }),
  setShowClosedAlerts: (showClosedAlerts) => set({ showClosedAlerts }),
  clearReturnTo: () => set({ returnToListingId: null }),
}));
