import { describe, expect, it } from 'vitest';
import { run } from '../../../lib/cli/sentiment';
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
    [
      'no review column',
      'r2.csv',
      'id,title\n1,x\n',
      /no review\/text\/body column \(columns: id, title\)/,
    ],
    ['an empty file', 'e.txt', '', /is empty/],
    ['a blank file', 'b.txt', '\n \n', /is empty/],
    ['not UTF-8', 'l.txt', Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0xff]).toString('latin1'), /UTF-8/],
  ])('rejects %s with one clear line', async (_what, name, content, message) => {
    const p = file(name, content === '' ? '' : Buffer.from(content, 'latin1'));
    const { io } = captureIO();
    await expect(run([p], io)).rejects.toThrow(message);
    await expect(run([p], io)).rejects.toBeInstanceOf(CliError);
  });

  it('rejects an unknown format and a missing file', async () => {
    const { io } = captureIO();
    await expect(run(['--format', 'csv', 'x.txt'], io)).rejects.toThrow(/unsupported --format/);
    await expect(run([path('missing.txt')], io)).rejects.toThrow(/no such file/);
  });
});
