/** `seller-radar parse` (DESIGN.md §8): one PageSnapshot per run, one clear stderr line per failure. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../../lib/cli/io';
import { main } from '../../../lib/cli/main';
import { checkCapturedAt, run } from '../../../lib/cli/parse';
import { pageSnapshotSchema } from '../../../lib/schemas/snapshot';
import { captureIO, tempFiles } from './harness';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FIX = `${ROOT}tests/fixtures/amazon/`;
const EBAY = `${ROOT}tests/fixtures/ebay/`;

describe('seller-radar parse', () => {
  it('prints one single-line PageSnapshot with capturedAt = --at', async () => {
    const { io, out, err } = captureIO();
    const code = await run(
      [
        '--url',
        'https://www.amazon.co.uk/dp/1849757097',
        '--at',
        '2024-03-03T10:00:00+01:00',
        `${FIX}product/amazon-co-uk_product-url.html`,
      ],
      io,
    );
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out).toHaveLength(1);
    expect(out[0]).not.toContain('\n');
    const snap = pageSnapshotSchema.parse(JSON.parse(out[0]!));
    expect(snap.capturedAt).toBe('2024-03-03T10:00:00+01:00');
    expect(snap.market).toBe('amazon');
    expect(snap.pageType).toBe('product');
    expect(snap.listings![0]!.price).toEqual({ amount: 4.45, currency: 'GBP' });
    expect(snap.listings![0]!.featuredOffer?.sellerName).toBe('Goldstone-Books');
    expect(snap.reviews).toHaveLength(5);
  });

  it("parses an eBay item page: the price in the listing's currency, the seller's landed offer", async () => {
    const { io, out, err } = captureIO();
    const code = await run(
      [
        '--url',
        'https://www.ebay.de/itm/Lichtwerk-35mm-f-1-4-Objektiv-Sony-E/405512873309',
        '--at',
        '2026-11-20T10:00:00Z',
        `${EBAY}product/itm-used-paid-shipping_www-ebay-de.html`,
      ],
      io,
    );
    expect(code).toBe(0);
    expect(err).toEqual([]);
    const snap = pageSnapshotSchema.parse(JSON.parse(out[0]!));
    expect(snap).toMatchObject({
      market: 'ebay',
      pageType: 'product',
      parser: { id: 'ebay/product' },
    });
    expect(snap.listings).toHaveLength(1);
    expect(snap.listings![0]).toMatchObject({
      productKey: '405512873309',
      price: { amount: 1149, currency: 'EUR' },
      featuredOffer: { sellerName: 'kamerakiste_berlin', condition: 'Gebraucht' },
      gtin: '4260708123456',
    });
    expect(snap.offers![0]!.landedPrice).toEqual({ amount: 1155.99, currency: 'EUR' });
  });

  it("parses eBay Seller Hub Active listings: the seller's own rows with SKU, price and quantity", async () => {
    const { io, out, err } = captureIO();
    const code = await run(
      [
        '--url',
        'https://www.ebay.co.uk/sh/lst/active?offset=0&limit=200&sort=price',
        `${EBAY}inventory/active-listings-reordered_www-ebay-co-uk.html`,
      ],
      io,
    );
    expect(code).toBe(0);
    expect(err).toEqual([]);
    const snap = pageSnapshotSchema.parse(JSON.parse(out[0]!));
    expect(snap).toMatchObject({
      market: 'ebay',
      pageType: 'inventory',
      parser: { id: 'ebay/inventory' },
    });
    expect(
      snap.listings!.map((l) => [l.productKey, l.sku, l.price?.amount, l.quantity, l.own]),
    ).toEqual([
      ['166234509871', 'NT-MER-W48', 8.99, 214, true],
      ['166234509902', 'NT-MER-M711', 9.49, 96, true],
      ['166251187430', 'NT-THROW-NAT', 1249, 2, true],
      ['166260044318', 'NT-BEANIE-CHR', 16, 7, true],
      ['166271903355', 'NT-DARN-KIT', 11.5, 33, true],
    ]);
    expect(snap.listings!.every((l) => l.price?.currency === 'GBP')).toBe(true);
  });

  it("exits 3 on eBay's bot check and on its sign-in page", async () => {
    const challenge = captureIO();
    expect(
      await main(
        [
          'parse',
          '--url',
          'https://www.ebay.com/splashui/challenge?ap=1&appName=orch&ru=https%3A%2F%2Fwww.ebay.com%2Fitm%2F285917364021',
          `${EBAY}blocked/challenge_www-ebay-com.html`,
        ],
        challenge.io,
      ),
    ).toBe(3);
    expect(challenge.out).toEqual([]);
    expect(challenge.err).toEqual([
      'seller-radar parse: blocked page: ebay product URL served a robot-check page instead of the content',
    ]);
    const signin = captureIO();
    expect(
      await main(
        [
          'parse',
          '--url',
          'https://www.ebay.com/sh/lst/active',
          `${EBAY}blocked/signin_signin-ebay-com.html`,
        ],
        signin.io,
      ),
    ).toBe(3);
    expect(signin.err).toEqual([
      'seller-radar parse: blocked page: ebay inventory URL served a sign-in page instead of the content',
    ]);
  });

  it('reads the page from standard input with - and defaults capturedAt to now', async () => {
    const html = readFileSync(`${FIX}offers/amazon-in_listing-sellers-page.html`, 'utf8');
    const { io, out } = captureIO(html);
    const before = Date.now();
    const code = await run(['--url=https://www.amazon.in/gp/offer-listing/B01NCE2FHK', '-'], io);
    expect(code).toBe(0);
    const snap = pageSnapshotSchema.parse(JSON.parse(out[0]!));
    expect(Date.parse(snap.capturedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(snap.capturedAt)).toBeLessThanOrEqual(Date.now() + 1000);
    expect(snap.offers!.map((o) => [o.sellerName, o.landedPrice?.amount])).toEqual([
      ['KIDA Retail', 236999],
      ['e9accessories', 236999],
      ['CONCEPT INDIA', 237779],
      ['Kochar Computers', 240990],
    ]);
  });

  // Through main(): the exit code and the one stderr line the user sees.
  it.each([
    [
      [
        '--url',
        'https://www.amazon.com/s?k=relay',
        `${FIX}reviews/Amazon.com_Customer_reviews.html`,
      ],
      2,
      /unsupported page: no parser for https:\/\/www\.amazon\.com\/s\?k=relay/,
    ],
    [
      ['--url', 'https://www.amazon.com/dp/B0057OC5O8', `${FIX}blocked/captcha_amazon-com.html`],
      3,
      /blocked page: amazon product URL served a captcha page/,
    ],
    [
      [
        '--url',
        'https://sellercentral.amazon.com/myinventory/inventory',
        `${FIX}blocked/signin_sellercentral-com.html`,
      ],
      3,
      /served a sign-in page/,
    ],
    [
      [
        '--url',
        'https://www.amazon.com/dp/B0057OC5O8',
        `${FIX}product/broken-layout_amazon-com.html`,
      ],
      1,
      /parse failed \(amazon\/product v3\): parser threw: .*layout may have changed/,
    ],
    [
      [
        '--url',
        'https://www.amazon.com/dp/B0057OC5O8',
        '--at',
        'yesterday',
        `${FIX}blocked/captcha_amazon-com.html`,
      ],
      2,
      /--at "yesterday" is not an ISO-8601 date-time/,
    ],
    [
      [
        '--url',
        'https://www.amazon.com/dp/B0057OC5O8',
        '--at',
        '2024-03-03',
        `${FIX}blocked/captcha_amazon-com.html`,
      ],
      2,
      /--at "2024-03-03" is not an ISO-8601 date-time with a time zone/,
    ],
    [
      [
        '--url',
        'https://www.amazon.com/dp/B0057OC5O8',
        '--at',
        '2024-02-30T10:00:00Z',
        `${FIX}blocked/captcha_amazon-com.html`,
      ],
      2,
      /--at "2024-02-30T10:00:00Z" is not an ISO-8601 date-time/,
    ],
    [[`${FIX}blocked/captcha_amazon-com.html`], 2, /missing --url <page-url>/],
    [
      ['--url', 'amazon.com/dp/B0057OC5O8', `${FIX}blocked/captcha_amazon-com.html`],
      2,
      /is not an http\(s\) URL/,
    ],
    [['--url', 'https://www.amazon.com/dp/B0057OC5O8'], 2, /missing input file/],
    [
      ['--url', 'https://www.amazon.com/dp/B0057OC5O8', `${FIX}no-such-page.html`],
      2,
      /no such file/,
    ],
    [
      [
        '--url',
        'https://www.amazon.com/dp/B0057OC5O8',
        '--format',
        'json',
        `${FIX}blocked/captcha_amazon-com.html`,
      ],
      2,
      /unknown option --format/,
    ],
  ] as [string[], number, RegExp][])('%j → exit %d', async (args, code, message) => {
    const { io, out, err } = captureIO();
    expect(await main(['parse', ...args], io)).toBe(code);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^seller-radar parse: /);
    expect(err[0]).toMatch(message);
    expect(err[0]).not.toContain('\n');
  });

  it.each(['just text, not html', '{"a":1}', '<!-- a comment -->', '<!doctype html>'])(
    'says in one line that %j is no HTML page (it was a TypeError stack trace)',
    async (text) => {
      const { io, out, err } = captureIO(text);
      expect(await main(['parse', '--url', 'https://www.amazon.com/dp/B0057OC5O8', '-'], io)).toBe(
        2,
      );
      expect(out).toEqual([]);
      expect(err).toEqual(['seller-radar parse: standard input is not an HTML page']);
    },
  );

  it('takes a stray short option for an option, not a second file', async () => {
    const { io, err } = captureIO('<p>x</p>');
    expect(
      await main(['parse', '--url', 'https://www.amazon.com/dp/B0057OC5O8', '-x', '-'], io),
    ).toBe(2);
    expect(err).toEqual(['seller-radar parse: unknown option -x']);
  });

  it('refuses empty standard input', async () => {
    const { io } = captureIO('   \n');
    await expect(run(['--url', 'https://www.amazon.com/dp/B0057OC5O8', '-'], io)).rejects.toThrow(
      /standard input is empty/,
    );
  });

  it.each(['2024-03-03T10:00:00Z', '2024-03-03T10:00:00.123Z', '2024-03-03T10:00:00+05:30'])(
    'accepts --at %s verbatim',
    (at) => expect(checkCapturedAt(at)).toBe(at),
  );

  it.each(['2024-03-03T10:00:00', '03/03/2024', '2024-13-01T00:00:00Z'])(
    'rejects --at %s',
    (at) => {
      expect(() => checkCapturedAt(at)).toThrow(CliError);
    },
  );
});

describe('bin/seller-radar parse (a real process)', () => {
  it('parses the real amazon.com product page', () => {
    const r = spawnSync(
      process.execPath,
      [
        'bin/seller-radar',
        'parse',
        '--url',
        'https://www.amazon.com/dp/B0057OC5O8',
        '--at',
        '2024-03-05T08:00:00Z',
        'tests/fixtures/amazon/product/amazon-com_ansi-url.html',
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const snap = pageSnapshotSchema.parse(JSON.parse(lines[0]!));
    expect(snap.listings![0]).toMatchObject({
      productKey: 'B0057OC5O8',
      title: 'SainSmart 4-Channel Relay Module',
      price: { amount: 8.99, currency: 'USD' },
      featuredOffer: { sellerName: 'SainSmart Official' },
      rating: 4.6,
      ratingCount: 422,
    });
    expect(snap.reviews).toHaveLength(8);
  });

  it('stops quietly when the reader of its output goes away (| head)', () => {
    const r = spawnSync(
      '/bin/sh',
      [
        '-c',
        'node bin/seller-radar parse --url https://www.amazon.com/dp/B0057OC5O8 tests/fixtures/amazon/product/amazon-com_ansi-url.html | head -c 10',
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.stdout).toBe('{"market":');
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
  });

  it('keeps its exit code when the reader goes away: lint | head -1 under pipefail still fails', () => {
    const { file } = tempFiles('sr-epipe-');
    // Enough findings that the pipe closes while lint is still writing.
    const csv = file(
      'titles.csv',
      ['title', ...Array.from({ length: 3000 }, (_, i) => `Best FREE SHIPPING widget ${i}`)].join(
        '\n',
      ),
    );
    const r = spawnSync(
      '/bin/bash',
      [
        '-c',
        `set -o pipefail; node bin/seller-radar lint --market amazon '${csv}' | head -1 >/dev/null`,
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.status).toBe(1); // error-level findings, not 0
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
  });

  it('exits 3 with one line on a CAPTCHA page', () => {
    const r = spawnSync(
      process.execPath,
      [
        'bin/seller-radar',
        'parse',
        '--url',
        'https://www.amazon.com/dp/B0057OC5O8',
        'tests/fixtures/amazon/blocked/captcha_amazon-com.html',
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.status).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'seller-radar parse: blocked page: amazon product URL served a captcha page instead of the content\n',
    );
  });
});
