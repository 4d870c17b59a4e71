import { describe, expect, it } from 'vitest';
import { marketMatches } from '../../lib/markets/index';
import { editorMatches } from '../../lib/markets/editors';
import {
  hostOf,
  MARKET_ACCESS,
  missingAccess,
  siteCount,
  type PermissionsApi,
} from '../../lib/site-access';

/** A permissions API that grants every origin except `withheld`, and counts its calls. */
function fakePermissions(
  withheld: string[],
): PermissionsApi & { calls: number; asked: string[][] } {
  const api = {
    calls: 0,
    asked: [] as string[][],
    contains: async ({ origins }: { origins: string[] }) => {
      api.calls++;
      return origins.every((o) => !withheld.includes(o));
    },
    request: async ({ origins }: { origins: string[] }) => {
      api.asked.push(origins);
      return true;
    },
  };
  return api;
}

describe('hostOf / siteCount', () => {
  it('reads the host of a match pattern and counts distinct hosts', () => {
    expect(hostOf('https://www.ebay.com/lstng*')).toBe('www.ebay.com');
    expect(hostOf('https://item.upload.taobao.com/sell/*')).toBe('item.upload.taobao.com');
    expect(hostOf('<all_urls>')).toBeNull();
    expect(
      siteCount([
        'https://www.ebay.com/lstng*',
        'https://www.ebay.com/sl/list*',
        'https://amazon.de/*',
      ]),
    ).toBe(2);
  });
});

describe('MARKET_ACCESS', () => {
  it('holds every content-script match pattern exactly once, grouped by market', () => {
    const origins = MARKET_ACCESS.flatMap((m) => m.origins);
    expect(new Set(origins).size).toBe(origins.length);
    expect(origins.toSorted()).toEqual(
      [...new Set([...marketMatches, ...editorMatches])].toSorted(),
    );
    expect(MARKET_ACCESS.map((m) => m.market).toSorted()).toEqual([
      'amazon',
      'ebay',
      'etsy',
      'jd',
      'mercadolibre',
      'pinduoduo',
      'shopee',
      'taobao',
      'walmart',
    ]);
    const amazon = MARKET_ACCESS.find((m) => m.market === 'amazon')!;
    expect(amazon.origins).toContain('https://sellercentral.amazon.com/*');
    expect(amazon.origins).toContain('https://www.amazon.co.jp/*');
    // Paths are kept: Chrome grants (and checks) the content script's own pattern.
    expect(MARKET_ACCESS.find((m) => m.market === 'ebay')!.origins).toContain(
      'https://www.ebay.com/lstng*',
    );
  });
});

describe('eBay site access', () => {
  it('holds the item pages, Seller Hub, the bot check and the listing form of each eBay site under one market', () => {
    const ebay = MARKET_ACCESS.find((m) => m.market === 'ebay')!;
    for (const host of ['www.ebay.com', 'www.ebay.co.uk', 'www.ebay.de', 'www.ebay.com.au']) {
      expect(ebay.origins).toEqual(
        expect.arrayContaining([
          `https://${host}/itm/*`,
          `https://${host}/sh/lst/active*`,
          `https://${host}/splashui/*`,
          `https://${host}/lstng*`,
          `https://${host}/sl/list*`,
        ]),
      );
    }
    // The content script and the listing form ask for the same 14 hosts: 14 sites, not 28.
    expect(siteCount(ebay.origins)).toBe(14);
    expect(ebay.origins.every((o) => o.startsWith('https://www.ebay.'))).toBe(true);
  });
});

describe('missingAccess', () => {
  it('answers with one call when every host is granted', async () => {
    const api = fakePermissions([]);
    expect(await missingAccess(api)).toEqual([]);
    expect(api.calls).toBe(1);
  });

  it('lists exactly the withheld hosts, by market', async () => {
    const etsy = 'https://www.etsy.com/your/shops/*/listing-editor/*';
    const api = fakePermissions(['https://www.amazon.de/*', 'https://amazon.de/*', etsy]);
    expect(await missingAccess(api)).toEqual([
      { market: 'amazon', origins: ['https://amazon.de/*', 'https://www.amazon.de/*'] },
      { market: 'etsy', origins: [etsy] },
    ]);
  });

  it('is empty when the extension declares no hosts', async () => {
    const api = fakePermissions(['https://www.amazon.de/*']);
    expect(await missingAccess(api, [])).toEqual([]);
    expect(api.calls).toBe(0);
  });
});
