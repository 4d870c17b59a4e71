/** The content-script capture loop on real pages: what it sends, and that it does not repeat itself. */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createCapturer } from '../../../lib/content/capture';
import type { Message, MessageResponse } from '../../../lib/schemas/messages';

function page(fixture: string): Document {
  return parseHTML(readFileSync(`tests/fixtures/amazon/${fixture}`, 'utf8'))
    .document as unknown as Document;
}

function capturer(doc: Document, url: string) {
  const sent: Message[] = [];
  let clock = Date.parse('2026-11-22T10:00:00.000Z');
  const c = createCapturer({
    document: doc,
    location: () => url,
    now: () => new Date((clock += 60_000)).toISOString(),
    send: async (msg) => {
      sent.push(msg);
      return { ok: true, status: 'stored' } satisfies MessageResponse;
    },
    setTimeout: (fn) => fn(),
    isValid: () => true,
  });
  return { c, sent };
}

describe('createCapturer', () => {
  it('sends a validated snapshot of the real product page once, and again only when it changes', async () => {
    const doc = page('product/amazon-com_ansi-url.html');
    const { c, sent } = capturer(doc, 'https://www.amazon.com/dp/B0057OC5O8');
    await c.capture();
    await c.capture(); // a mutation that changed nothing we read
    expect(sent).toHaveLength(1);
    const first = sent[0]!;
    expect(first.type).toBe('saveSnapshot');
    if (first.type !== 'saveSnapshot') return;
    expect(first.key).toMatch(/^[0-9a-f]{16}$/);
    expect(first.snapshot.listings?.[0]?.productKey).toBe('B0057OC5O8');
    doc.querySelector('#productTitle')!.textContent =
      'SainSmart 4-Channel Relay Module (new title)';
    await c.capture();
    expect(sent).toHaveLength(2);
  });

  it('reports a CAPTCHA page once as blocked, never as a snapshot', async () => {
    const { c, sent } = capturer(
      page('blocked/captcha_amazon-com.html'),
      'https://www.amazon.com/dp/B0057OC5O8',
    );
    await c.capture();
    await c.capture();
    expect(sent.map((m) => m.type)).toEqual(['reportCapture']);
    const m = sent[0]!;
    if (m.type === 'reportCapture')
      expect(m.capture).toMatchObject({ status: 'blocked', error: 'captcha' });
  });

  it('reports a broken layout as a failed capture for parser-health', async () => {
    const { c, sent } = capturer(
      page('product/broken-layout_amazon-com.html'),
      'https://www.amazon.com/dp/B0BROKEN01',
    );
    await c.capture();
    const m = sent[0]!;
    expect(m.type).toBe('reportCapture');
    if (m.type === 'reportCapture') {
      expect(m.capture).toMatchObject({
        status: 'failed',
        parserId: 'amazon/product',
        parserVersion: 3,
      });
      expect(m.capture.error).toMatch(/layout may have changed/);
    }
  });

  it('sends nothing for a page no market parses', async () => {
    const { c, sent } = capturer(
      page('product/amazon-com_ansi-url.html'),
      'https://www.amazon.com/gp/help/customer/display.html',
    );
    expect(await c.capture()).toBeNull();
    expect(sent).toEqual([]);
  });
});
