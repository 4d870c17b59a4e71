/**
 * The content-script side of the pipeline, written against injected functions (no `browser.*`) so it is
 * unit-testable: parse the page, validate, send with an idempotency key, retry until acknowledged.
 * Re-parses on single-page navigation and (debounced) DOM mutations for rows loaded by XHR, and sends
 * only when what the page shows changed.
 */
import { parseDocument } from '../markets';
import { canonicalJson, fnv1a64, snapshotKey } from '../hash';
import type {
  MessageResponse,
  ReportCaptureMessage,
  SaveSnapshotMessage,
} from '../schemas/messages';
import type { PageSnapshot } from '../schemas/snapshot';

export interface CaptureDeps {
  document: Document;
  location: () => string;
  now: () => string;
  send: (msg: SaveSnapshotMessage | ReportCaptureMessage) => Promise<MessageResponse | undefined>;
  setTimeout: (fn: () => void, ms: number) => unknown;
  isValid: () => boolean;
  log?: (...args: unknown[]) => void;
}

/** Backoff delays between delivery attempts (ms): covers a service worker that is waking or restarting. */
export const RETRY_DELAYS = [250, 500, 1_000, 2_000, 4_000, 8_000, 15_000, 30_000];

/** Sends until the background acknowledges; a rejection (typed error) is final except storage errors. */
export async function deliver(
  msg: SaveSnapshotMessage | ReportCaptureMessage,
  deps: Pick<CaptureDeps, 'send' | 'setTimeout' | 'isValid' | 'log'>,
): Promise<MessageResponse | null> {
  for (let attempt = 0; ; attempt++) {
    if (!deps.isValid()) return null;
    let response: MessageResponse | undefined;
    try {
      response = await deps.send(msg);
    } catch (err) {
      deps.log?.('[seller-radar] send failed, will retry', (err as Error)?.message);
    }
    if (response?.ok) return response;
    // storage-error: the write failed and rolled back; try again. Anything else is a definitive "no".
    if (response && !response.ok && response.error.code !== 'storage-error') return response;
    const delay = RETRY_DELAYS[attempt];
    if (delay === undefined) return response ?? null;
    await new Promise<void>((resolve) => deps.setTimeout(resolve, delay));
  }
}

/** Hash of what the page shows, without the capture time: unchanged pages are not re-sent. */
function contentHash(s: PageSnapshot): string {
  const { capturedAt: _ignored, ...rest } = s;
  return fnv1a64(canonicalJson(rest));
}

export function createCapturer(deps: CaptureDeps) {
  let lastSent: string | null = null;
  let pending: Promise<unknown> = Promise.resolve();

  async function captureOnce(): Promise<MessageResponse | null> {
    const url = deps.location();
    const capturedAt = deps.now();
    const outcome = parseDocument(deps.document, url, capturedAt);
    switch (outcome.kind) {
      case 'unsupported':
        return null;
      case 'blocked':
      case 'failed': {
        const error = outcome.kind === 'blocked' ? outcome.reason : outcome.error.slice(0, 2_000);
        // Report a blocked or broken page once per page and reason, not on every mutation.
        const sig = `${outcome.kind}:${url}:${error}`;
        if (sig === lastSent) return null;
        lastSent = sig;
        const parser =
          outcome.kind === 'failed' ? outcome.parser : { id: outcome.match.parserId, version: 1 };
        const report: ReportCaptureMessage['capture'] = {
          url,
          market: outcome.match.market,
          pageType: outcome.match.pageType,
          parserId: parser.id,
          parserVersion: parser.version,
          at: capturedAt,
          status: outcome.kind,
          error,
        };
        return deliver(
          { type: 'reportCapture', key: fnv1a64(canonicalJson(report)), capture: report },
          deps,
        );
      }
      case 'snapshot': {
        const hash = contentHash(outcome.snapshot);
        if (hash === lastSent) return null;
        const response = await deliver(
          { type: 'saveSnapshot', key: snapshotKey(outcome.snapshot), snapshot: outcome.snapshot },
          deps,
        );
        if (response?.ok) lastSent = hash;
        return response;
      }
    }
  }

  /** Queues a capture so two never run at once. */
  function capture(): Promise<MessageResponse | null> {
    const run = pending.then(captureOnce, captureOnce);
    pending = run.catch(() => undefined);
    return run;
  }

  return { capture, reset: () => (lastSent = null) };
}
