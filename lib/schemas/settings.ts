/**
 * User settings (browser.storage.local, key `local:settings`), also the `--settings` file of the CLI.
 * Every key is optional on input; `parseSettings` fills defaults. `version` drives migrations
 * (lib/settings-migrations.ts) so an old shape is upgraded, never silently reset.
 */
import { z } from 'zod';
import { MARKETS, moneySchema } from './snapshot';

export const SETTINGS_VERSION = 1;

export const thresholdsSchema = z.object({
  /** A competitor must be below the seller by more than max(undercutPct %, one currency step). */
  undercutPct: z.number().min(0).max(100).default(1),
  /** An open price alert resolves only once the condition clears by this extra margin (hysteresis). */
  hysteresisPct: z.number().min(0).max(100).default(0.5),
  /** A price war: at least this many alternating cuts ... */
  priceWarMinCuts: z.number().int().min(2).max(50).default(3),
  /** ... within this window ... */
  priceWarWindowHours: z
    .number()
    .min(1)
    .max(24 * 30)
    .default(72),
  /** ... with at least this cumulative decline. */
  priceWarMinDeclinePct: z.number().min(0).max(100).default(5),
  /** A price war escalates to critical when the price is within this much of the floor. */
  floorProximityPct: z.number().min(0).max(100).default(5),
  /** Same product across channels may differ by this much after currency conversion. */
  channelMismatchPct: z.number().min(0).max(100).default(5),
  /** A condition must hold this long (or be seen twice) before a price alert opens. */
  debounceMinutes: z
    .number()
    .min(0)
    .max(24 * 60)
    .default(0),
  /** At most this many alerts opened per product per 24 h (no alert storms). */
  maxAlertsPerProductPerDay: z.number().int().min(1).max(1000).default(6),
  /** Negative-spike: window, margin over the baseline share (percentage points), minimum reviews. */
  negativeSpikeWindowDays: z.number().int().min(1).max(365).default(14),
  negativeSpikeMarginPct: z.number().min(0).max(100).default(20),
  negativeSpikeMinReviews: z.number().int().min(1).max(1000).default(5),
  /** Recompute alarm period in minutes. */
  recomputeMinutes: z
    .number()
    .min(0.1)
    .max(24 * 60)
    .default(15),
});
export type Thresholds = z.infer<typeof thresholdsSchema>;

export const channelGroupSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().max(200),
  /** Listing ids (`market:productKey[:sku]`), product keys or GTINs. */
  members: z.array(z.string().min(1).max(300)).max(100),
});
export type ChannelGroup = z.infer<typeof channelGroupSchema>;

export const languageSchema = z.enum(['auto', 'en', 'zh']);
export type LanguageSetting = z.infer<typeof languageSchema>;

/** A rate's key: two ISO 4217 codes, `"USD/EUR"` (1 USD = rate EUR). */
export const RATE_PAIR = /^[A-Z]{3}\/[A-Z]{3}$/;

export const settingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION).default(SETTINGS_VERSION),
  language: languageSchema.default('auto'),
  markets: z.partialRecord(z.enum(MARKETS), z.boolean()).default({}),
  /** Seller names or ids that are the user's own offers. */
  ownSellers: z.array(z.string().min(1).max(300)).max(200).default([]),
  /** Floor price per product key, SKU or listing id: the lowest price the seller will go. */
  floors: z.record(z.string().min(1), moneySchema).default({}),
  /** Unit cost per product key, SKU or listing id. */
  costs: z.record(z.string().min(1), moneySchema).default({}),
  channelGroups: z.array(channelGroupSchema).max(500).default([]),
  thresholds: thresholdsSchema.default(thresholdsSchema.parse({})),
  /** Currency rates entered by the user, `"USD/EUR": 0.92` means 1 USD = 0.92 EUR. No network. */
  rates: z
    .record(
      z
        .string()
        .regex(RATE_PAIR, 'a rate is keyed "USD/EUR" (two ISO 4217 codes)')
        .refine(
          (pair) => pair.slice(0, 3) !== pair.slice(4),
          'a rate needs two different currencies (USD/USD is always 1)',
        ),
      z.number().positive().finite(),
    )
    .default({}),
  /** Data retention for price points and captures, in days (0 = keep forever). */
  retentionDays: z.number().int().min(0).max(3650).default(365),
  notifications: z.boolean().default(true),
});
export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;

export const defaultSettings: Settings = settingsSchema.parse({});

/** Parses user settings, filling defaults; throws a ZodError naming the bad key. */
export function parseSettings(input: unknown): Settings {
  const base = typeof input === 'object' && input !== null ? input : {};
  const withThresholds = {
    ...base,
    thresholds: { ...(base as { thresholds?: object }).thresholds },
  };
  return settingsSchema.parse(withThresholds);
}
