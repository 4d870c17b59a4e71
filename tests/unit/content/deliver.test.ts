import { describe, expect, it } from 'vitest';
import { deliver, RETRY_DELAYS } from '../../../lib/content/capture';
import type { MessageResponse } from '../../../lib/schemas/messages';

const msg = {
  type: 'reportCapture' as const,
  key: '0123456789abcdef',
  capture: {
    url: 'https://www.amazon.com/dp/B0057OC5O8',
    market: 'amazon' as const,
    pageType: 'product' as const,
    parserId: 'amazon/product',
    parserVersion: 1,
    at: '2026-11-01T10:00:00.000Z',
    status: 'failed' as const,
  },
};

function fakeTimers() {
  const waits: number[] = [];
  return { waits, setTimeout: (fn: () => void, ms: number) => (waits.push(ms), fn()) };
}

describe('deliver (content script -> background)', () => {
  it('retries while the service worker is asleep or restarting, until acknowledged', async () => {
    const t = fakeTimers();
    let calls = 0;
    const r = await deliver(msg, {
      ...t,
      isValid: () => true,
      send: async () => {
        calls++;
        if (calls === 1)
          throw new Error('Could not establish connection. Receiving end does not exist.');
        if (calls === 2) return undefined; // worker died before answering
        return { ok: true, status: 'stored' } satisfies MessageResponse;
      },
    });
    expect(r).toEqual({ ok: true, status: 'stored' });
    expect(calls).toBe(3);
    expect(t.waits).toEqual(RETRY_DELAYS.slice(0, 2));
  });

  it('retries a storage error but not a rejection', async () => {
    const t = fakeTimers();
    const answers: MessageResponse[] = [
      { ok: false, error: { code: 'storage-error', message: 'aborted' } },
      { ok: false, error: { code: 'invalid-message', message: 'bad' } },
    ];
    const r = await deliver(msg, { ...t, isValid: () => true, send: async () => answers.shift() });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(t.waits).toHaveLength(1);
  });

  it('gives up after the last backoff step, and stops when the extension context is gone', async () => {
    const t = fakeTimers();
    expect(
      await deliver(msg, { ...t, isValid: () => true, send: async () => undefined }),
    ).toBeNull();
    expect(t.waits).toEqual(RETRY_DELAYS);
    let valid = true;
    const t2 = fakeTimers();
    const r = await deliver(msg, {
      ...t2,
      isValid: () => valid,
      send: async () => {
        valid = false;
        throw new Error('Extension context invalidated.');
      },
    });
    expect(r).toBeNull();
    expect(t2.waits).toHaveLength(1);
  });
});
