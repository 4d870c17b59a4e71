import type { KeyboardEvent } from 'react';
import { useUiStore, type PanelTab } from '@/lib/stores/ui-store';
import { t, type Lang, type MessageKey } from '@/lib/i18n';
import { useLang } from './hooks/use-settings';
import { useCounts } from './hooks/use-db';
import { AppHeader } from './app-header';
import { AlertList } from './alert-list';
import { ProductList } from './product-list';
import { ProductDetail } from './product-detail';
import { panelViews } from './panel-views';
import { SiteAccessBanner } from './site-access';
import { StorageBanner } from './storage-banner';

const BASE_TABS: Array<{ id: PanelTab; label: MessageKey }> = [
  { id: 'alerts', label: 'tabAlerts' },
  { id: 'products', label: 'tabProducts' },
];

/** WAI-ARIA tabs keys: the index of the tab to move to, from the current one of `n`. */
const TAB_KEYS: Partial<Record<string, (i: number, n: number) => number>> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_i, n) => n - 1,
};

function Products({ lang }: { lang: Lang }) {
  const selected = useUiStore((s) => s.selectedListingId);
  return selected ? (
    <ProductDetail listingId={selected} lang={lang} />
  ) : (
    <ProductList lang={lang} />
  );
}

export function SidepanelApp() {
  const { lang, setLang } = useLang();
  const tab = useUiStore((s) => s.tab);
  const setTab = useUiStore((s) => s.setTab);
  const counts = useCounts();
  const openCount = counts ? Object.values(counts.openByKind).reduce((a, b) => a + b, 0) : 0;
  const tabs = [...BASE_TABS, ...panelViews.map((v) => ({ id: v.id, label: v.label }))];
  const extra = panelViews.find((v) => v.id === tab);
  const onTabKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const move = TAB_KEYS[e.key];
    if (!move) return;
    const next = move(
      tabs.findIndex((x) => x.id === tab),
      tabs.length,
    );
    e.preventDefault();
    setTab(tabs[next]!.id);
    e.currentTarget.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  };
  return (
    <div className="app">
      <AppHeader lang={lang} setLang={(l) => void setLang(l)} />
      <nav aria-label={t(lang, 'viewsLabel')}>
        {/* WAI-ARIA tabs: one tab stop, arrow keys / Home / End move between views. */}
        <div className="tabs" role="tablist" onKeyDown={onTabKey}>
          {tabs.map((x) => (
            <button
              key={x.id}
              id={`tab-${x.id}`}
              type="button"
              role="tab"
              aria-selected={tab === x.id}
              aria-controls="view"
              tabIndex={tab === x.id ? 0 : -1}
              onClick={() => setTab(x.id)}
            >
              {t(lang, x.label)}
              {x.id === 'alerts' && openCount > 0 && <span className="count">{openCount}</span>}
            </button>
          ))}
        </div>
      </nav>
      <main>
        <StorageBanner lang={lang} />
        <SiteAccessBanner lang={lang} />
        <div role="tabpanel" id="view" aria-labelledby={`tab-${tab}`}>
          {tab === 'alerts' && <AlertList lang={lang} />}
          {tab === 'products' && <Products lang={lang} />}
          {extra && <extra.Component lang={lang} />}
        </div>
      </main>
    </div>
  );
}
