/** Inputs and outputs of the price-alert engine (DESIGN.md §5): time series and settings in, candidates out. */
import type { Alert, AlertCandidate, AlertKind } from '../schemas/alert';
import type { Settings } from '../schemas/settings';
import type { ListingRecord, OfferRecord, PricePointRecord } from '../db/types';

export const PRICE_ALERT_KINDS = [
  'undercut',
  'buy-box-lost',
  'price-war',
  'below-floor',
  'channel-mismatch',
] as const satisfies readonly AlertKind[];
export type PriceAlertKind = (typeof PRICE_ALERT_KINDS)[number];

export function isPriceAlertKind(kind: string): kind is PriceAlertKind {
  return (PRICE_ALERT_KINDS as readonly string[]).includes(kind);
}

/** Everything the engine needs about one listing. */
export interface ListingInput {
  listing: ListingRecord;
  /** Price points in ascending `at`, none after `now`. Each point carries every field forward, so the
   * points of the look-back window plus the one just before it are a complete history. */
  points: PricePointRecord[];
  /** Offer rows (one per offer per capture) of the same window, ascending `at`. */
  offers: OfferRecord[];
  settings: Settings;
  /** ISO-8601 evaluation time (the capture time in a replay, the alarm time in the extension). */
  now: string;
  /** Stored alerts about this listing, in any state: the engine needs the open ones for hysteresis
   * and the recently resolved ones to damp flip-flops. */
  alerts: Alert[];
  /** One of the seller's best-selling products: a lost buy box there is critical. */
  topSeller?: boolean;
}

/** Why a candidate that met its condition was held back. */
export type SuppressReason = 'debounce' | 'flapping' | 'rate-limit';

export interface EngineResult {
  /** New, re-opened and refreshed alerts (applyCandidates sorts out which is which). */
  candidates: AlertCandidate[];
  /** Dedupe keys of alerts whose condition cleared beyond the hysteresis margin. */
  resolve: string[];
  suppressed: Array<{ dedupeKey: string; kind: PriceAlertKind; reason: SuppressReason }>;
  /** What could not be evaluated and why (a missing currency rate ...), for logs and the CLI. */
  notes?: string[];
}

/** The state of one condition at one point: `hold` = inside the hysteresis band, or not knowable. */
export type Verdict = 'on' | 'off' | 'hold';
