/**
 * The background's message handler: the trust boundary between web-page-controlled content and the
 * database. Validates sender and payload, writes through the single ingest path, acknowledges.
 * No `browser.*` here: the entrypoint passes the sender and dependencies, so tests drive it directly.
 */
import { messageSchema, type MessageResponse, type Message } from '../schemas/messages';
import type { Settings } from '../schemas/settings';
import type { Alert } from '../schemas/alert';
import type { SellerRadarDB } from '../db/database';
import { ingestSnapshot, type IngestResult } from '../db/ingest';
import type { CaptureRecord } from '../db/types';
import { matchUrl, toUrl } from '../markets';
import { matchEditorUrl } from '../markets/editors';
import { applyCandidates, resolveAlerts, setAlertState } from '../alerts/lifecycle';
import { parserHealthCandidate, parserHealthKey } from '../alerts/parser-health';
import { errorResponse, fail } from './error-response';

export interface MessageSender {
  /** Extension id of the sender (runtime.id for our own contexts). */
  id?: string;
  /** URL of the sending frame. */
  url?: string;
  /** Present when the sender is a content script in a tab. */
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export interface HandlerDeps {
  db: SellerRadarDB;
  extensionId: string;
  /** e.g. `chrome-extension://<id>/` */
  extensionOrigin: string;
  getSettings: () => Promise<Settings>;
  now: () => string;
  /** Called after data changed (ingest, alert updates): recompute alerts, refresh the badge. */
  afterChange: (event: ChangeEvent) => Promise<void>;
  /** Live listing drafts for the side panel's Listing check. */
  saveDraft?: (
    draft: Extract<Message, { type: 'saveDraft' }>,
    tabId: number | undefined,
  ) => Promise<void>;
  deleteAllData?: () => Promise<void>;
  /**
   * A capture was refused for lack of disk space (`full`, with its page), or one was stored again:
   * the badge and a banner say so (lib/background/storage-health.ts). Its own failure is only logged.
   */
  storageState?: (state: { full: true; url: string } | { full: false }) => Promise<void>;
}

export type ChangeEvent =
  | { kind: 'ingest'; result: IngestResult }
  | { kind: 'capture'; capture: CaptureRecord }
  | { kind: 'alerts' };

function hostOf(url: string | undefined): string | null {
  return url ? (toUrl(url)?.host ?? null) : null;
}

async function lastGoodCapture(
  db: SellerRadarDB,
  c: CaptureRecord,
): Promise<CaptureRecord | undefined> {
  return db.captures
    .where('[market+pageType+at]')
    .between([c.market, c.pageType, ''], [c.market, c.pageType, c.at], true, false)
    .reverse()
    .filter((row) => row.status === 'ok' && row.parserId === c.parserId)
    .first();
}

/** Raises or resolves the parser-health alert for one capture; returns the alerts it (re)opened. */
export async function checkParserHealth(
  db: SellerRadarDB,
  capture: CaptureRecord,
  now: string,
): Promise<Alert[]> {
  if (capture.status === 'blocked') return [];
  if (capture.status === 'ok') {
    await resolveAlerts(db, [parserHealthKey(capture.parserId)], now);
    return [];
  }
  const candidate = parserHealthCandidate(capture, await lastGoodCapture(db, capture));
  return candidate ? (await applyCandidates(db, [candidate], now)).opened : [];
}

/**
 * A retried capture that was already stored: the worker that stored it may have been stopped before its
 * parser-health check ran (the write commits first), and the retry is the only other time this capture
 * is seen, so the check runs again. It is idempotent (the alert is keyed by parser); it only runs when
 * no later capture of the same parser exists, so an old page's retry cannot resolve or raise over
 * a newer verdict.
 */
async function recheckDuplicate(
  db: SellerRadarDB,
  capture: CaptureRecord | undefined,
  now: string,
): Promise<void> {
  if (!capture) return;
  const later = await db.captures
    .where('[market+pageType+at]')
    .between(
      [capture.market, capture.pageType, capture.at],
      [capture.market, capture.pageType, '\uffff'],
      false,
      true,
    )
    .filter((row) => row.parserId === capture.parserId && row.id !== capture.id)
    .first();
  if (later) return;
  await checkParserHealth(db, capture, now);
}

/**
 * Follow-up work (parser health, recompute, badge) after a write that has committed: its failure must
 * not be reported as a failed write ("nothing was written"), which would be false; the next alarm
 * recomputes.
 */
/** Page types anyone can open (one product each), as opposed to the seller's back office. */
const PUBLIC_PAGE_TYPES: ReadonlySet<string> = new Set(['product', 'offers', 'reviews']);

async function afterCommit(work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (err) {
    console.error('[seller-radar] follow-up after a stored write failed', err);
  }
}

/** Tells the storage-health state what happened; failing to record it must not change the answer. */
async function reportStorage(
  deps: HandlerDeps,
  state: Parameters<NonNullable<HandlerDeps['storageState']>>[0],
): Promise<void> {
  try {
    await deps.storageState?.(state);
  } catch (err) {
    console.error('[seller-radar] storage state not recorded', err);
  }
}

export async function handleMessage(
  raw: unknown,
  sender: MessageSender,
  deps: HandlerDeps,
): Promise<MessageResponse> {
  if (sender.id !== deps.extensionId) {
    return fail('foreign-sender', 'Messages are accepted only from this extension.');
  }
  const parsed = messageSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(
      'invalid-message',
      `Rejected: ${issue ? `${issue.path.join('.') || 'message'}: ${issue.message}` : 'not a Seller Radar message'}`,
    );
  }
  const msg = parsed.data;
  const fromContentScript =
    sender.tab !== undefined && !(sender.url ?? '').startsWith(deps.extensionOrigin);
  const fromExtensionPage = (sender.url ?? '').startsWith(deps.extensionOrigin);

