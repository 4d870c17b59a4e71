/**
 * The market registry: recognise a URL, detect interstitials, run the right parser and validate its output.
 * Shared by the content scripts, the CLI (`parse`) and the tests.
 */
import { pageSnapshotSchema, type PageSnapshot } from '../schemas/snapshot';
import { amazon } from './amazon';
import { ebay } from './ebay';
import { etsy } from './etsy';
import { jd } from './jd';
import { mercadolibre } from './mercadolibre';
import { pinduoduo } from './pinduoduo';
import { shopee } from './shopee';
import { taobao } from './taobao';
import { walmart } from './walmart';
import type { MarketModule, PageMatch, ParseOutcome } from './types';
import { dropZeroPrices } from './zero-price';

export type { MarketModule, PageMatch, ParseOutcome } from './types';

export const marketModules: MarketModule[] = [
  amazon,
  jd,
  etsy,
  walmart,
  ebay,
  mercadolibre,
  taobao,
  pinduoduo,
  shopee,
];

/** Every market module's content-script match patterns, once each: the marketplace content script's `matches`. */
export const marketMatches: string[] = [...new Set(marketModules.flatMap((m) => m.matches))];

export function toUrl(url: string | URL): URL | null {
  if (url instanceof URL) return url;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function matchUrl(url: string | URL): (PageMatch & { module: MarketModule }) | null {
  const u = toUrl(url);
  if (!u || (u.protocol !== 'https:' && u.protocol !== 'http:')) return null;
  for (const module of marketModules) {
    const m = module.matchUrl(u);
    if (m) return { ...m, module };
  }
  return null;
}

/**
 * Parses a page: unsupported URL, blocked interstitial, a zod-valid snapshot, or a typed failure.
 * Never throws for a page's content: a layout change becomes `failed` with the reason.
 */
export function parseDocument(doc: Document, url: string | URL, capturedAt: string): ParseOutcome {
  const u = toUrl(url);
  const match = u ? matchUrl(u) : null;
  if (!u || !match) return { kind: 'unsupported', url: String(url) };
  const { module, ...pageMatch } = match;
  const blocked = module.detectBlocked(doc, u);
  if (blocked) return { kind: 'blocked', match: pageMatch, reason: blocked };
  const parser = module.parsers[pageMatch.parserId];
  if (!parser) return { kind: 'unsupported', url: u.href };
  const info = { id: parser.id, version: parser.version };
  let fields: ReturnType<typeof parser.parse>;
  try {
    fields = parser.parse(doc, { url: u, capturedAt });
  } catch (err) {
    return {
      kind: 'failed',
      match: pageMatch,
      parser: info,
      error: `parser threw: ${(err as Error).message}`,
    };
  }
  const candidate: PageSnapshot = {
    market: pageMatch.market,
    pageType: pageMatch.pageType,
    url: u.href,
    capturedAt,
    parser: info,
    ...dropZeroPrices(fields),
  };
  const checked = pageSnapshotSchema.safeParse(candidate);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return {
      kind: 'failed',
      match: pageMatch,
      parser: info,
      error: `invalid snapshot at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'unknown'}`,
    };
  }
  return { kind: 'snapshot', snapshot: checked.data };
}
