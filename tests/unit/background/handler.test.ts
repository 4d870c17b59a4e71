import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  handleMessage,
  type HandlerDeps,
  type MessageSender,
} from '../../../lib/background/handler';
import { errorResponse } from '../../../lib/background/error-response';
import { snapshotKey } from '../../../lib/hash';
import { defaultSettings } from '../../../lib/schemas/settings';
import { ingestSnapshot } from '../../../lib/db/ingest';
import { freshDb, inventorySnapshot, productSnapshot } from '../helpers';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT}/`;
const contentSender: MessageSender = {
  id: EXT,
  url: 'https://www.amazon.com/dp/B0057OC5O8',
  tab: { id: 7, url: 'https://www.amazon.com/dp/B0057OC5O8' },
  frameId: 0,
};
const pageSender: MessageSender = { id: EXT, url: `${ORIGIN}sidepanel.html` };

let deps: HandlerDeps;
beforeEach(() => {
  deps = {
    db: freshDb(),
    extensionId: EXT,
    extensionOrigin: ORIGIN,
    getSettings: async () => defaultSettings,
    now: () => '2026-11-01T10:00:05.000Z',
    afterChange: vi.fn(async () => undefined),
  };
});

function save(snapshot = productSnapshot('2026-11-01T10:00:00.000Z', 24.99)) {
  return { type: 'saveSnapshot', key: snapshotKey(snapshot), snapshot };
}

async function nothingStored() {
  expect(await deps.db.captures.count()).toBe(0);
  expect(await deps.db.listings.count()).toBe(0);
  expect(await deps.db.pricePoints.count()).toBe(0);
}

describe('handleMessage', () => {
  it('stores a valid snapshot from a content script and acknowledges it', async () => {
    const r = await handleMessage(save(), contentSender, deps);
    expect(r).toMatchObject({ ok: true, status: 'stored' });
    expect(await deps.db.listings.count()).toBe(1);
    expect(deps.afterChange).toHaveBeenCalledOnce();
  });

  it('acknowledges a retried message as duplicate without storing twice', async () => {
    const msg = save();
    await handleMessage(msg, contentSender, deps);
    expect(await handleMessage(msg, contentSender, deps)).toMatchObject({
      ok: true,
      status: 'duplicate',
    });
    expect(await deps.db.captures.count()).toBe(1);
    // Its follow-up ran once, with the first copy: the retry does not run it again.
    expect(deps.afterChange).toHaveBeenCalledOnce();
    expect((await deps.db.captures.toArray())[0]!.followedUpAt).toBe('2026-11-01T10:00:05.000Z');
  });

  it('a retry of a capture whose follow-up never ran (worker stopped) runs it', async () => {
    const msg = save();
    // The worker is stopped after the write, before the labels, alerts and badge: no answer reaches
    // the content script, which sends the capture again.
    deps.afterChange = vi.fn(async () => {
      throw new Error('service worker stopped');
    });
    await handleMessage(msg, contentSender, deps);
    expect((await deps.db.captures.toArray())[0]!.followedUpAt).toBeUndefined();

    deps.afterChange = vi.fn(async () => undefined);
    expect(await handleMessage(msg, contentSender, deps)).toMatchObject({ status: 'duplicate' });
    expect(deps.afterChange).toHaveBeenCalledExactlyOnceWith({ kind: 'alerts' });
    expect((await deps.db.captures.toArray())[0]!.followedUpAt).toBe('2026-11-01T10:00:05.000Z');
    // Done: a third copy changes nothing.
    await handleMessage(msg, contentSender, deps);
    expect(deps.afterChange).toHaveBeenCalledOnce();
    expect(await deps.db.captures.count()).toBe(1);
  });

  it.each([
    ['not an object', 'hello'],
    ['unknown type', { type: 'dropTables' }],
    [
      'missing key',
      { type: 'saveSnapshot', snapshot: productSnapshot('2026-11-01T10:00:00.000Z', 1) },
    ],
    [
      'price of 0 as a string',
      {
        ...save(),
        snapshot: {
          ...productSnapshot('2026-11-01T10:00:00.000Z', 1),
          listings: [{ productKey: 'X', price: { amount: '0', currency: 'USD' } }],
        },
      },
    ],
    ['negative price', { ...save(), snapshot: productSnapshot('2026-11-01T10:00:00.000Z', -5) }],
    [
      'bad currency',
      {
        ...save(),
        snapshot: {
          ...productSnapshot('2026-11-01T10:00:00.000Z', 1),
          listings: [{ productKey: 'X', price: { amount: 1, currency: 'dollars' } }],
        },
      },
    ],
    [
      'bad capturedAt',
      {
        ...save(),
        snapshot: { ...productSnapshot('2026-11-01T10:00:00.000Z', 1), capturedAt: 'yesterday' },
      },
    ],
    [
      'unknown market',
      {
        ...save(),
        snapshot: { ...productSnapshot('2026-11-01T10:00:00.000Z', 1), market: 'aliexpress' },
      },
    ],
  ])('rejects a malformed message (%s) and stores nothing', async (_name, msg) => {
    const r = await handleMessage(msg, contentSender, deps);
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    await nothingStored();
  });

  it('rejects messages from another extension or a web page', async () => {
    expect(
      await handleMessage(save(), { ...contentSender, id: 'someone-else' }, deps),
    ).toMatchObject({ ok: false, error: { code: 'foreign-sender' } });
    expect(await handleMessage(save(), { url: 'https://evil.example/' }, deps)).toMatchObject({
      ok: false,
      error: { code: 'foreign-sender' },
    });
    await nothingStored();
  });

  it('rejects a snapshot sent by an extension page (only content scripts report pages)', async () => {
    expect(await handleMessage(save(), pageSender, deps)).toMatchObject({
      ok: false,
      error: { code: 'foreign-sender' },
    });
    await nothingStored();
  });

  it('reads what the page is from the sender: no inventory rows from a product page', async () => {
    // The inventory snapshot claims the product page's URL (same host), as a subverted script could.
    const forged = {
      ...inventorySnapshot('2026-11-01T10:00:00.000Z', [['B0FAKE0001', 'SKU-1', 1]]),
      url: 'https://www.amazon.com/dp/B0057OC5O8',
    };
    const msg = { type: 'saveSnapshot', key: snapshotKey(forged), snapshot: forged };
    expect(await handleMessage(msg, contentSender, deps)).toMatchObject({
      ok: false,
      error: { code: 'url-mismatch' },
    });
    await nothingStored();
  });

  it('a product page shows one product: a snapshot of many listings from it is refused', async () => {
    const one = productSnapshot('2026-11-01T10:00:00.000Z', 24.99);
    const many = {
      ...one,
      listings: Array.from({ length: 50 }, (_, i) => ({
        ...one.listings![0]!,
        productKey: `B0FAKE${String(i).padStart(4, '0')}`,
      })),
    };
    const msg = { type: 'saveSnapshot', key: snapshotKey(many), snapshot: many };
    expect(await handleMessage(msg, contentSender, deps)).toMatchObject({
      ok: false,
      error: { code: 'url-mismatch' },
    });
    await nothingStored();
  });

  it('a product page shows no own rows: a listing marked own from it is refused (QA pass)', async () => {
    const one = productSnapshot('2026-11-01T10:00:00.000Z', 24.99);
    const forged = {
      ...one,
      listings: [{ ...one.listings![0]!, own: true, price: { amount: 0.01, currency: 'USD' } }],
    };
    const msg = { type: 'saveSnapshot', key: snapshotKey(forged), snapshot: forged };
    expect(await handleMessage(msg, contentSender, deps)).toMatchObject({
      ok: false,
      error: { code: 'url-mismatch' },
    });
    await nothingStored();
    // The page's own snapshot is taken as before.
    const ok = { type: 'saveSnapshot', key: snapshotKey(one), snapshot: one };
    expect(await handleMessage(ok, contentSender, deps)).toMatchObject({ ok: true });
  });

  it('rejects a content script reporting a page other than its own', async () => {
    const sender = {
      ...contentSender,
      url: 'https://www.amazon.co.uk/dp/1849757097',
      tab: { id: 1, url: 'https://www.amazon.co.uk/dp/1849757097' },
    };
    expect(await handleMessage(save(), sender, deps)).toMatchObject({
      ok: false,
      error: { code: 'url-mismatch' },
    });
    await nothingStored();
  });

  it('refuses a page served over plain HTTP (anyone on the network could have written it)', async () => {
    // Seller Central hosts are not on Chromium's HTTPS-only list: a network attacker could serve
    // http://sellercentral.amazon.com with fake own prices and stock.
    const http = 'http://www.amazon.com/dp/B0057OC5O8';
    const snapshot = { ...productSnapshot('2026-11-01T10:00:00.000Z', 24.99), url: http };
    const sender = { ...contentSender, url: http, tab: { id: 7, url: http } };
    expect(await handleMessage(save(snapshot), sender, deps)).toMatchObject({
      ok: false,
      error: { code: 'url-mismatch' },
    });
    await nothingStored();
  });

  it('rejects alert updates from content scripts', async () => {
    const r = await handleMessage(
      { type: 'updateAlert', id: 1, action: { state: 'dismissed' } },
      contentSender,
      deps,
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'foreign-sender' } });
  });

  it('reports a full disk as storage-full and writes nothing', async () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    deps.db.captures.add = (() => Promise.reject(quota)) as unknown as typeof deps.db.captures.add;
    const r = await handleMessage(save(), contentSender, deps);
    expect(r).toMatchObject({ ok: false, error: { code: 'storage-full' } });
    expect(await deps.db.listings.count()).toBe(0);
  });

  it('tells the storage state of a page lost to a full disk, and that saving resumed', async () => {
    const states: unknown[] = [];
    deps.storageState = async (s) => void states.push(s);
    const add = deps.db.captures.add.bind(deps.db.captures);
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    deps.db.captures.add = (() => Promise.reject(quota)) as unknown as typeof deps.db.captures.add;
    const lost = save();
    expect(await handleMessage(lost, contentSender, deps)).toMatchObject({
      ok: false,
      error: { code: 'storage-full' },
    });
    expect(states).toEqual([{ full: true, url: lost.snapshot.url }]);
    deps.db.captures.add = add;
    expect(await handleMessage(lost, contentSender, deps)).toMatchObject({
      ok: true,
      status: 'stored',
    });
    expect(states).toEqual([{ full: true, url: lost.snapshot.url }, { full: false }]);
  });

  it('a failure to record the storage state does not change the answer', async () => {
    deps.storageState = async () => {
      throw new Error('session storage unavailable');
    };
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await handleMessage(save(), contentSender, deps)).toMatchObject({ ok: true });
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });

  it('raises a parser-health alert for a failed capture and resolves it after a good one', async () => {
    const capture = {
      url: 'https://www.amazon.com/dp/B0057OC5O8',
      market: 'amazon',
      pageType: 'product',
      parserId: 'amazon/product',
      parserVersion: 1,
      at: '2026-11-01T09:00:00.000Z',
      status: 'failed',
      error: 'no #productTitle',
    };
    const r = await handleMessage(
      { type: 'reportCapture', key: '00000000000000aa', capture },
      contentSender,
      deps,
    );
    expect(r).toMatchObject({ ok: true });
    const [alert] = await deps.db.alerts.toArray();
    expect(alert).toMatchObject({
      kind: 'parser-health',
      severity: 'warning',
      state: 'open',
      subject: 'amazon/product',
    });
    // A plain sentence in each language; the parser's technical reason is evidence.
    expect(alert?.message).toEqual({
      en: 'Amazon product page could not be read: the page layout may have changed.',
      zh: '亚马逊商品页无法解析：页面结构可能已变更。',
    });
    expect(alert?.evidence).toMatchObject({ error: 'no #productTitle' });
    await handleMessage(save(), contentSender, deps);
    expect((await deps.db.alerts.toArray())[0]?.state).toBe('resolved');
  });

  it('skips blocked pages (CAPTCHA / sign-in) without alerts', async () => {
    const capture = {
      url: 'https://www.amazon.com/errors/validateCaptcha',
      market: 'amazon',
      pageType: 'product',
      parserId: 'amazon/product',
      parserVersion: 1,
      at: '2026-11-01T09:00:00.000Z',
      status: 'blocked',
      error: 'captcha',
    };
    const sender = { ...contentSender, url: 'https://www.amazon.com/dp/B0057OC5O8' };
    await handleMessage({ type: 'reportCapture', key: '00000000000000bb', capture }, sender, deps);
    expect(await deps.db.alerts.count()).toBe(0);
  });

  it('stores a reported capture time in UTC, so a later failure still finds the last good capture', async () => {
    await handleMessage(save(), contentSender, deps); // good capture at 10:00:00Z
    const failed = {
      url: 'https://www.amazon.com/dp/B0057OC5O8',
      market: 'amazon',
      pageType: 'product',
      parserId: 'amazon/product',
      parserVersion: 1,
      // 10:30Z, after the good capture, but as text it sorts before "2026-11-01T10:00:00.000Z".
      at: '2026-11-01T05:30:00.000-05:00',
      status: 'failed',
      error: 'no #productTitle',
    };
    await handleMessage(
      { type: 'reportCapture', key: '00000000000000cc', capture: failed },
      contentSender,
      deps,
    );
    const stored = await deps.db.captures.get('00000000000000cc');
    expect(stored?.at).toBe('2026-11-01T10:30:00.000Z');
    const [alert] = await deps.db.alerts.toArray();
    // The good capture of 10:00Z is found as the previous one: "used to parse 1".
    expect(alert?.evidence.previousCount).toBe(1);
  });

  it('acknowledges a stored snapshot even when the follow-up recompute fails', async () => {
    deps.afterChange = vi.fn(async () => {
      throw new Error('badge API unavailable');
    });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const r = await handleMessage(save(), contentSender, deps);
    errors.mockRestore();
    expect(r).toMatchObject({ ok: true, status: 'stored' });
    expect(await deps.db.captures.count()).toBe(1);
  });

  it('answers an import of a file that is not an export as invalid input, not a database error', () => {
    // The Options page imports itself and shows errorResponse's answer (lib/background/data-transfer.ts).
    class InvalidImportError extends Error {
      override name = 'InvalidImportError';
      importProblem = { kind: 'not-export' } as const;
    }
    expect(
      errorResponse(new InvalidImportError('Not a Seller Radar export file: Unexpected token')),
    ).toEqual({
      ok: false,
      error: {
        code: 'invalid-message',
        message: 'Not a Seller Radar export file: Unexpected token',
        importProblem: { kind: 'not-export' },
      },
    });
  });

  it('has no import message: an export file is larger than a message can carry', async () => {
    const r = await handleMessage({ type: 'importData', json: '{}' }, pageSender, deps);
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
  });
});

const parserHealth = async () =>
  (await deps.db.alerts.toArray()).filter((a) => a.kind === 'parser-health' && a.state === 'open');

describe('a worker stopped between a write and its follow-up', () => {
  const invSender: MessageSender = {
    id: EXT,
    url: 'https://sellercentral.amazon.com/myinventory/inventory',
    tab: { id: 7, url: 'https://sellercentral.amazon.com/myinventory/inventory' },
    frameId: 0,
  };

  it('the retried capture runs the parser-health check the stopped worker did not', async () => {
    const good = inventorySnapshot('2026-11-01T10:00:00.000Z', [
      ['B0C1234567', 'SKU-1', 20],
      ['B0C1234568', 'SKU-2', 21],
    ]);
    await handleMessage(
      { type: 'saveSnapshot', key: snapshotKey(good), snapshot: good },
      invSender,
      deps,
    );
    const empty = { ...inventorySnapshot('2026-11-02T10:00:00.000Z', []), listings: [] };
    const key = snapshotKey(empty);
    // The write commits, then the worker is stopped: no answer, no parser-health check.
    await ingestSnapshot(deps.db, empty, { key, settings: defaultSettings });
    expect(await parserHealth()).toEqual([]);
    const retry = await handleMessage(
      { type: 'saveSnapshot', key, snapshot: empty },
      invSender,
      deps,
    );
    expect(retry).toMatchObject({ ok: true, status: 'duplicate' });
    expect((await parserHealth()).map((a) => a.subject)).toEqual(['amazon/inventory']);
  });

  it("an old page's retry does not resolve the verdict of a newer capture", async () => {
    const good = inventorySnapshot('2026-11-01T10:00:00.000Z', [['B0C1234567', 'SKU-1', 20]]);
    const goodKey = snapshotKey(good);
    await handleMessage({ type: 'saveSnapshot', key: goodKey, snapshot: good }, invSender, deps);
    const empty = { ...inventorySnapshot('2026-11-02T10:00:00.000Z', []), listings: [] };
    await handleMessage(
      { type: 'saveSnapshot', key: snapshotKey(empty), snapshot: empty },
      invSender,
      deps,
    );
    expect(await parserHealth()).toHaveLength(1);
    await handleMessage({ type: 'saveSnapshot', key: goodKey, snapshot: good }, invSender, deps);
    expect(await parserHealth()).toHaveLength(1);
  });
});
