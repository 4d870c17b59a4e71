/**
 * `seller-radar sentiment` on awkward input: malformed CSV quoting, Traditional Chinese headers,
 * Excel's "Unicode Text" export, file types it does not read. Output must never lose or merge
 * reviews silently: either one line per review or a clear error (exit status 2).
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../../lib/cli/io';
import { run } from '../../../lib/cli/sentiment';
import { sentimentResultSchema } from '../../../lib/sentiment/types';
import { captureIO, tempFiles } from '../cli/harness';

const { file } = tempFiles('sr-sentiment-input-');

/** The CliError `run` throws for `args`, for checking its message and exit status together. */
async function failure(args: string[], stdin = ''): Promise<CliError> {
  const { io, out } = captureIO(stdin);
  const err: unknown = await run(args, io).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(CliError);
  expect(out).toEqual([]);
  return err as CliError;
}

const labels = (out: string[]) => out.map((l) => sentimentResultSchema.parse(JSON.parse(l)).label);

describe('sentiment: malformed CSV', () => {
  it('refuses an unterminated quote, naming its line, instead of merging the rows after it', async () => {
    const p = file(
      's5.csv',
      'review,stars\n"unterminated, bad\nTerrible quality,1\nGreat quality,5\n',
    );
    const err = await failure([p]);
    expect(err.message).toBe(`${p} line 2: unterminated quote`);
    expect(err.exitCode).toBe(2);
  });

  it('refuses a malformed quote further down, with the line in the file', async () => {
    const p = file('bad-quote.csv', 'id,review\n1,fine\n2,"ok"ish, really\n3,bad\n');
    const err = await failure([p]);
    expect(err.message).toMatch(/bad-quote\.csv line 3: malformed quote/);
    expect(err.exitCode).toBe(2);
  });

  it('refuses bad quoting on standard input too', async () => {
    const err = await failure(['-'], 'review\tstars\ngood\t5\n"broken\t1\nfine\t4\n');
    expect(err.message).toBe('standard input line 3: unterminated quote');
  });

  it('still reads a quoted cell with a line break inside (valid CSV)', async () => {
    const p = file(
      'multiline.csv',
      'review,stars\n"Great quality,\nfast shipping",5\n"Broke in a day, ""waste""",1\n',
    );
    const { io, out } = captureIO();
    expect(await run([p], io)).toBe(0);
    expect(labels(out)).toEqual(['positive', 'negative']);
  });
});

describe('sentiment: Traditional Chinese headers', () => {
  it('finds 評價內容 and 評分 in a Big5 export', async () => {
    const p = file(
      'tw.csv',
      iconv.encode('評價內容,評分\r\n品質很好，物流很快,5\r\n品質太差了,1\r\n', 'big5'),
    );
    const { io, out, err } = captureIO();
    expect(await run([p], io)).toBe(0);
    expect(err).toEqual([expect.stringMatching(/as Big5 text$/)]);
    expect(labels(out)).toEqual(['positive', 'negative']);
  });
});

describe('sentiment: tables in .txt files', () => {
  it('reads Excel\'s "Unicode Text" export (UTF-16 with a BOM, tab-separated) as a table', async () => {
    const text = 'Review\tStars\r\nGreat quality\t5\r\nBad service\t1\r\n';
    const p = file(
      'excel.txt',
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]),
    );
    const { io, out } = captureIO();
    expect(await run([p], io)).toBe(0);
    expect(labels(out)).toEqual(['positive', 'negative']);
  });

  it('uses the rating column of a .txt table', async () => {
    const same = 'It is okay I guess';
    const p = file('rated.txt', `review\tstars\n${same}\t5\n${same}\t1\n`);
    const { io, out } = captureIO();
    await run([p], io);
    const [five, one] = out.map((l) => JSON.parse(l).score as number);
    expect(five! - one!).toBeGreaterThan(0.3);
  });

  it('reads a .txt whose first line is a review as lines, that line included', async () => {
    const p = file('plain.txt', 'Review: great product\nText, body and content all fine\n');
    const { io, out } = captureIO();
    expect(await run([p], io)).toBe(0);
    expect(out).toHaveLength(2);
  });
});

describe('sentiment: file types', () => {
  it.each(['reviews.json', 'notes.md', 'export.xlsx'])('refuses %s', async (name) => {
    const p = file(name, 'Great quality\nBad service\n');
    const err = await failure([p]);
    const ext = name.slice(name.lastIndexOf('.'));
    expect(err.message).toBe(`${p}: unsupported file type ${ext} (use .txt, .csv or .tsv)`);
    expect(err.exitCode).toBe(2);
  });

  it.each(['UPPER.TXT', 'notes.text', 'Export.CSV', 'tabbed.Tsv', 'no-extension'])(
    'reads %s',
    async (name) => {
      const table = /csv$/i.test(name) ? 'review,x\n' : /tsv$/i.test(name) ? 'review\tx\n' : '';
      const p = file(name, `${table}Great quality\nBad service\n`);
      const { io, out } = captureIO();
      expect(await run([p], io)).toBe(0);
      expect(labels(out)).toEqual(['positive', 'negative']);
    },
  );

  it('refuses a table with a header and no reviews, with exit status 2', async () => {
    const err = await failure([file('header-only.csv', 'review,stars\n')]);
    expect(err.message).toMatch(/header-only\.csv has no reviews$/);
    expect(err.exitCode).toBe(2);
  });
});

describe('sentiment: tables as spreadsheets save them', () => {
  it('reads a .csv of a European Excel, with semicolons (its comma is the decimal separator)', async () => {
    const p = file(
      'semi.csv',
      'Review;Rating\nGreat quality, fast shipping;5\nBroke after a day;1\n',
    );
    const { io, out } = captureIO();
    expect(await run([p], io)).toBe(0);
    expect(labels(out)).toEqual(['positive', 'negative']);
  });

  it('reads a "Customer Review" column, and refuses a .txt table with no review column', async () => {
    const named = file(
      'named.txt',
      'Customer Review\tStars\nLove it, works great\t5\nBroke in a day\t1\n',
    );
    const { io, out } = captureIO();
    expect(await run([named], io)).toBe(0);
    expect(labels(out)).toEqual(['positive', 'negative']); // not 3 lines with the header scored
    const unnamed = file(
      'unnamed.txt',
      'Notes\tStars\nLove it, works great\t5\nBroke in a day\t1\n',
    );
    const err = await failure([unnamed]);
    expect(err.exitCode).toBe(2);
    expect(err.message).toBe(
      `${unnamed} looks like a tab-separated table but has no review column (columns: Notes, Stars); name it review, text, body or 评价内容`,
    );
  });

  it('one review per line may still hold a tab here and there', async () => {
    const p = file('tabs.txt', 'Great value\tfast delivery\nTerrible, broke after a day\n');
    const { io, out } = captureIO();
    expect(await run([p], io)).toBe(0);
    expect(labels(out)).toEqual(['positive', 'negative']);
  });
});
