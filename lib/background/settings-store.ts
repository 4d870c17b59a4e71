/**
 * Settings in browser.storage.local (WXT storage item with a version for migrations). A stored value
 * that fails validation is kept as it is (never silently reset) and the defaults are used in memory
 * until the user saves valid settings; the Options page shows the problem.
 */
import { storage } from 'wxt/utils/storage';
import {
  defaultSettings,
  parseSettings,
  SETTINGS_VERSION,
  type Settings,
  type SettingsInput,
} from '../schemas/settings';

export const settingsItem = storage.defineItem<SettingsInput>('local:settings', {
  fallback: defaultSettings,
  version: SETTINGS_VERSION,
});

export interface LoadedSettings {
  settings: Settings;
  /** Why the stored settings could not be used, when they could not. */
  problem?: string;
}

export async function loadSettings(): Promise<LoadedSettings> {
  const raw = await settingsItem.getValue();
  try {
    return { settings: parseSettings(raw) };
  } catch (err) {
    return { settings: defaultSettings, problem: (err as Error).message };
  }
}

export async function getSettings(): Promise<Settings> {
  return (await loadSettings()).settings;
}

/** The stored value as it is, valid or not; null when nothing is stored (the defaults apply). */
export async function storedSettingsValue(): Promise<unknown> {
  return storage.getItem<unknown>(settingsItem.key);
}

/** Puts back a value read by storedSettingsValue (removes the item when it was null). */
export async function restoreSettingsValue(value: unknown): Promise<void> {
  if (value === null) await settingsItem.removeValue();
  else await settingsItem.setValue(value as SettingsInput);
}

/** Validates and saves; throws (with the zod message) when invalid, leaving storage unchanged. */
export async function saveSettings(next: SettingsInput): Promise<Settings> {
  const valid = parseSettings(next);
  await settingsItem.setValue(valid);
  return valid;
}
