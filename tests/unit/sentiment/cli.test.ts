import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseRating, run, tableDelimiter } from '../../../lib/cli/sentiment';
import { CliError } from '../../../lib/cli/io';
import { sentimentResultSchema } from '../../../lib/sentiment/types';
import { captureIO, tempFiles } from '../cli/harness';

const { file, path } = tempFiles('sr-sentiment-');

describe('seller-radar sentiment', () => {
  it('prints one JSON line per review of a .txt file, in order', async () => {
    const p = file(
      'r.txt',
      '质量很好，物流很快\r\nterrible, broke in a day\n\nMuy bueno, me encanta\n',
    );
    const { io, out } = captureIO();
    expect(await run([p], io)).toBe(0);
    expect(out).toHaveLength(3);
    const rows = out.map((l) => sentimentResultSchema.parse(JSON.parse(l)));
    expect(rows.map((r) => [r.lang, r.label])).toEqual([
      ['zh', 'positive'],
      ['en', 'negative'],
      ['es', 'unknown'],
    ]);
    expect(Object.keys(JSON.parse(out[0]!))).toEqual(['label', 'score', 'lang', 'aspects']);
  });

  it('finds the review column of a CSV case-insensitively and uses its rating column', async () => {
    const p = file(
      'r.csv',
      'id,Stars,Review Title,BODY\n1,5,nice,"Great quality, fast shipping"\n2,1,bad,"包装破了，客服不理人"\n',
    );
    const { io, out } = captureIO();
    expect(await run(['--format', 'jsonl', p], io)).toBe(0);
    const rows = out.map((l) => JSON.parse(l));
    expect(rows).toHaveLength(2);
    expect(rows[0].aspects.map((a: { aspect: string }) => a.aspect)).toContain('shipping');
    expect(rows[1].label).toBe('negative');
  });

  it('reads a Taobao-style GBK export with Chinese headers and 好评/中评/差评 grades', async () => {
    // Excel on Simplified Chinese Windows saves "CSV" as GBK; the headers are those of a 千牛 review export.
    const csv =
      '订单编号,宝贝名称,评价结果,评价内容\r\n' +
      '1001,儿童保温杯,好评,宝贝收到了，质量很好，物流也快\r\n' +
      '1002,儿童保温杯,差评,"杯盖漏水，客服一直不回复,差评"\r\n';
    const p = file('taobao.csv', iconv.encode(csv, 'gbk'));
    const { io, out, err } = captureIO();
    expect(await run([p], io)).toBe(0);
    expect(err).toEqual([expect.stringMatching(/as GB18030 \(GBK\) text$/)]);
    const rows = out.map((l) => sentimentResultSchema.parse(JSON.parse(l)));
    expect(rows.map((r) => [r.lang, r.label])).toEqual([
      ['zh', 'positive'],
      ['zh', 'negative'],
    ]);
    expect(rows[1]!.aspects.map((a) => [a.aspect, a.polarity])).toContainEqual([
      'service',
      'negative',
    ]);
  });

  it('matches loose header spellings (reviews.text, Review Text, 评论内容)', async () => {
    for (const header of ['reviews.text', 'Review Text', 'review-body', '评论内容', 'Comments']) {
      const p = file(
        `h-${header}.csv`,
        `id,${header}\n1,"Stopped working after a week, waste of money"\n`,
      );
      const { io, out } = captureIO();
      expect(await run([p], io), header).toBe(0);
      expect(JSON.parse(out[0]!).label, header).toBe('negative');
    }
  });

  it('uses the rating column as evidence: the same words score lower with 1 star than with 5', async () => {
    const text = 'It is okay I guess';
    const p = file(
      'stars.csv',
      `reviews.rating,reviews.text\n★★★★★,${text}\n1.0 out of 5 stars,${text}\n`,
    );
    const { io, out } = captureIO();
    await run([p], io);
    const [five, one] = out.map((l) => JSON.parse(l).score as number);
    expect(five! - one!).toBeGreaterThan(0.3);
  });

  it.each([
    ['5', 5],
    ['4.0 out of 5 stars', 4],
    ['3星', 3],
    ['★★☆☆☆', 2],
    ['好评', 5],
    ['中评', 3],
    ['差评', 1],
    ['好評', 5], // Traditional, as in a Big5 export from Taiwan or Hong Kong
    ['', null],
    ['n/a', null],
  ])('parseRating(%j) = %j', (cell, stars) => {
    expect(parseRating(cell)).toBe(stars);
  });

  it('reads a review title column like the extension does, with offsets into the text column', async () => {
    // Real review R17KI0C8L7K5OT of the saved review page (tests/fixtures/amazon/reviews/).
    const body =
      'Well sealed and packaged. I should’ve noticed the scent. It’s so strong but it’s my fault for not double checking the name description. This is gonna last me weeks. I was in need of this on a short notice I ordered this last night and it was delivered this morning!';
    const p = file('amazon.csv', `Rating,Review Title,Review Text\n5,Perfect,"${body}"\n`);
    const q = file('no-title.csv', `Rating,Review Text\n5,"${body}"\n`);
    const withTitle = captureIO();
    const without = captureIO();
    expect(await run([p], withTitle.io)).toBe(0);
    expect(await run([q], without.io)).toBe(0);
    const a = JSON.parse(withTitle.out[0]!);
    const b = JSON.parse(without.out[0]!);
    expect(a.label).toBe('positive');
    expect(a.score).toBeGreaterThan(b.score); // "Perfect" counts twice
    const packaging = a.aspects.find((x: { aspect: string }) => x.aspect === 'packaging');
    expect(body.slice(packaging.start, packaging.end)).toBe('Well sealed and packaged');
    expect(a.aspects).toEqual(b.aspects); // same spans, same offsets, with or without the title
  });

  it('reads a TSV with a text column', async () => {
    const p = file('r.tsv', 'text\tx\nworks fine\t1\nnot good\t2\n');
    const { io, out } = captureIO();
    await run([p], io);
    expect(out.map((l) => JSON.parse(l).label)).toEqual(['positive', 'negative']);
  });

  it('reads standard input for -', async () => {
    const { io, out } = captureIO('not bad\n没什么问题\n');
    await run(['-'], io);
    expect(out.map((l) => JSON.parse(l).label)).toEqual(['positive', 'positive']);
  });

  it.each([
    ['a CSV', '\uFEFFid,Review,Stars\n1,"not bad, works",4\n2,包装破了,1\n'],
    ['a TSV', 'stars\t评价内容\n4\tnot bad, works\n1\t包装破了\n'],
    ['a one-column CSV', '\nreview\r\nnot bad, works\r\n包装破了\r\n'],
  ])(
    'reads %s on standard input by its header, not the header as a review',
    async (_what, input) => {
      const { io, out } = captureIO(input);
      expect(await run(['-'], io)).toBe(0);
      expect(out.map((l) => JSON.parse(l).label)).toEqual(['positive', 'negative']);
    },
  );

  it.each([
    ['a review that only mentions a column name', 'Review: great product', null],
    ['a review with a comma', 'Great value, text me for more', null],
    ['plain reviews', 'not bad\n没什么问题', null],
    ['a review starting with column names', 'Text, body and content all fine', null],
    ['a short review after a column name', 'Review, love it!', null],
    ['a review of two short sentences', 'Comment, works. Not great, not bad, just okay', null],
    ['a CSV header', 'id,Body', ','],
    ['a CSV header with a rating column', 'review,stars', ','],
    ['a TSV header with a comma', 'Stars, 1-5\tReview Text', '\t'],
    ['a Chinese TSV header', '评分\t评价内容', '\t'],
    ['a Traditional Chinese header', '評價內容,評分', ','],
    ['a semicolon header (Excel in a decimal-comma locale)', 'Review;Stars;Order ID', ';'],
  ])('tells a table from lines by the first line: %s', (_what, input, delimiter) => {
    expect(tableDelimiter(input)).toBe(delimiter);
  });

  it('keeps a first review that starts with column names (not a header)', async () => {
    const { io, out } = captureIO('Text, body and content all fine\nnot good\n');
    expect(await run(['-'], io)).toBe(0);
    expect(out).toHaveLength(2);
  });

  it.each([
    [
      'no review column',
      'r2.csv',
      'id,title\n1,x\n',
      /no review\/text\/body\/comment \(评价内容\) column \(columns: id, title\)/,
    ],
    ['an empty file', 'e.txt', '', /is empty/],
    ['a blank file', 'b.txt', '\n \n', /is empty/],
    ['not UTF-8', 'l.txt', Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0xff]).toString('latin1'), /UTF-8/],
  ])('rejects %s with one clear line and exit status 2', async (_what, name, content, message) => {
    const p = file(name, content === '' ? '' : Buffer.from(content, 'latin1'));
    const { io } = captureIO();
    await expect(run([p], io)).rejects.toThrow(message);
    // 2 = unusable input, as in `lint` (1 is left for the CLI's own failures).
    await expect(run([p], io)).rejects.toBeInstanceOf(CliError);
    await expect(run([p], io)).rejects.toMatchObject({ exitCode: 2 });
  });

  it('rejects an unknown format and a missing file', async () => {
    const { io } = captureIO();
    await expect(run(['--format', 'csv', 'x.txt'], io)).rejects.toThrow(/unsupported --format/);
    await expect(run([path('missing.txt')], io)).rejects.toThrow(/no such file/);
    await expect(run([path('missing.txt')], io)).rejects.toMatchObject({ exitCode: 2 });
  });
});
