import { browser } from 'wxt/browser';
import { t, type MessageKey } from '@/lib/i18n';
import { useLang } from './hooks/use-settings';
import { useCounts } from './hooks/use-db';
import { AlertList } from './alert-list';
import { LangSwitch } from './lang-switch';

async function openSidePanel(): Promise<void> {
  const sidePanel = (
    browser as unknown as { sidePanel?: { open: (o: { windowId: number }) => Promise<void> } }
  ).sidePanel;
  const sidebar = (browser as unknown as { sidebarAction?: { open: () => Promise<void> } })
    .sidebarAction;
  if (sidePanel) {
    const win = await browser.windows.getCurrent();
    if (win.id !== undefined) await sidePanel.open({ windowId: win.id });
  } else if (sidebar) {
    await sidebar.open();
  }
  window.close();
}

export function PopupApp() {
  const { lang, setLang } = useLang();
  const counts = useCounts();
  return (
    <div className="app popup">
      <header className="app-header">
        <h1>{t(lang, 'appName')}</h1>
        <LangSwitch lang={lang} setLang={(l) => void setLang(l)} />
      </header>
      <section aria-label={t(lang, 'summaryTitle')} className="summary">
        <div>
          <strong data-testid="count-listings">{counts?.listings ?? '…'}</strong>{' '}
          {t(lang, 'productsTracked')}
        </div>
        <div>
          <strong>{counts?.reviews ?? '…'}</strong> {t(lang, 'reviewsCaptured')}
        </div>
        {counts && Object.keys(counts.openByKind).length > 0 && (
          <ul className="by-kind" aria-label={t(lang, 'byKind')}>
            {Object.entries(counts.openByKind).map(([kind, n]) => (
              <li key={kind}>
                {t(lang, `kind_${kind}` as MessageKey)}: <strong>{n}</strong>
              </li>
            ))}
          </ul>
        )}
      </section>
      <AlertList lang={lang} limit={3} compact />
      <button type="button" className="primary" onClick={() => void openSidePanel()}>
        {t(lang, 'openSidePanel')}
      </button>
    </div>
  );
}
