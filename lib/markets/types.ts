/** What every market module provides: URL matching (page type) and DOM parsers. Pure: no `browser.*`. */
import type { Market, PageSnapshot, PageType } from '../schemas/snapshot';

export interface PageMatch {
  market: Market;
  pageType: PageType;
  /** Which parser handles it, e.g. `amazon/product`. */
  parserId: string;
}

/** Pages that are not the content we parse: the user must solve or sign in first. We skip them. */
export type BlockedReason = 'captcha' | 'robot-check' | 'sign-in';

export type ParseOutcome =
  /** A valid snapshot (it may carry zero records: the caller decides whether that is a parser-health problem). */
  | { kind: 'snapshot'; snapshot: PageSnapshot }
  /** A CAPTCHA / robot-check / sign-in page: skipped, never stored, never alerts. */
  | { kind: 'blocked'; match: PageMatch; reason: BlockedReason }
  /** The URL is not a page we know. */
  | { kind: 'unsupported'; url: string }
  /** A known page whose layout we could not read, or whose data failed validation. */
  | { kind: 'failed'; match: PageMatch; parser: { id: string; version: number }; error: string };

export interface ParseContext {
  url: URL;
  /** ISO-8601 capture time. */
  capturedAt: string;
}

export interface MarketParser {
  id: string;
  version: number;
  /** Returns the snapshot fields the page yields (market/pageType/url/capturedAt/parser are added by the caller). */
  parse: (
    doc: Document,
    ctx: ParseContext,
  ) => Pick<PageSnapshot, 'listings' | 'offers' | 'reviews' | 'draft' | 'warnings'>;
}

export interface MarketModule {
  market: Market;
  /** Content-script match patterns (manifest `matches`). */
  matches: string[];
  /** URL -> page type, or null when this market does not parse that URL. */
  matchUrl: (url: URL) => PageMatch | null;
  /** Recognises CAPTCHA / robot-check / sign-in interstitials served at any URL. */
  detectBlocked: (doc: Document, url: URL) => BlockedReason | null;
  parsers: Record<string, MarketParser>;
}

/** Thrown by a parser on a known page whose layout it cannot read: parseDocument reports `failed`. */
export class LayoutChangedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LayoutChangedError';
  }
}
