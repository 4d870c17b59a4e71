/**
 * Scenario runner for the price-alert tests: realistic PageSnapshots (an Amazon product page with its
 * featured offer, an all-offers list, a back-office inventory row) go through the real ingest and
 * recompute on a fresh fake-indexeddb database, and every step records what was opened, escalated
 * and resolved.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Alert } from '../../../lib/schemas/alert';
import type { Market, PageSnapshot } from '../../../lib/schemas/snapshot';
import { parseSettings, type Settings, type SettingsInput } from '../../../lib/schemas/settings';
import { SellerRadarDB } from '../../../lib/db/database';
import { ingestSnapshot } from '../../../lib/db/ingest';
import { snapshotKey } from '../../../lib/hash';
import { recomputePriceAlerts } from '../../../lib/alerts/recompute';

export const T0 = Date.parse('2025-03-03T08:00:00Z');
export const OWN = 'Acme Store';

export interface Step {
  /** Hours after T0. */
  h: number;
  /**
   * product: featured offer `seller` at `price`; offers: an all-offers list; inventory: own back-office
   * row; reviews: the product's review page (its header names the product, shows no price).
   */
  page: 'product' | 'offers' | 'inventory' | 'reviews';
  price?: number | null;
  seller?: string;
  /** [seller, landed price, featured?, shipping included in the landed price?] */
  offers?: Array<[string, number | null, boolean?, number?]>;
  market?: Market;
  productKey?: string;
  currency?: string;
  gtin?: string;
  /** Inventory rows: the seller's SKU (default `SKU-<productKey>`). */
  sku?: string;
  ratingCount?: number;
  /** Inventory rows: the back office's quantity and status column ("Out of Stock"). */
  quantity?: number;
  status?: string;
}

export function iso(h: number): string {
  return new Date(T0 + h * 3_600_000).toISOString();
}

export function snapshotOf(step: Step): PageSnapshot {
  const market = step.market ?? 'amazon';
  const productKey = step.productKey ?? 'B0057OC5O8';
  const currency = step.currency ?? 'USD';
  const money = (amount: number | null | undefined) =>
    amount === null || amount === undefined ? null : { amount, currency };
  const base = {
    market,
    capturedAt: iso(step.h),
    parser: { id: `${market}/${step.page}`, version: 1 },
  };
  if (step.page === 'product') {
    return {
      ...base,
      pageType: 'product',
      url: `https://www.amazon.com/dp/${productKey}`,
      listings: [
        {
          productKey,
          title: 'SainSmart 2-Channel 5V Relay Module',
          price: money(step.price),
          featuredOffer: { price: money(step.price), sellerName: step.seller ?? OWN },
          ...(step.ratingCount !== undefined ? { ratingCount: step.ratingCount } : {}),
          ...(step.gtin ? { gtin: step.gtin } : {}),
        },
      ],
    };
  }
  if (step.page === 'reviews') {
    return {
      ...base,
      pageType: 'reviews',
      url: `https://www.amazon.com/product-reviews/${productKey}`,
      listings: [
        {
          productKey,
          title: 'SainSmart 2-Channel 5V Relay Module',
          url: `https://www.amazon.com/dp/${productKey}`,
          rating: 4.5,
          ratingCount: step.ratingCount ?? 120,
        },
      ],
      reviews: [
        {
          id: `R${productKey}${Math.round(step.h * 10)}`,
          productKey,
          rating: 5,
          title: 'Works',
          body: 'Works as described.',
          date: iso(step.h).slice(0, 10),
          dateText: iso(step.h).slice(0, 10),
        },
      ],
    };
  }
  if (step.page === 'offers') {
    return {
      ...base,
      pageType: 'offers',
      url: `https://www.amazon.com/gp/offer-listing/${productKey}`,
      offers: (step.offers ?? []).map(([sellerName, landed, featured, shipping]) => ({
        productKey,
        sellerName,
        price: money(
          landed === null || !shipping ? landed : Math.round((landed - shipping) * 100) / 100,
        ),
        ...(shipping ? { shipping: money(shipping) } : {}),
        landedPrice: money(landed),
        isFeatured: featured === true,
      })),
    };
  }
  return {
    ...base,
    pageType: 'inventory',
    url: `https://sellercentral.example/${market}/inventory`,
    listings: [
      {
        productKey,
        sku: step.sku ?? `SKU-${productKey}`,
        price: money(step.price),
        own: true,
        ...(step.gtin ? { gtin: step.gtin } : {}),
        ...(step.ratingCount !== undefined ? { ratingCount: step.ratingCount } : {}),
        ...(step.quantity !== undefined ? { quantity: step.quantity } : {}),
        ...(step.status !== undefined ? { status: step.status } : {}),
      },
    ],
  };
}

export interface StepResult {
  h: number;
  opened: Alert[];
  escalated: Alert[];
  resolved: Alert[];
}

export interface ScenarioResult {
  steps: StepResult[];
  opened: Alert[];
  alerts: Alert[];
  settings: Settings;
}

export function settingsOf(input: SettingsInput = {}): Settings {
  return parseSettings({ ownSellers: [OWN], ...input });
}

let dbCount = 0;

export async function runScenario(
  steps: Step[],
  settingsInput: SettingsInput = {},
): Promise<ScenarioResult> {
  const settings = settingsOf(settingsInput);
  const db = new SellerRadarDB(`scenario-${++dbCount}`, {
    indexedDB: new IDBFactory(),
    IDBKeyRange,
  });
  const results: StepResult[] = [];
  try {
    for (const step of steps) {
      const snapshot = snapshotOf(step);
      const now = snapshot.capturedAt;
      const r = await ingestSnapshot(db, snapshot, {
        key: snapshotKey(snapshot),
        settings,
        receivedAt: now,
      });
      const rec = await recomputePriceAlerts(db, settings, now, r.listingIds);
      results.push({
        h: step.h,
        opened: rec.opened,
        escalated: rec.escalated,
        resolved: rec.resolved,
      });
    }
    return {
      steps: results,
      opened: results.flatMap((s) => s.opened),
      alerts: await db.alerts.toArray(),
      settings,
    };
  } finally {
    db.close();
  }
}

export const kinds = (alerts: readonly Alert[]) => alerts.map((a) => a.kind);