  if (msg.type === 'saveSnapshot' || msg.type === 'reportCapture' || msg.type === 'saveDraft') {
    if (!fromContentScript)
      return fail('foreign-sender', `${msg.type} is accepted only from a content script.`);
    const claimed =
      msg.type === 'saveSnapshot'
        ? msg.snapshot.url
        : msg.type === 'reportCapture'
          ? msg.capture.url
          : msg.url;
    const senderUrl = sender.url ?? sender.tab?.url;
    // A content script can only report the page it runs on, and only a page we know (drafts: a listing
    // editor of the market the draft claims), served over HTTPS: a page over plain HTTP could have been
    // written by anyone on the network, and would feed fake own prices and stock into the alerts.
    // What the page is (market, page type) is read from the sender's URL, not taken from the message:
    // a script on a product page cannot report back-office inventory rows ("own" prices and stock),
    // nor a draft of another market.
    const page = senderUrl ? matchUrl(senderUrl) : null;
    const claimedPage =
      msg.type === 'saveSnapshot'
        ? msg.snapshot
        : msg.type === 'reportCapture'
          ? msg.capture
          : null;
    const known =
      !!senderUrl &&
      senderUrl.startsWith('https://') &&
      (msg.type === 'saveDraft'
        ? matchEditorUrl(senderUrl)?.market === msg.market
        : !!page &&
          page.market === claimedPage?.market &&
          page.pageType === claimedPage.pageType &&
          // A public page shows one product: many listings from it are not what a parser reads, nor
          // the seller's own rows ("own" prices and stock come from back-office pages only).
          (msg.type !== 'saveSnapshot' ||
            !PUBLIC_PAGE_TYPES.has(page.pageType) ||
            ((msg.snapshot.listings?.length ?? 0) <= 1 &&
              !(msg.snapshot.listings ?? []).some((l) => l.own === true))));
    if (hostOf(claimed) !== hostOf(senderUrl) || !known) {
      return fail('url-mismatch', 'The reported page is not the page the content script runs on.');
    }
  } else if (!fromExtensionPage) {
    return fail('foreign-sender', `${msg.type} is accepted only from the extension's own pages.`);
  }

