/**
 * Settings in browser.storage.local (WXT storage item with a version for migrations). A stored value
 * that fails validation is kept as it is (never silently reset); in memory its valid parts are used
 * over the defaults (one bad threshold does not cost the seller's names and floors) until the user
 * saves valid settings, and the Options page says what is wrong.
 */
import { storage } from 'wxt/utils/storage';
import { ZodError, type core } from 'zod';
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
  /** Why the stored settings could not be used as they are, when they could not. */
  problem?: string;
  /** The same as validation issues, for a message per field in the user's language. */
  issues?: core.$ZodIssue[];
}

function tryParse(value: unknown): Settings | null {
  try {
    return parseSettings(value);
  } catch {
    return null;
  }
}

/**
 * The valid parts of an invalid stored value over the defaults: each top-level setting (and each
 * threshold) is kept when the settings stay valid with it, so a bad retention value keeps the seller's
 * names, floors and rates.
 */
export function salvageSettings(raw: unknown): Settings {
  let kept: Settings = defaultSettings;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return kept;
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'thresholds' && typeof value === 'object' && value !== null) {
      for (const [name, v] of Object.entries(value)) {
        kept = tryParse({ ...kept, thresholds: { ...kept.thresholds, [name]: v } }) ?? kept;
      }
      continue;
    }
    kept = tryParse({ ...kept, [key]: value }) ?? kept;
  }
  return kept;
}

export async function loadSettings(): Promise<LoadedSettings> {
  const raw = await settingsItem.getValue();
  try {
    return { settings: parseSettings(raw) };
  } catch (err) {
    return {
      settings: salvageSettings(raw),
      problem: (err as Error).message,
      ...(err instanceof ZodError ? { issues: err.issues } : {}),
    };
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
