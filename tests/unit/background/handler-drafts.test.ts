/** saveDraft from listing-editor content scripts: accepted only from an editor of the claimed market. */
import { describe, expect, it, vi } from 'vitest';
import {
  handleMessage,
  type HandlerDeps,
  type MessageSender,
} from '../../../lib/background/handler';
import { defaultSettings } from '../../../lib/schemas/settings';
import { freshDb } from '../helpers';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT}/`;

function sender(url: string): MessageSender {
  return { id: EXT, url, tab: { id: 11, url }, frameId: 0 };
}

function draft(market: string, url: string) {
  return {
    type: 'saveDraft',
    market,
    url,
    draft: { title: '全网最低价 国家级 第一品牌 保温杯' },
    at: '2026-11-22T10:00:00.000Z',
  };
}

function deps(saved: unknown[]): HandlerDeps {
  return {
    db: freshDb(),
    extensionId: EXT,
    extensionOrigin: ORIGIN,
    getSettings: async () => defaultSettings,
    now: () => '2026-11-22T10:00:01.000Z',
    afterChange: vi.fn(async () => undefined),
    saveDraft: async (msg, tabId) => void saved.push({ msg, tabId }),
  };
}

const TAOBAO = 'https://item.upload.taobao.com/sell/v2/publish.htm?catId=50016348';
const ETSY = 'https://www.etsy.com/your/shops/me/listing-editor/create';

describe('saveDraft', () => {
  it.each([
    ['taobao', TAOBAO],
    ['etsy', ETSY],
    ['shopee', 'https://seller.shopee.cn/portal/product/new'],
    ['amazon', 'https://sellercentral.amazon.com/abis/listing/edit?sku=MG-ST-350'],
    ['ebay', 'https://www.ebay.com/lstng?draftId=5100148827013&mode=AddItem'],
  ])('is accepted from a %s listing editor', async (market, url) => {
    const saved: unknown[] = [];
    const r = await handleMessage(draft(market, url), sender(url), deps(saved));
    expect(r).toEqual({ ok: true, status: 'done' });
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ tabId: 11, msg: { market, url } });
  });

  it.each([
    [
      'a page that is not an editor',
      'etsy',
      'https://www.etsy.com/listing/1587462390/mug',
      'https://www.etsy.com/listing/1587462390/mug',
    ],
    ['an editor of another market than claimed', 'amazon', ETSY, ETSY],
    [
      'a storefront page of another market than claimed',
      'ebay',
      'https://www.amazon.com/dp/B0057OC5O8',
      'https://www.amazon.com/dp/B0057OC5O8',
    ],
    [
      'a claimed URL on another host',
      'taobao',
      TAOBAO,
      'https://www.etsy.com/your/shops/me/listing-editor/create',
    ],
  ])('is rejected from %s', async (_what, market, claimed, actual) => {
    const saved: unknown[] = [];
    const r = await handleMessage(draft(market, claimed), sender(actual), deps(saved));
    expect(r).toMatchObject({ ok: false, error: { code: 'url-mismatch' } });
    expect(saved).toHaveLength(0);
  });

  it('is rejected from an extension page', async () => {
    const saved: unknown[] = [];
    const r = await handleMessage(
      draft('etsy', ETSY),
      { id: EXT, url: `${ORIGIN}sidepanel.html` },
      deps(saved),
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'foreign-sender' } });
    expect(saved).toHaveLength(0);
  });
});
