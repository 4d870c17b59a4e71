import { describe, expect, it } from 'vitest';
import { main } from '../../../lib/cli/main';
import { OWN, snapshotOf, type Step } from '../pricing/scenario';
import { captureIO, tempFiles } from './harness';

const tmp = tempFiles('seller-radar-alerts-');
let n = 0;
const file = (text: string | Buffer, ext = 'jsonl') => tmp.file(`in-${++n}.${ext}`, text);

async function cli(args: string[], stdin = '') {
  const { io, out, err } = captureIO(stdin);
  const code = await main(['alerts', ...args], io);
  return { code, out, err, json: out.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

const settings = file(
  JSON.stringify({ ownSellers: [OWN], floors: { B0057OC5O8: { amount: 21, currency: 'USD' } } }),
  'json',
);
const war: Step[] = [
  { h: 0, page: 'product', price: 24.99 },
  { h: 4, page: 'product', price: 23.99, seller: 'SmartHome Deals' },
  { h: 8, page: 'product', price: 23.49 },
  { h: 12, page: 'product', price: 22.49, seller: 'SmartHome Deals' },
  { h: 16, page: 'product', price: 20.49, seller: 'SmartHome Deals' },
];
const lines = war.map((s) => JSON.stringify(snapshotOf(s)));

describe('seller-radar alerts', () => {
  it('prints every alert raised, one JSON line each, in capture order', async () => {
    const r = await cli(['--settings', settings, file(lines.join('\n') + '\n')]);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.json.map((j) => [j.kind, j.severity, j.event])).toEqual([
      ['buy-box-lost', 'warning', 'opened'],
      ['undercut', 'info', 'opened'], // the same drop took the buy box: counted once
      // SmartHome Deals back in the buy box at a lower price: news, re-opened at once (not a flap).
      ['buy-box-lost', 'warning', 'reopened'],
      ['undercut', 'info', 'reopened'],
      ['price-war', 'warning', 'opened'],
      ['below-floor', 'warning', 'opened'],
      ['price-war', 'critical', 'escalated'],
    ]);
    for (const j of r.json) {
      expect(Object.keys(j)).toEqual([
        'kind',
        'severity',
        'subject',
        'at',
        'message',
        'nextStep',
        'event',
        'evidence',
      ]);
      expect(j.subject).toBe('amazon:B0057OC5O8');
      expect(typeof j.message).toBe('string');
    }
    expect(r.json[4]!.message).toBe(
      'Price war with SmartHome Deals: 3 alternating price cuts in 8 h (US$24.99 → US$22.49, −10%); you are at US$23.49, floor US$21.00.',
    );
    expect(r.json[4]!.at).toBe('2025-03-03T20:00:00.000Z');
  });

  it('sorts snapshots by capturedAt (stable) and skips blank lines', async () => {
    const shuffled = [lines[3], '', lines[0], '   ', lines[4], lines[1], lines[2]].join('\r\n');
    const sorted = await cli(['--settings', settings, file(lines.join('\n'))]);
    const r = await cli(['--settings', settings, file(shuffled)]);
    expect(r.code).toBe(0);
    expect(r.out).toEqual(sorted.out);
  });

  it('writes the sentences in Chinese with --lang zh, and reads standard input', async () => {
    const r = await cli(['--settings', settings, '--lang', 'zh', '-'], lines.join('\n'));
    expect(r.code).toBe(0);
    expect(r.json[0]!.message).toBe(
      'SmartHome Deals 以 US$23.99 抢走了购物车（Buy Box）；您的价格为 US$24.99。',
    );
  });

  it('prints nothing (exit 0) when nothing happens', async () => {
    const quiet = [0, 3, 6].map((h) =>
      JSON.stringify(snapshotOf({ h, page: 'product', price: 24.99 })),
    );
    const r = await cli(['--settings', settings, file(quiet.join('\n'))]);
    expect(r).toMatchObject({ code: 0, out: [], err: [] });
  });

  it('says on stderr which floor or cost keys matched no listing (a SKU never seen, a typo)', async () => {
    const typo = file(
      JSON.stringify({
        ownSellers: [OWN],
        floors: {
          'MUG-BLUE-01': { amount: 15, currency: 'USD' },
          B0057OC5O8: { amount: 21, currency: 'USD' },
        },
        costs: { B0057OC5O9: { amount: 12, currency: 'USD' } },
      }),
      'json',
    );
    const r = await cli(['--settings', typo, file(lines.join('\n'))]);
    expect(r.code).toBe(0);
    expect(r.out.length).toBeGreaterThan(0);
    expect(r.err).toEqual([
      expect.stringMatching(
        /^seller-radar alerts: note: settings floors\.MUG-BLUE-01 matches no listing in the input, so it was not used \(keys are listing ids/,
      ),
      expect.stringMatching(
        /^seller-radar alerts: note: settings costs\.B0057OC5O9 matches no listing/,
      ),
    ]);
  });

  it.each([
    [
      'not JSON',
      `${lines[0]}\n\n{"market": "amazon",\n`,
      /^seller-radar alerts: line 3: not valid JSON/,
    ],
    [
      'not a snapshot',
      `${lines[0]}\n${JSON.stringify({ ...JSON.parse(lines[1]!), capturedAt: 'yesterday' })}\n`,
      /^seller-radar alerts: line 2: not a valid PageSnapshot: capturedAt: /,
    ],
    [
      'a negative price',
      JSON.stringify({
        ...snapshotOf({ h: 0, page: 'inventory', price: 1 }),
        listings: [{ productKey: 'X', price: { amount: -1, currency: 'USD' } }],
      }),
      /^seller-radar alerts: line 1: not a valid PageSnapshot: listings\.0\.price\.amount: /,
    ],
    ['only blank lines', '\n  \n', /^seller-radar alerts: .* is empty$/],
  ])('rejects %s with one clear line and exit 2 (unusable input)', async (_name, text, message) => {
    const r = await cli([file(text)]);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(message);
  });

  it.each([
    ['{"ownSellers": "Acme"}', /settings .*: ownSellers: /],
    ['{"thresholds": {"undercutPct": -1}}', /settings .*: thresholds\.undercutPct: /],
    ['{"rates": {"usd-eur": 0.92}}', /settings .*: rates\.usd-eur: a rate is keyed "USD\/EUR"/],
    [
      '{"rates": {"USD/USD": 0.9}}',
      /settings .*: rates\.USD\/USD: a rate needs two different currencies/,
    ],
    ['{"floors": {', /settings .* is not valid JSON/],
    ['[]', /settings .* must be a JSON object/],
  ])('rejects bad settings %s', async (text, message) => {
    const r = await cli(['--settings', file(text, 'json'), file(lines[0]!)]);
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(message);
  });

  it.each([
    [
      '{"ownseller": ["SainSmart Official"]}',
      'unknown key "ownseller" (did you mean "ownSellers"?)',
    ],
    ['{"thresholds": {"bogus": 3}}', 'unknown key "thresholds.bogus"'],
  ])('rejects an unknown settings key rather than ignoring it: %s', async (text, message) => {
    const r = await cli(['--settings', file(text, 'json'), file(lines[0]!)]);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toEqual([expect.stringContaining(message)]);
  });

  it('reads a settings file saved with a BOM (Notepad) or as UTF-16, like any input', async () => {
    const json = '{"ownSellers": ["SainSmart Official"]}';
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)]);
    const u16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]);
    const plain = await cli(['--settings', file(json, 'json'), file(lines.join('\n'))]);
    for (const content of [bom, u16]) {
      const r = await cli(['--settings', file(content, 'json'), file(lines.join('\n'))]);
      expect(r.err).toEqual([]);
      expect(r.out).toEqual(plain.out);
    }
  });

  it('rejects a missing settings file, a bad --lang and a missing input', async () => {
    expect((await cli(['--settings', tmp.path('nope.json'), file(lines[0]!)])).err[0]).toMatch(
      /no such file/,
    );
    const lang = await cli(['--lang', 'fr', file(lines[0]!)]);
    expect([lang.code, lang.err[0]]).toEqual([
      2,
      'seller-radar alerts: --lang must be en or zh, not "fr"',
    ]);
    expect((await cli([])).code).toBe(2);
  });
});
