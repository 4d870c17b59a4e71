/**
 * compliance alerts (DESIGN.md §5/§6): the titles of the seller's own listings captured from back-office
 * pages, linted with the market's rule packs. A listing with error-level findings gets one alert
 * (`compliance:<listingId>`) naming the rules and the matched words; fixing the title resolves it.
 *
 * Severity: `warning`, never `critical`. An error-level finding means the marketplace may suppress the
 * listing or the seller may be fined, so it belongs in the badge count, but it is a text match that can
 * still be a false positive and costs no money by the hour: critical alerts (and their notifications) stay
 * reserved for price events. Warning-level findings alone raise nothing; they are listed in the evidence
 * of an alert raised by an error and in the side panel's Listing check.
 *
 * Only own listings: a competitor's title is not the seller's to fix. Work is proportional to what
 * changed: after an ingest only `scope.listingIds` are looked at, and a title already linted (same text,
 * market and rule set — the hash in the alert's evidence, or a per-database memo of clean titles) is not
 * linted again.
 */
import type { Alert, AlertCandidate } from '../schemas/alert';
import type { Settings } from '../schemas/settings';
import type { Market } from '../schemas/snapshot';
import { MARKET_NAMES } from '../markets/names';
import type { SellerRadarDB } from '../db/database';
import type { ListingRecord } from '../db/types';
import { compiledRules, lintListing } from '../compliance/lint';
import type { Finding } from '../compliance/types';
import { fnv1a64 } from '../hash';
import { applyCandidates, resolveAlerts } from './lifecycle';

export function complianceKey(listingId: string): string {
  return `compliance:${listingId}`;
}

let rulesVersion: string | undefined;
/** Changes whenever a rule that decides findings changes (an extension update with new packs). */
export function complianceRulesVersion(): string {
  rulesVersion ??= fnv1a64(
    JSON.stringify(
      compiledRules.rules.map((r) => [
        r.id,
        r.severity,
        r.terms,
        r.pattern,
        r.allow,
        r.fields,
        r.check,
      ]),
    ),
  );
  return rulesVersion;
}

export function titleHash(market: Market, title: string): string {
  return fnv1a64(`${complianceRulesVersion()}\n${market}\n${title}`);
}

/** Findings listed in the sentence; the rest are counted ("and 2 more") and kept in the evidence. */
const NAMED_IN_MESSAGE = 3;
const MAX_EVIDENCE_FINDINGS = 20;

function quote(s: string, lang: 'en' | 'zh'): string {
  const t = s.length > 40 ? `${s.slice(0, 39)}…` : s;
  return lang === 'en' ? `"${t}"` : `“${t}”`;
}

export type ListingForCompliance = Pick<ListingRecord, 'id' | 'market' | 'title' | 'productKey'> &
  Partial<Pick<ListingRecord, 'url' | 'lastSeen'>>;

/**
 * Pure: the alert for one listing's title (null when it has no error-level finding), with all findings.
 */
export function complianceCandidate(
  listing: ListingForCompliance,
  now: string,
): { candidate: AlertCandidate | null; findings: Finding[] } {
  const title = listing.title ?? '';
  const findings = title.trim() === '' ? [] : lintListing({ title }, { market: listing.market });
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length === 0) return { candidate: null, findings };

  const market = MARKET_NAMES[listing.market];
  const named = errors.slice(0, NAMED_IN_MESSAGE);
  const more = errors.length - named.length;
  const listEn = named.map((f) => `${quote(f.match, 'en')} (${f.ruleId})`).join(', ');
  const listZh = named.map((f) => `${quote(f.match, 'zh')}（${f.ruleId}）`).join('、');
  const first = errors[0]!;
  const name = quote(title, 'en');
  const candidate: AlertCandidate = {
    kind: 'compliance',
    severity: 'warning',
    subject: listing.id,
    dedupeKey: complianceKey(listing.id),
    at: listing.lastSeen && listing.lastSeen <= now ? listing.lastSeen : now,
    message: {
      en: `The ${market.en} title ${name} breaks ${errors.length === 1 ? 'a listing rule' : `${errors.length} listing rules`}: ${listEn}${more > 0 ? ` and ${more} more` : ''}. ${first.message.en}`,
      zh: `${market.zh}商品标题${quote(title, 'zh')}有 ${errors.length} 处违规：${listZh}${more > 0 ? ` 等（另有 ${more} 处）` : ''}。${first.message.zh}`,
    },
    nextStep: {
      en: `${first.suggestion.en} Edit the title in the listing editor: Seller Radar's Listing check marks every finding as you type.`,
      zh: `${first.suggestion.zh}请在商品编辑页修改标题，Seller Radar 的“商品信息检查”会在输入时标出每一处问题。`,
    },
    evidence: {
      listingId: listing.id,
      market: listing.market,
      productKey: listing.productKey,
      title,
      titleHash: titleHash(listing.market, title),
      rulesVersion: complianceRulesVersion(),
      ...(listing.url ? { url: listing.url } : {}),
      errorCount: errors.length,
      findings: findings.slice(0, MAX_EVIDENCE_FINDINGS).map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        start: f.start,
        end: f.end,
        match: f.match,
        message: f.message,
        suggestion: f.suggestion,
        source: f.source,
        ...(f.sourceEn ? { sourceEn: f.sourceEn } : {}),
      })),
    },
  };
  return { candidate, findings };
}

/** Titles linted clean, per database (a memo only: lost with the service worker, rebuilt by relinting). */
const cleanMemo = new WeakMap<SellerRadarDB, Map<string, string>>();
const MEMO_LIMIT = 50_000;

export interface ComplianceRunResult {
  opened: Alert[];
  updated: Alert[];
  resolved: number;
  /** How many titles were actually linted (the rest were unchanged). */
  linted: number;
}

export async function evaluateComplianceAlerts(
  db: SellerRadarDB,
  _settings: Settings,
  now: string,
  scope: { listingIds?: string[] } = {},
): Promise<ComplianceRunResult> {
  let memo = cleanMemo.get(db);
  if (!memo) cleanMemo.set(db, (memo = new Map()));

  const listings: ListingRecord[] = scope.listingIds
    ? (await db.listings.bulkGet(scope.listingIds)).filter(
        (l): l is ListingRecord => l !== undefined,
      )
    : await db.listings.toArray();
  const keys = listings.map((l) => complianceKey(l.id));
  const existing = new Map<string, Alert>();
  for (const a of keys.length ? await db.alerts.where('dedupeKey').anyOf(keys).toArray() : []) {
    existing.set(a.dedupeKey, a);
  }

  const candidates: AlertCandidate[] = [];
  const resolve: string[] = [];
  let linted = 0;
  for (const listing of listings) {
    const key = complianceKey(listing.id);
    const prev = existing.get(key);
    const active = prev !== undefined && prev.state !== 'resolved';
    if (!listing.own || !listing.title?.trim()) {
      if (active) resolve.push(key);
      continue;
    }
    const hash = titleHash(listing.market, listing.title);
    // Same title as the alert that is still open, snoozed or dismissed: nothing new to say.
    if (active && prev.evidence.titleHash === hash) continue;
    if (!active && memo.get(listing.id) === hash) continue;
    linted++;
    const { candidate } = complianceCandidate(listing, now);
    if (candidate) {
      memo.delete(listing.id);
      candidates.push(candidate);
    } else {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(listing.id, hash);
      if (active) resolve.push(key);
    }
  }
  const applied = await applyCandidates(db, candidates, now);
  const resolved = await resolveAlerts(db, resolve, now);
  return { opened: applied.opened, updated: applied.updated, resolved, linted };
}
