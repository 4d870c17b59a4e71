import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t, tCount, colon } from '@/lib/i18n';
import { useLang } from './hooks/use-settings';
import { useCounts } from './hooks/use-db';
import { AlertList } from './alert-list';
import { AppHeader } from './app-header';
import { SiteAccessBanner } from './site-access';
import { StorageBanner } from './storage-banner';
import { kindLabel } from './kind-label';
import type { AlertKind } from '@/lib/schemas/alert';

const sidePanel = (
  browser as unknown as { sidePanel?: { open: (o: { windowId: number }) => Promise<void> } }
).sidePanel;
const sidebar = (browser as unknown as { sidebarAction?: { open: () => Promise<void> } })
  .sidebarAction;

/**
 * Opens the workspace. `sidePanel.open` / `sidebarAction.open` must be called synchronously inside the
 * click (user gesture), so the window id is looked up when the popup opens, not on click.
 */
function openSidePanel(windowId: number | undefined): void {
  const opening =
    sidePanel && windowId !== undefined ? sidePanel.open({ windowId }) : sidebar?.open();
  void Promise.resolve(opening)
    .then(() => window.close())
    .catch((err: unknown) => console.error('[seller-radar] cannot open the side panel', err));
}

export function PopupApp() {
  const { lang, setLang } = useLang();
  const counts = useCounts();
  const [windowId, setWindowId] = useState<number>();
  useEffect(() => {
    void browser.windows.getCurrent().then((w) => setWindowId(w.id));
  }, []);
  return (
    <div className="app popup">
      <AppHeader lang={lang} setLang={(l) => void setLang(l)} />
      <main>
        <StorageBanner lang={lang} />
        <SiteAccessBanner lang={lang} />
        <section aria-label={t(lang, 'summaryTitle')} className="summary">
          <div>
            <strong data-testid="count-listings">{counts?.listings ?? '…'}</strong>{' '}
            {tCount(lang, counts?.listings, 'productTracked', 'productsTracked')}
          </div>
          <div data-testid="count-reviews">
            <strong>{counts?.reviews ?? '…'}</strong>{' '}
            {tCount(lang, counts?.reviews, 'reviewCaptured', 'reviewsCaptured')}
            {counts && counts.reviews > 0 && (
              <>
                {' · '}
                <strong>{counts.negativeReviews}</strong> {t(lang, 'negativeReviewsCount')}
              </>
            )}
          </div>
          {counts && Object.keys(counts.openByKind).length > 0 && (
            <ul className="by-kind" aria-label={t(lang, 'byKind')}>
              {Object.entries(counts.openByKind).map(([kind, n]) => (
                <li key={kind}>
                  {kindLabel(
                    kind as AlertKind,
                    lang,
                    kind === 'buy-box-lost' ? counts.buyBoxLostSubject : undefined,
                  )}
                  {colon(lang)}
                  <strong>{n}</strong>
                </li>
              ))}
            </ul>
          )}
        </section>
        <AlertList lang={lang} limit={3} compact />
        <button type="button" className="primary" onClick={() => openSidePanel(windowId)}>
          {t(lang, 'openSidePanel')}
        </button>
      </main>
    </div>
  );
}
