import { browser } from 'wxt/browser';
import { t, type Lang } from '@/lib/i18n';
import { LangSwitch } from './lang-switch';

/** The header of the popup and the side panel: name, EN / 中文 switch, Settings. */
export function AppHeader({ lang, setLang }: { lang: Lang; setLang: (l: Lang) => void }) {
  return (
    <header className="app-header">
      <h1>{t(lang, 'appName')}</h1>
      <LangSwitch lang={lang} setLang={setLang} />
      <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
        {t(lang, 'settings')}
      </button>
    </header>
  );
}