  const now = deps.now();
  try {
    switch (msg.type) {
      case 'saveSnapshot': {
        const settings = await deps.getSettings();
        const result = await ingestSnapshot(deps.db, msg.snapshot, {
          key: msg.key,
          settings,
          receivedAt: now,
        });
        const capture = result.capture;
        if (result.status === 'stored') await reportStorage(deps, { full: false });
        if (capture) {
          await afterCommit(async () => {
            await checkParserHealth(deps.db, capture, now);
            await deps.afterChange({ kind: 'ingest', result });
            await deps.db.captures.update(capture.id, { followedUpAt: deps.now() });
          });
        } else {
          await afterCommit(async () => {
            const stored = await deps.db.captures.get(msg.key);
            await recheckDuplicate(deps.db, stored, now);
            // The content script re-sends a capture it got no answer for: when the service worker was
            // stopped after the write and before its follow-up (labels, alerts, badge), the follow-up
            // was never done. The ingest's scope is gone, so a full recompute stands in for it.
            if (stored && stored.followedUpAt === undefined) {
              await deps.afterChange({ kind: 'alerts' });
              await deps.db.captures.update(stored.id, { followedUpAt: deps.now() });
            }
          });
        }
        return {
          ok: true,
          status: result.status,
          detail: {
            captureStatus: result.captureStatus,
            pricePointsAdded: result.pricePointsAdded,
            newReviews: result.newReviewIds.length,
            revisedReviews: result.revisedReviewIds.length,
          },
        };
      }
      case 'reportCapture': {
        const c = msg.capture;
        const existing = await deps.db.captures.get(msg.key);
        if (existing) {
          await afterCommit(() => recheckDuplicate(deps.db, existing, now));
          return { ok: true, status: 'duplicate' };
        }
        const capture: CaptureRecord = {
          id: msg.key,
          url: c.url,
          market: c.market,
          pageType: c.pageType,
          parserId: c.parserId,
          parserVersion: c.parserVersion,
          // UTC like ingest's captures: `at` is range-queried as a string (last good capture, retention).
          at: new Date(c.at).toISOString(),
          receivedAt: now,
          status: c.status,
          counts: { listings: 0, offers: 0, reviews: 0 },
          ...(c.error ? { error: c.error } : {}),
        };
        await deps.db.captures.add(capture);
        await reportStorage(deps, { full: false });
        await afterCommit(async () => {
          await checkParserHealth(deps.db, capture, now);
          await deps.afterChange({ kind: 'capture', capture });
        });
        return { ok: true, status: 'stored' };
      }
      case 'saveDraft': {
        await deps.saveDraft?.(msg, sender.tab?.id);
        return { ok: true, status: 'done' };
      }
      case 'updateAlert': {
        const changed = await setAlertState(deps.db, msg.id, msg.action, now);
        if (!changed) return fail('invalid-message', `No alert with id ${msg.id}.`);
        await afterCommit(() => deps.afterChange({ kind: 'alerts' }));
        return { ok: true, status: 'done' };
      }
      case 'recomputeAlerts': {
        await deps.afterChange({ kind: 'alerts' });
        return { ok: true, status: 'done' };
      }
      case 'deleteAllData': {
        await deps.deleteAllData?.();
        await afterCommit(() => deps.afterChange({ kind: 'alerts' }));
        return { ok: true, status: 'done' };
      }
    }
  } catch (err) {
    // A change made only in part (delete-all) or a database failure, said as the Options page says it.
    const failure = errorResponse(err);
    if (
      failure.error.code === 'storage-full' &&
      (msg.type === 'saveSnapshot' || msg.type === 'reportCapture')
    ) {
      const url = msg.type === 'saveSnapshot' ? msg.snapshot.url : msg.capture.url;
      await reportStorage(deps, { full: true, url });
    }
    return failure;
  }
}
