/**
 * `seller-radar lint` on unusable or unusual input: exit 2 (never 1, which means error-level findings),
 * malformed CSV quoting, JSON listings without a known field, standard input judged by its content,
 * Traditional Chinese headers.
 */
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../../lib/cli/main';
import { captureIO, tempFiles } from './harness';

const { file, path } = tempFiles('seller-radar-lint-input-');

async function lint(args: string[], stdin: string | Buffer = '') {
  const { io, out, err } = captureIO(stdin);
  const code = await main(['lint', ...args], io);
  return { code, out, err, rows: out.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

const at = (rows: Array<Record<string, unknown>>) => rows.map((r) => [r.line, r.field, r.match]);

describe('lint: unusable input exits 2 with one line', () => {
  mkdirSync(path('folder.csv'));
  it.each([
    ['a missing file', path('missing.csv'), /no such file/],
    ['a directory', path('folder.csv'), /is a directory/],
    ['an empty file', file('empty.txt', ''), /is empty/],
    ['a blank file', file('blank.csv', ' \n\n'), /is empty/],
    ['a binary file', file('bin.txt', Buffer.from([0, 1, 2, 0xff, 0xfe, 0x80, 0])), /not valid/],
    [
      'a NUL character',
      file('nul.txt', 'title\nfree\u0000shipping\n'),
      /nul\.txt is not valid UTF-8 text: it has a NUL character on line 2, which text never has/,
    ],
    [
      'UTF-16 without a byte-order mark',
      file('utf16.txt', Buffer.from('title\nfree shipping\n', 'utf16le')),
      /is not valid UTF-8 text: it looks like UTF-16 without a byte-order mark/,
    ],
  ])('%s', async (_, input, message) => {
    const { code, out, err } = await lint(['--market', 'amazon', input]);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toEqual([expect.stringMatching(message)]);
  });

  it('empty standard input', async () => {
    const { code, err } = await lint(['-'], '');
    expect(code).toBe(2);
    expect(err).toEqual([expect.stringMatching(/standard input is empty/)]);
  });

  it('a CSV with only a header row has no listings (not "Unable to auto-detect delimiting character")', async () => {
    for (const csv of ['title\n', 'title,description\n\n']) {
      const { code, err } = await lint([file('header-only.csv', csv)]);
      expect(code).toBe(2);
      expect(err).toEqual([expect.stringMatching(/header-only\.csv has no listings/)]);
    }
  });
});

describe('lint: malformed CSV is an error naming its line, never rows merged', () => {
  it('an unterminated quote', async () => {
    const csv =
      'title,description\n"unterminated,foo\nfree shipping relay,baz\nbest seller relay,x\n';
    const { code, out, err } = await lint(['--market', 'amazon', file('c7.csv', csv)]);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toEqual([expect.stringMatching(/c7\.csv line 2: unterminated quote/)]);
  });

  it('text after a closing quote', async () => {
    const csv = 'title,description\nok relay,"bad"quote free shipping\nbest seller,x\n';
    const { code, err } = await lint(['--market', 'amazon', file('c8.csv', csv)]);
    expect(code).toBe(2);
    expect(err).toEqual([expect.stringMatching(/c8\.csv line 2: malformed quoted cell/)]);
  });

  it('a row with more cells than the header, counting lines past blank lines and quoted newlines', async () => {
    const more = await lint([
      file('more.csv', 'title,description\n\n"a\nb",x\nok relay,x,free shipping\n'),
    ]);
    expect(more.code).toBe(2);
    expect(more.err).toEqual([
      expect.stringMatching(/more\.csv line 5: 3 cells, but the header has 2 \(quote a cell/),
    ]);
    // A row with fewer cells loses nothing: the missing description is empty.
    const fewer = await lint([file('fewer.csv', 'title,description\nok relay,x\nbest seller\n')]);
    expect(fewer.err).toEqual([]);
    expect(fewer.out.map((l) => JSON.parse(l) as { line: number; match: string })).toEqual([
      expect.objectContaining({ line: 3, match: 'best seller' }),
    ]);
  });

  it('still reads a quoted cell with a newline, a doubled quote, and commas in a one-column file', async () => {
    const csv =
      'title,description\n"Relay, 4 channel","Line one\nfree shipping on line two"\nPlain relay,"He said ""best seller"""\n';
    const { code, rows } = await lint(['--market', 'amazon', file('quoted.csv', csv)]);
    expect(code).toBe(1);
    // Physical lines: the second row starts on line 4, after the first row's quoted line break.
    expect(at(rows)).toEqual([
      [2, 'description', 'free shipping'],
      [4, 'description', 'best seller'],
    ]);
    const one = await lint([
      '--market',
      'amazon',
      file('one.csv', 'title\nRelay, free shipping\n'),
    ]);
    expect(at(one.rows)).toEqual([[2, 'title', 'free shipping']]);
  });
});

describe('lint: JSON listings', () => {
  it('reads `text` (the repo fixtures) and the CSV column names', async () => {
    const json = JSON.stringify([
      { text: 'free shipping relay' },
      { item_name: 'best seller relay', product_description: 'FDA approved' },
      { 商品標題: '最好的繼電器' },
    ]);
    const { code, rows } = await lint(['--market', 'amazon', file('loose.json', json)]);
    expect(code).toBe(1);
    expect(at(rows)).toEqual([
      [1, 'title', 'free shipping'],
      [2, 'title', 'best seller'],
      [2, 'description', 'FDA approved'],
      [3, 'title', '最好'],
    ]);
  });

  it('finds the claims in tests/fixtures/compliance/real-zh-flagged.json', async () => {
    const { code, rows } = await lint(['tests/fixtures/compliance/real-zh-flagged.json']);
    expect(code).toBe(1);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('a listing with no known field is an error naming its index and keys', async () => {
    const { code, out, err } = await lint([file('j6.json', '[{"titel":"free shipping relay"}]')]);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toEqual([
      expect.stringMatching(
        /j6\.json: \[0\] has no title, description, bullets, tags or text field \(its keys: titel\)/,
      ),
    ]);
  });

  it.each([
    [
      '{"listings":[{"title":"ok"},{"title":5}]}',
      'listings[1].title: expected a string, not a number',
    ],
    ['[{"title":"ok","tags":["a",3]}]', '[0].tags[1]: expected a string, not a number'],
    [
      '[{"title":"ok","bullets":{"a":1}}]',
      '[0].bullets: expected an array of strings, not an object',
    ],
    ['["ok", 4]', '[1]: expected a listing object or a string, not a number'],
    ['{"listings":null}', 'listings: expected an array, not null'],
  ])('names the path of a wrong type: %s', async (json, message) => {
    const { code, err } = await lint([file('typed.json', json)]);
    expect(code).toBe(2);
    expect(err).toEqual([expect.stringContaining(`typed.json: ${message}`)]);
  });
});

describe('lint: standard input is judged by its content', () => {
  const csv =
    'sku,Title,Description\nA1,"Relay module, FDA approved",ok\nA2,Plain relay,best seller\n';

  it('a CSV export, as the same file would be read', async () => {
    const piped = await lint(['--market', 'amazon', '-'], csv);
    const saved = await lint(['--market', 'amazon', file('same.csv', csv)]);
    expect(piped.code).toBe(1);
    expect(piped.out).toEqual(saved.out);
    expect(at(piped.rows)).toEqual([
      [2, 'title', 'FDA approved'],
      [3, 'description', 'best seller'],
    ]);
  });

  it.each([
    ['a tab-separated', 'Title\tDescription\nfree shipping relay\tok\n'],
    ['a semicolon-separated', 'title;description\n"free shipping; relay";ok\n'],
    ['a one-column Traditional Chinese', '商品標題\nfree shipping, relay\n'],
  ])('%s header', async (_, input) => {
    const { code, rows } = await lint(['--market', 'amazon', '-'], input);
    expect(code).toBe(1);
    expect(at(rows)).toEqual([[2, 'title', 'free shipping']]);
  });

  it('a line starting with [ that is not JSON is a listing ("[NEW]", "[2-Pack]")', async () => {
    const { code, err, rows } = await lint(
      ['--market', 'amazon', '-'],
      '[NEW] free shipping relay\n[2-Pack] best seller\n',
    );
    expect(err).toEqual([]);
    expect(code).toBe(1);
    expect(at(rows)).toEqual([
      [1, 'title', 'free shipping'],
      [2, 'title', 'best seller'],
    ]);
  });

  it('JSON that parses is JSON; JSON that does not is linted by line with a note', async () => {
    const json = await lint(['--market', 'amazon', '-'], '[{"title":"free shipping relay"}]');
    expect(at(json.rows)).toEqual([[1, 'title', 'free shipping']]);
    const broken = await lint(['-'], '[{"title":"free shipping relay"},]\n');
    expect(broken.err).toEqual([expect.stringMatching(/^note: standard input looks like JSON/)]);
    expect(broken.rows.map((r) => r.match)).toEqual(['free shipping']);
  });
});

describe('lint: Traditional Chinese column names', () => {
  it('reads 商品標題 and 商品描述 as 商品标题 and 商品描述', async () => {
    const { code, rows } = await lint([
      '--market',
      'taobao',
      file('ltw.csv', '商品標題,商品描述\n最好的繼電器,國家級品質\n'),
    ]);
    expect(code).toBe(1);
    expect(at(rows)).toEqual([
      [2, 'title', '最好'],
      [2, 'description', '國家級'],
    ]);
  });

  it('reads 寶貝名稱 and full-width or accented Latin names too', async () => {
    const { rows } = await lint([
      '--market',
      'taobao',
      file('tw2.csv', '寶貝名稱,ＤＥＳＣＲＩＰＣＩÓＮ\n最好的繼電器,國家級品質\n'),
    ]);
    expect(at(rows)).toEqual([
      [2, 'title', '最好'],
      [2, 'description', '國家級'],
    ]);
  });
});

describe('lint: a .txt file that is a table', () => {
  it('reads Excel\'s "Unicode Text" export (UTF-16, tabs, a header) as the same text on standard input', async () => {
    const text = '宝贝名称\t宝贝描述\n国家级品质 纯棉T恤\t可治疗失眠\n';
    const u16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const saved = await lint(['--market', 'taobao', file('taobao-export.txt', u16)]);
    const piped = await lint(['--market', 'taobao', '-'], u16);
    // One listing (line 2, under the header): the description's claim found as the description,
    // not as a title, and the header not linted as a listing.
    expect(at(saved.rows)).toEqual(at(piped.rows));
    expect(saved.rows.every((r) => r.line === 2)).toBe(true);
    expect(at(saved.rows)).toEqual(
      expect.arrayContaining([
        [2, 'title', '国家级'],
        [2, 'description', '治疗'],
      ]),
    );
  });

  it('a title starting with "[" in a .txt stays a listing (no JSON sniffing for files)', async () => {
    const { rows } = await lint([
      '--market',
      'amazon',
      file('bracket.txt', '[2 Pack] FREE SHIPPING cable\n'),
    ]);
    expect(at(rows)).toEqual([[1, 'title', 'FREE SHIPPING']]);
  });
});

describe('lint: line numbers are the physical lines an editor shows, in json and text alike', () => {
  const csv =
    'sku,title,description\nA1,Wireless earbuds,"Line one\nline two\nline three"\nA2,Best Seller earbuds,ok\n';

  it('a multi-line quoted cell does not shift the rows after it', async () => {
    const lnCsv = file('ln.csv', csv);
    const json = await lint(['--lang', 'en', lnCsv]);
    expect(at(json.rows)).toEqual([[5, 'title', 'Best Seller']]);
    const text = captureIO();
    expect(await main(['lint', '--format', 'text', '--lang', 'en', lnCsv], text.io)).toBe(1);
    expect(text.out[0]).toMatch(/ln\.csv:5: error +amazon\/promotional +title 0-11 "Best Seller"/);
    // The same line as a parse error on that row would name.
    const broken = await lint([file('ln-broken.csv', csv.replace('ok\n', 'ok,extra,cells\n'))]);
    expect(broken.err).toEqual([expect.stringMatching(/ln-broken\.csv line 5: 5 cells/)]);
  });

  it('counts the header, blank lines and CRLF line ends, in a .csv, a .tsv, a .txt table and stdin', async () => {
    const content = 'title\r\n\r\nOak tray\r\nfree shipping mug\r\n';
    for (const args of [
      [file('blank.csv', content)],
      [file('blank.tsv', content)],
      [file('blank.txt', content)],
      ['-'],
    ]) {
      const { rows } = await lint(args, content);
      expect(at(rows)).toEqual([[4, 'title', 'free shipping']]);
    }
  });
});
