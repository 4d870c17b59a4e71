/** `seller-radar lint` (DESIGN.md §8): CSV/TSV/TXT/JSON input, output formats and exit codes. */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { main } from '../../../lib/cli/main';
import { captureIO, tempFiles } from '../cli/harness';

const { file, path: pathIn } = tempFiles('seller-radar-lint-');

async function lint(args: string[], stdin = '') {
  const { io, out, err } = captureIO(stdin);
  const code = await main(['lint', ...args], io);
  return { code, out, err };
}

const CSV = [
  'Title,Description,Bullet_Point_1,Bullet_Point_2',
  '"Bamboo Cutting Board, Free Shipping",Easy to clean,Solid bamboo,Antibacterial surface',
  'Oak Serving Tray,"Hand-finished oak, 40 x 25 cm",Food safe oil,Gift box',
  '最佳品质实木砧板,最近很多顾客回购,,',
].join('\n');

describe('seller-radar lint', () => {
  it('lints a CSV: one JSON line per finding, physical line numbers (header = 1), exit 1 on errors', async () => {
    const { code, out, err } = await lint(['--market', 'amazon', file('listings.csv', CSV)]);
    expect(err).toEqual([]);
    expect(code).toBe(1);
    const rows = out.map((l) => JSON.parse(l));
    expect(rows.map((r) => [r.line, r.ruleId, r.field, r.index, r.start, r.end, r.match])).toEqual([
      [2, 'amazon/promotional', 'title', undefined, 22, 35, 'Free Shipping'],
      [2, 'amazon/pesticide-claims', 'bullets', 1, 0, 13, 'Antibacterial'],
      [4, 'cn-ad-law/absolute-zuijia', 'title', undefined, 0, 2, '最佳'],
    ]);
    expect(rows[0]).toMatchObject({ pack: 'amazon', severity: 'error' });
    expect(rows[0].message).toEqual({ en: expect.any(String), zh: expect.any(String) });
  });

  it('lints a Taobao export saved by Excel as GBK (宝贝名称 column), with the same offsets', async () => {
    const csv = '宝贝名称,价格\r\n国家级品质 最好的儿童保温杯,59\r\n儿童保温杯 316不锈钢,49\r\n';
    const { code, out, err } = await lint([
      '--market',
      'taobao',
      file('taobao-gbk.csv', iconv.encode(csv, 'gbk')),
    ]);
    expect(err).toEqual([expect.stringMatching(/as GB18030 \(GBK\) text$/)]);
    expect(code).toBe(1);
    const rows = out.map((l) => JSON.parse(l));
    expect(
      rows.filter((r) => r.severity === 'error').map((r) => [r.line, r.match, r.start]),
    ).toEqual([
      [2, '国家级', 0],
      [2, '最好', 6],
    ]);
  });

  it('exits 0 when there are only warnings or nothing', async () => {
    const clean = await lint([
      '--market',
      'amazon',
      file('clean.csv', 'title\nOak Serving Tray\nSummer sale tote\n'),
    ]);
    expect(clean.code).toBe(0);
    expect(clean.out.map((l) => JSON.parse(l).severity)).toEqual(['warning']);
  });

  it('prints plain strings with --lang and readable lines with --format text', async () => {
    const path = file('one.txt', 'Free shipping mug\n\n最佳杯子\n');
    const zh = await lint(['--lang', 'zh', path]);
    const rows = zh.out.map((l) => JSON.parse(l));
    expect(rows.map((r) => r.line)).toEqual([1, 3]);
    expect(typeof rows[0].message).toBe('string');
    expect(rows[1].message).toMatch(/绝对化用语/);
    const text = await lint(['--format', 'text', path]);
    expect(text.out[0]).toMatch(
      /one\.txt:1: error +amazon\/promotional +title 0-13 "Free shipping"/,
    );
    expect(text.out.at(-1)).toBe('2 listings: 2 errors, 0 warnings, 0 info');
    const textZh = await lint(['--format', 'text', '--lang', 'zh', path]);
    expect(textZh.out[1]).toMatch(/绝对化用语/);
    expect(textZh.out.at(-1)).toBe('共 2 条商品：2 个错误，0 个警告，0 条提示');
  });

  it('reads TSV, JSON and standard input', async () => {
    const tsv = await lint([
      '--market',
      'ebay',
      file('a.tsv', 'ITEM_NAME\tTags\nL@@K camera\tvintage,film\n'),
    ]);
    expect(tsv.out.map((l) => JSON.parse(l).ruleId)).toEqual(['ebay/keyword-spam']);
    const json = await lint([
      '--market',
      'etsy',
      file('a.json', JSON.stringify({ listings: [{ title: 'Mug', tags: ['a'.repeat(21)] }] })),
    ]);
    expect(json.out.map((l) => JSON.parse(l))).toMatchObject([
      { line: 1, ruleId: 'etsy/tag-length', field: 'tags', index: 0 },
    ]);
    const stdin = await lint(['--market', 'taobao', '-'], '加微信看实拍\n');
    expect(stdin.out.map((l) => JSON.parse(l).ruleId)).toEqual(['taobao/contact-external']);
  });

  it.each([
    [['--market', 'amazon'], /missing input file/],
    [['--market', 'nowhere', 'x.txt'], /unknown market "nowhere"/],
    [['--format', 'xml', 'x.txt'], /--format must be json or text/],
    [['--lang', 'fr', 'x.txt'], /--lang must be en or zh/],
    [['--colour', 'x.txt'], /unknown option --colour/],
  ])('exits 2 on bad usage %j', async (args, message) => {
    const { code, err } = await lint(args);
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(message);
  });

  it('exits 2 with one clear line when a CSV has no title or description column', async () => {
    const { code, err } = await lint([file('bad.csv', 'sku,price\nA1,9.99\n')]);
    expect(code).toBe(2);
    expect(err).toEqual([
      expect.stringMatching(/has no title or description column .*found: sku, price/),
    ]);
  });

  it('fails clearly on an unreadable or empty file', async () => {
    const missing = await lint([pathIn('missing.csv')]);
    expect(missing.code).toBe(2);
    expect(missing.err[0]).toMatch(/no such file/);
    const empty = await lint([file('empty.txt', '')]);
    expect(empty.code).toBe(2);
    expect(empty.err[0]).toMatch(/is empty/);
  });
});
