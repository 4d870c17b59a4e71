/**
 * `seller-radar sentiment` reads CSV/TSV with the reader `lint` uses (lib/cli/table.ts): a one-column
 * table keeps the commas in its reviews, a row with more cells than the header exits 2 naming the file
 * and line (never a review cut at a comma with exit 0), and a .txt whose first line is a column name
 * is a table under that header, said on stderr.
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../../lib/cli/main';
import { captureIO, tempFiles } from './harness';

const { file } = tempFiles('seller-radar-sentiment-input-');

async function sentiment(args: string[], stdin: string | Buffer = '') {
  const { io, out, err } = captureIO(stdin);
  const code = await main(['sentiment', ...args], io);
  return {
    code,
    out,
    err,
    rows: out.map(
      (l) => JSON.parse(l) as { label: string; aspects: Array<{ aspect: string; start: number }> },
    ),
  };
}

const EN = 'Looks nice, but it broke after two days and support never answered';
const ZH = '质量不错,但是物流太慢了,包装也破了';
/** Each review is read whole: its complaints after the first comma are found. */
function expectWhole(rows: Awaited<ReturnType<typeof sentiment>>['rows']) {
  expect(rows).toHaveLength(2);
  expect(rows[0]!.label).toBe('negative');
  expect(rows[0]!.aspects).toContainEqual(
    expect.objectContaining({ aspect: 'service', start: EN.indexOf('support') }),
  );
  expect(rows[1]!.aspects.map((a) => a.aspect)).toEqual(
    expect.arrayContaining(['shipping', 'packaging']),
  );
  expect(rows[1]!.aspects.every((a) => a.start >= 0 && a.start < ZH.length)).toBe(true);
}

describe('sentiment: a one-column table keeps the commas in its reviews', () => {
  const content = `review\n${EN}\n${ZH}\n`;

  it('a .csv whose header is one column', async () => {
    const r = await sentiment([file('onecol.csv', content)]);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    expectWhole(r.rows);
  });

  it('a .txt and standard input whose first line is "review": a header, said on stderr', async () => {
    const txt = await sentiment([file('onecol.txt', content)]);
    expect(txt.code).toBe(0);
    expectWhole(txt.rows);
    expect(txt.err).toEqual([
      expect.stringMatching(
        /^note: read the first line of .*onecol\.txt \("review"\) as a column header, not a review$/,
      ),
    ]);
    const piped = await sentiment(['-'], content);
    expect(piped.code).toBe(0);
    expect(piped.out).toEqual(txt.out);
  });

  it('a one-column table follows CSV quoting: a quoted review may span lines', async () => {
    const r = await sentiment([
      file('quoted.csv', `review\n"${EN}\nSecond paragraph, still the same review"\n${ZH}\n`),
    ]);
    expect(r.code).toBe(0);
    expect(r.rows).toHaveLength(2);
    expect(r.rows[0]!.label).toBe('negative');
  });

  it('a .txt without a header line stays one review per line, commas and all', async () => {
    const r = await sentiment([file('plain.txt', `${EN}\n${ZH}\n`)]);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    expectWhole(r.rows);
  });
});

describe('sentiment: a row with more cells than the header exits 2 with one line', () => {
  it('names the file and the line, and prints no result', async () => {
    const r = await sentiment([
      file(
        'extra.csv',
        'id,review,rating\n1,Great quality, but shipping was slow and the box was crushed,2\n',
      ),
    ]);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toEqual([
      expect.stringMatching(
        /^seller-radar sentiment: .*extra\.csv line 2: 4 cells, but the header has 3 \(quote a cell that contains a ","\)$/,
      ),
    ]);
  });

  it('counts physical lines past quoted line breaks and blank lines, in a TSV and on stdin', async () => {
    const tsv = await sentiment([
      file('extra.tsv', 'id\treview\n1\t"two\nlines"\n\n2\tgood\textra cell\n'),
    ]);
    expect(tsv.code).toBe(2);
    expect(tsv.err).toEqual([expect.stringMatching(/extra\.tsv line 5: 3 cells, but the header/)]);
    const piped = await sentiment(['-'], 'id,review\n1,fine\n2,Nice, but late\n');
    expect(piped.code).toBe(2);
    expect(piped.err).toEqual([
      expect.stringMatching(/standard input line 3: 3 cells, but the header has 2/),
    ]);
  });

  it('a malformed quote in a one-column table is refused with its line, without the header note', async () => {
    const r = await sentiment([file('badquote.txt', `review\n${EN}\n"unterminated, review\n`)]);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toEqual([expect.stringMatching(/badquote\.txt line 3: unterminated quote$/)]);
  });
});
