import { useEffect, useState } from 'react';
import { settingsItem, loadSettings, saveSettings } from '@/lib/background/settings-store';
import { resolveLanguage } from '@/lib/background/ui-language';
import { defaultSettings, type Settings, type SettingsInput } from '@/lib/schemas/settings';
import type { Lang } from '@/lib/i18n';
import type { core } from 'zod';

/** Settings from storage, live (storage watch), with the problem text when the stored value is invalid. */
export function useSettings(): {
  settings: Settings;
  problem: string | undefined;
  /** The problem as validation issues, for a message per field. */
  issues: core.$ZodIssue[] | undefined;
  loaded: boolean;
  save: (next: SettingsInput) => Promise<Settings>;
} {
  const [state, setState] = useState<{
    settings: Settings;
    problem?: string;
    issues?: core.$ZodIssue[];
    loaded: boolean;
  }>({
    settings: defaultSettings,
    loaded: false,
  });
  useEffect(() => {
    let alive = true;
    const refresh = () =>
      void loadSettings().then((s) => alive && setState({ ...s, loaded: true }));
    refresh();
    const unwatch = settingsItem.watch(refresh);
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return {
    settings: state.settings,
    problem: state.problem,
    issues: state.issues,
    loaded: state.loaded,
    save: saveSettings,
  };
}

export function useLang(): { lang: Lang; setLang: (lang: Lang) => Promise<void> } {
  const { settings, problem, save } = useSettings();
  // With invalid stored settings the switch works for this page only: saving would overwrite them.
  const [override, setOverride] = useState<Lang>();
  const lang = override ?? resolveLanguage(settings.language);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  return {
    lang,
    setLang: async (next) => {
      if (problem) {
        setOverride(next);
        return;
      }
      setOverride(undefined);
      await save({ ...settings, language: next });
    },
  };
}
