import { useUiStore, type PanelTab } from '@/lib/stores/ui-store';
import { t, type Lang, type MessageKey } from '@/lib/i18n';
import { browser } from 'wxt/browser';
import { useLang } from './hooks/use-settings';
import { useCounts } from './hooks/use-db';
import { LangSwitch } from './lang-switch';
import { AlertList } from './alert-list';
import { ProductList } from './product-list';
import { ProductDetail } from './product-detail';
import { panelViews } from './panel-views';
import { SiteAccessBanner } from './site-access';

const BASE_TABS: Array<{ id: PanelTab; label: MessageKey }> = [
  { id: 'alerts', label: 'tabAlerts' },
  { id: 'products', label: 'tabProducts' },
];

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
  return (
    <div className="app">
      <header className="app-header">
        <h1>{t(lang, 'appName')}</h1>
        <LangSwitch lang={lang} setLang={(l) => void setLang(l)} />
        <button
          type="button"
          className="link"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          {t(lang, 'settings')}
        </button>
      </header>
      <SiteAccessBanner lang={lang} />
      <nav className="tabs" role="tablist">
        {tabs.map((x) => (
          <button
            key={x.id}
            type="button"
            role="tab"
            aria-selected={tab === x.id}
            onClick={() => setTab(x.id)}
          >
            {t(lang, x.label)}
            {x.id === 'alerts' && openCount > 0 && <span className="count">{openCount}</span>}
          </button>
        ))}
      </nav>
      <main role="tabpanel">
        {tab === 'alerts' && <AlertList lang={lang} />}
        {tab === 'products' && <Products lang={lang} />}
        {extra && <extra.Component lang={lang} />}
      </main>
    </div>
  );
}
