/**
 * Site access. The marketplace pages Seller Radar reads are host permissions (the content scripts'
 * `matches`). Chrome grants them at install, but the user can switch an extension to "on click" or to
 * chosen sites; Firefox lists them at install but lets the user revoke them site by site, and does not
 * grant hosts that an update adds. Without them the content scripts never run and nothing is captured,
 * with no error anywhere. This module lists the pages each market needs and which of them are missing,
 * so the popup and the side panel can say so and ask for them (`permissions.request`, which must run
 * inside the user's click).
 *
 * Pure: the permissions API is passed in.
 */
import { marketModules } from './markets';
import { listingEditors } from './markets/editors';
import type { Market } from './schemas/snapshot';

/** The part of `browser.permissions` used here. */
export interface PermissionsApi {
  contains(permissions: { origins: string[] }): Promise<boolean>;
  request(permissions: { origins: string[] }): Promise<boolean>;
}

export interface MarketAccess {
  market: Market;
  /**
   * Content-script match patterns, exactly as in the manifest. The permissions API is asked about
   * these, not about whole hosts: Chrome grants a content script's pattern as it is
   * (`https://www.ebay.com/lstng*`), so it would answer "no" for `https://www.ebay.com/*`.
   */
  origins: string[];
}

/** The host of a match pattern (`https://www.ebay.com/lstng*` → `www.ebay.com`), or null. */
export function hostOf(pattern: string): string | null {
  const m = /^(?:\*|https?):\/\/([^/]+)\//.exec(pattern);
  return m ? m[1]! : null;
}

/** How many distinct hosts the patterns cover (what the user thinks of as "sites"). */
export function siteCount(patterns: readonly string[]): number {
  return new Set(patterns.map(hostOf).filter((h) => h !== null)).size;
}

function group(entries: Array<[Market, string]>): MarketAccess[] {
  const byMarket = new Map<Market, Set<string>>();
  for (const [market, pattern] of entries) {
    if (!hostOf(pattern)) continue;
    let set = byMarket.get(market);
    if (!set) byMarket.set(market, (set = new Set()));
    set.add(pattern);
  }
  return [...byMarket].map(([market, set]) => ({ market, origins: [...set].toSorted() }));
}

/** Every page pattern the content scripts read, by market (storefronts, back offices, editors). */
export const MARKET_ACCESS: readonly MarketAccess[] = group([
  ...marketModules.flatMap((mod) => mod.matches.map((m): [Market, string] => [mod.market, m])),
  ...listingEditors.flatMap((e) => e.matches.map((m): [Market, string] => [e.market, m])),
]);

/**
 * The patterns, by market, that the extension may not read. One call when everything is granted (the
 * usual case); otherwise one per pattern, since `contains` only answers for a whole list.
 */
export async function missingAccess(
  api: PermissionsApi,
  markets: readonly MarketAccess[] = MARKET_ACCESS,
): Promise<MarketAccess[]> {
  const all = markets.flatMap((m) => m.origins);
  if (all.length === 0 || (await api.contains({ origins: all }))) return [];
  const missing: MarketAccess[] = [];
  for (const m of markets) {
    const granted = await Promise.all(m.origins.map((o) => api.contains({ origins: [o] })));
    const origins = m.origins.filter((_, i) => !granted[i]);
    if (origins.length > 0) missing.push({ market: m.market, origins });
  }
  return missing;
}
