/**
 * channel-mismatch: the same product on several of the seller's markets (a settings.channelGroups
 * group, whose members are listing ids, product keys, SKUs or GTINs; or own listings sharing a GTIN
 * or a seller SKU)
 * is priced more than channelMismatchPct apart after conversion with the user's rates. A member whose
 * currency no rate reaches is left out and named in the notes: no guessing, no network.
 */
import type { Alert, Localized } from '../schemas/alert';
import type { Settings } from '../schemas/settings';
import type { Money } from '../schemas/snapshot';
import type { ListingRecord } from '../db/types';
import { formatMoney, formatPctValue, type Lang } from './format';
import { storefrontName } from '../markets/names';
import { applyHygiene } from './hygiene';
import { EPS, m, pctOf } from './rule';
import { convert } from './rates';
import { minorStep } from './format';
import type { EngineResult, Verdict } from './types';

export interface ChannelGroupRef {
  /** `channel:<group id>`, `gtin:<gtin>` or `sku:<SKU>`. */
  subject: string;
  /** What the alert calls the group, per language. */
  name: Localized;
  listings: ListingRecord[];
}

/**
 * A group's name in alerts: the one the seller gave it, else `Group 2` / `分组 2` by its place in the
 * settings, as the Options page shows an unnamed group. The Options page saves a new group without a
 * name, so no language is stored in the settings; names saved before (`分组 1`) are kept as given.
 */
export function channelGroupName(group: { name: string }, index: number): Localized {
  const given = group.name.trim();
  return given ? { en: given, zh: given } : { en: `Group ${index + 1}`, zh: `分组 ${index + 1}` };
}

/**
 * A seller SKU as compared across back offices: NFKC, trimmed, upper case (one back office upper-cases
 * what another keeps: `mug-11oz-wht` on Etsy, `MUG-11OZ-WHT` on Amazon). Null for codes too short or
 * too generic to name one product across channels (`1`, `01`, `sku`, `default`): two different products
 * sharing such a code must not be compared as one.
 */
export function channelSku(sku: string): string | null {
  const s = sku.normalize('NFKC').trim().replace(/\s+/g, ' ').toUpperCase();
  if (s.length < 3 || /^\d{1,3}$/.test(s) || GENERIC_SKUS.has(s)) return null;
  return s;
}

const GENERIC_SKUS: ReadonlySet<string> = new Set([
  'SKU',
  'N/A',
  'NA',
  'NONE',
  'NULL',
  'TEST',
  'DEFAULT',
  '无',
  '默认',
  '-',
]);

/** Whether one group already holds every listing of `members` (then a second alert would repeat it). */
function covered(groups: readonly ChannelGroupRef[], members: readonly ListingRecord[]): boolean {
  return groups.some((g) => members.every((x) => g.listings.some((l) => l.id === x.id)));
}

const byId = (a: ListingRecord, b: ListingRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Groups to check: the configured channel groups, then own listings sharing a GTIN, then own listings
 * sharing a seller SKU on two or more markets (the code a seller keeps across back offices: Amazon's
 * Manage Inventory, eBay Seller Hub, Etsy, Shopee's Parent SKU, 商家编码 …), each unless a group
 * before it already holds all of its listings.
 */
export function channelGroupsOf(
  listings: readonly ListingRecord[],
  settings: Settings,
): ChannelGroupRef[] {
  const groups: ChannelGroupRef[] = [];
  const grouped = new Set<string>();
  for (const [i, g] of settings.channelGroups.entries()) {
    const wanted = new Set(g.members);
    const members = listings.filter(
      (l) =>
        wanted.has(l.id) ||
        wanted.has(l.productKey) ||
        (l.gtin !== undefined && wanted.has(l.gtin)) ||
        l.skus.some((s) => wanted.has(s)),
    );
    for (const l of members) grouped.add(l.id);
    if (members.length >= 2)
      groups.push({ subject: `channel:${g.id}`, name: channelGroupName(g, i), listings: members });
  }
  const byGtin = new Map<string, ListingRecord[]>();
  for (const l of listings) {
    if (!l.own || !l.gtin) continue;
    const list = byGtin.get(l.gtin) ?? [];
    list.push(l);
    byGtin.set(l.gtin, list);
  }
  for (const [gtin, members] of byGtin) {
    if (members.length < 2 || members.every((l) => grouped.has(l.id))) continue;
    members.sort(byId);
    groups.push({
      subject: `gtin:${gtin}`,
      name: { en: `GTIN ${gtin}`, zh: `GTIN ${gtin}` },
      listings: members,
    });
  }
  const bySku = new Map<string, ListingRecord[]>();
  for (const l of listings) {
    // A unified Seller Central Europe row names no storefront: its price is not one channel's.
    if (!l.own || l.id.endsWith('@amazon.eu')) continue;
    for (const sku of new Set(l.skus.map(channelSku))) {
      if (sku === null) continue;
      const list = bySku.get(sku) ?? [];
      list.push(l);
      bySku.set(sku, list);
    }
  }
  for (const [sku, members] of bySku) {
    // Across markets only: storefronts of one market sharing a SKU (Amazon.de and Amazon.fr, prices
    // set apart for their VAT) are the seller's pricing, not a product listed twice by mistake.
    if (new Set(members.map((l) => l.market)).size < 2 || covered(groups, members)) continue;
    members.sort(byId);
    groups.push({
      subject: `sku:${sku}`,
      name: { en: `SKU ${sku}`, zh: `SKU ${sku}` },
      listings: members,
    });
  }
  return groups;
}

export interface ChannelMember {
  listing: ListingRecord;
  /** The seller's own price on that channel (latest known), and when it was observed. */
  price: Money | null;
  at: string | null;
}

export interface ChannelGroupInput {
  subject: string;
  name: Localized;
  members: ChannelMember[];
  settings: Settings;
  now: string;
  alerts: Alert[];
}

interface Spread {
  base: string;
  priced: Array<{ member: ChannelMember; price: Money; converted: Money }>;
  unconverted: ChannelMember[];
  low: number;
  high: number;
  pct: number;
}

function spreadOf(members: readonly ChannelMember[], rates: Settings['rates']): Spread | null {
  const withPrice = members.filter((x): x is ChannelMember & { price: Money } => x.price !== null);
  // The base is the currency the most prices can be compared in (on a tie, the first member's): with
  // Amazon.co.jp in JPY and Taobao and JD in CNY but only a CNY rate, CNY, not the first listing's JPY.
  let base: string | undefined;
  let reachable = -1;
  for (const currency of new Set(withPrice.map((x) => x.price.currency))) {
    const n = withPrice.filter((x) => convert(x.price, currency, rates) !== null).length;
    if (n > reachable) {
      base = currency;
      reachable = n;
    }
  }
  if (!base) return null;
  const priced: Spread['priced'] = [];
  const unconverted: ChannelMember[] = [];
  for (const member of withPrice) {
    const converted = convert(member.price, base, rates);
    if (converted) priced.push({ member, price: member.price, converted });
    else unconverted.push(member);
  }
  let low = Infinity;
  let high = -Infinity;
  for (const p of priced) {
    low = Math.min(low, p.converted.amount);
    high = Math.max(high, p.converted.amount);
  }
  return {
    base,
    priced,
    unconverted,
    low,
    high,
    pct: priced.length >= 2 ? pctOf(high - low, low) : 0,
  };
}

/** "Amazon.de B0…": the storefront, since the same ASIN on amazon.com and amazon.de is two channels. */
function label(member: ChannelMember, lang: Lang): string {
  const { market, id, productKey } = member.listing;
  return `${storefrontName(market, id, lang)} ${productKey}`;
}

export function evaluateChannelGroup(input: ChannelGroupInput): EngineResult {
  const { settings } = input;
  const th = settings.thresholds;
  const spread = spreadOf(input.members, settings.rates);
  const notes =
    spread?.unconverted.map(
      (x) =>
        `no rate between ${x.price!.currency} and ${spread.base}: ${x.listing.id} left out of the comparison`,
    ) ?? [];
  const verdict = (open: boolean): Verdict => {
    // Fewer than two comparable prices: unknown, so an open alert is neither confirmed nor cleared.
    if (!spread || spread.priced.length < 2) return 'hold';
    const tooSmall = spread.high - spread.low <= minorStep(spread.base) + EPS;
    if (!tooSmall && spread.pct > th.channelMismatchPct + EPS) return 'on';
    if (!open) return 'off';
    return tooSmall || spread.pct < th.channelMismatchPct - th.hysteresisPct + EPS ? 'off' : 'hold';
  };
  const observed = input.members.map((x) => x.at).filter((x): x is string => x !== null);
  const at = observed.reduce((a, b) => (b > a ? b : a), '');
  const result = applyHygiene(
    [
      {
        kind: 'channel-mismatch',
        subject: input.subject,
        dedupeKey: `channel-mismatch:${input.subject}`,
        verdict,
        run: () => ({ start: at || input.now, captures: 1 }),
        build: () => {
          const s = spread!;
          const list = (lang: Lang) =>
            s.priced
              .map((p) => {
                const own = formatMoney(p.price);
                const c = formatMoney(p.converted);
                const conv =
                  p.price.currency === s.base ? '' : lang === 'zh' ? `（约 ${c}）` : ` (≈ ${c})`;
                return `${label(p.member, lang)} ${own}${conv}`;
              })
              .join(lang === 'zh' ? '，' : ', ');
          const pct = formatPctValue(s.pct);
          return {
            severity: 'warning',
            message: {
              en: `${input.name.en}: your prices differ by ${pct}% across channels: ${list('en')}.`,
              zh: `${input.name.zh}：您在各渠道的价格相差 ${pct}%：${list('zh')}。`,
            },
            nextStep: {
              en: 'Align the prices across channels, or confirm the gap is intended (fees, shipping, VAT).',
              zh: '请统一各渠道价格，或确认差价是有意为之（平台费用、运费、增值税）。',
            },
            evidence: {
              group: input.name,
              baseCurrency: s.base,
              members: s.priced.map((p) => ({
                listingId: p.member.listing.id,
                market: p.member.listing.market,
                price: m(p.price),
                converted: m(p.converted),
              })),
              spreadPct: s.pct,
              thresholdPct: th.channelMismatchPct,
              rates: settings.rates,
            },
          };
        },
      },
    ],
    {
      settings,
      now: input.now,
      at: at && at < input.now ? at : input.now,
      alerts: input.alerts.filter((a) => a.subject === input.subject),
      evidence: notes.length ? { notes } : {},
    },
  );
  return { ...result, notes };
}
