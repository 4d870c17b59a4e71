/**
 * `seller-radar sentiment [--format jsonl] <file>` (DESIGN.md §8): one JSON line per review, in input
 * order: {label, score, lang, aspects: [{aspect, polarity, start, end}]}.
 *
 * Input: .txt (one review per line; blank lines are not reviews and are skipped), .csv or .tsv with a
 * review/text/body/comment/评价内容 column (header matched loosely, see TEXT_COLUMNS), optionally a
 * rating/stars/评分 column (see parseRating) and a review title column (TITLE_COLUMNS), or `-` for
 * standard input, read as a table when its first line is a header naming a text column (see
 * `stdinDelimiter`) and as .txt otherwise. Files may be UTF-8, UTF-16 with a BOM, GB18030 or Big5 (./encoding.ts).
 *
 * A title is read as the extension reads it (title first, counting twice in an English review), but the
 * output is about the review text: aspect offsets index the text column, and aspects found only in the
 * title are not listed (they have no offsets there).
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { reviewText } from '../alerts/review-text';
import { createClassifier } from '../sentiment/classifier';
import type { SentimentModelJson } from '../sentiment/model';
import { CliError, parseArgs, readTextInput, type CliIO } from './io';

/**
 * Header names, compared after `headerKey` (lower case; spaces, _ - . : and brackets removed), so
 * "Review Text", "review_text" and "reviews.text" (a common Amazon review dump) all match. Chinese
 * names are those of Taobao/Tmall, JD and Pinduoduo review exports. First match in this order wins.
 */
const TEXT_COLUMNS = [
  'review',
  'reviews',
  'reviewtext',
  'reviewstext',
  'reviewbody',
  'reviewcontent',
  'text',
  'body',
  'content',
  'comment',
  'comments',
  'commenttext',
  'feedback',
  '评价内容',
  '评论内容',
  '买家评价',
  '评价',
  '评论',
  '评语',
  '内容',
];
/** Review title columns ("Review Title", reviews.title, summary); 宝贝标题 is the product's, not the review's. */
const TITLE_COLUMNS = [
  'reviewtitle',
  'reviewstitle',
  'title',
  'summary',
  'headline',
  '评价标题',
  '评论标题',
];
const RATING_COLUMNS = [
  'rating',
  'reviewrating',
  'reviewsrating',
  'stars',
  'star',
  'starrating',
  'score',
  'overall',
  '评分',
  '星级',
  '评价星级',
  '商品评分',
  '打分',
  '评价结果',
  '评价等级',
];

/**
 * A rating cell as 1–5 stars: "4", "4.0 out of 5 stars", "4星", "★★★★☆", or Taobao's 好评/中评/差评
 * (5/3/1). Anything else is null (the classifier also ignores values outside 1..5).
 */
export function parseRating(cell: string): number | null {
  const v = cell.trim();
  const stars = [...v].filter((c) => c === '★').length;
  if (stars > 0) return stars;
  const grade = { 好评: 5, 中评: 3, 差评: 1 }[v];
  if (grade !== undefined) return grade;
  const n = Number.parseFloat(v);
  return Number.isFinite(n) ? n : null;
}

const headerKey = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s_\-.:：()（）[\]【】]/g, '');

/** For a header row: the index of the first of `candidates` among its names, in the candidates' order. */
const columnFinder = (header: string[]) => {
  const names = header.map(headerKey);
  return (candidates: string[]) => candidates.map((c) => names.indexOf(c)).find((i) => i !== -1);
};

interface InputReview {
  text: string;
  rating: number | null;
  /** The review's title, '' when the input has none. */
  title: string;
}

export function loadModelJson(): SentimentModelJson {
  const url = new URL('../../assets/model/sentiment-model.json', import.meta.url);
  try {
    return JSON.parse(readFileSync(url, 'utf8')) as SentimentModelJson;
  } catch (err) {
    throw new CliError(
      `cannot load the sentiment model (${url.pathname}): ${(err as Error).message}`,
    );
  }
}

function fromTable(text: string, file: string, delimiter: string): InputReview[] {
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: 'greedy' });
  const [header, ...rows] = parsed.data;
  if (!header) throw new CliError(`${file} is empty`);
  const columnOf = columnFinder(header);
  const col = columnOf(TEXT_COLUMNS);
  if (col === undefined) {
    throw new CliError(
      `${file} has no review/text/body/comment (评价内容) column (columns: ${header.map((h) => h.trim()).join(', ')})`,
    );
  }
  const ratingCol = columnOf(RATING_COLUMNS);
  const titleCol = columnOf(TITLE_COLUMNS);
  return rows.map((row) => {
    const cell = ratingCol === undefined ? undefined : row[ratingCol];
    return {
      text: row[col] ?? '',
      rating: cell === undefined ? null : parseRating(cell),
      title: titleCol === undefined ? '' : (row[titleCol] ?? ''),
    };
  });
}

/**
 * Standard input has no file name to tell a table from plain lines (`cat reviews.csv | seller-radar
 * sentiment -`), so its first non-blank line decides: a header with a review/text/body column
 * (TEXT_COLUMNS), split by tabs if it has any and by commas otherwise, makes it a table. A line of
 * one cell must be exactly such a name ("review", "评价内容"), which no real review is; anything else
 * is read as one review per line, as before. Returns the delimiter, or null for plain lines.
 */
export function stdinDelimiter(text: string): string | null {
  const first = /^[^\S\n]*(\S[^\n]*)/m.exec(text.replace(/^\uFEFF/, ''))?.[1]?.replace(/\r$/, '');
  if (first === undefined) return null;
  const delimiter = first.includes('\t') ? '\t' : ',';
  const cells = Papa.parse<string[]>(first, { delimiter }).data[0] ?? [];
  return columnFinder(cells)(TEXT_COLUMNS) === undefined ? null : delimiter;
}

function fromLines(text: string): InputReview[] {
  return text
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.trim() !== '')
    .map((line) => ({ text: line, rating: null, title: '' }));
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { flags, positionals } = parseArgs(argv, ['format']);
  const format = flags.format ?? 'jsonl';
  if (format !== 'jsonl')
    throw new CliError(`unsupported --format ${String(format)} (only jsonl)`, 2);
  if (positionals.length > 1)
    throw new CliError('give one input file (or - for standard input)', 2);
  const file = positionals[0];
  const text = readTextInput(file, io);
  const lower = (file ?? '').toLowerCase();
  const delimiter = lower.endsWith('.csv')
    ? ','
    : lower.endsWith('.tsv')
      ? '\t'
      : file === '-'
        ? stdinDelimiter(text)
        : null;
  const name = file === '-' ? 'standard input' : file!;
  const reviews = delimiter === null ? fromLines(text) : fromTable(text, name, delimiter);
  if (reviews.length === 0) throw new CliError(`${name} has no reviews`);
  const clf = createClassifier(loadModelJson());
  for (const r of reviews) {
    const { text: read, titleEnd, bodyOffset } = reviewText({ title: r.title, body: r.text });
    const { label, score, lang, aspects } = clf.classify(read, { rating: r.rating, titleEnd });
    const inText = aspects
      .filter((a) => a.start >= bodyOffset)
      .map((a) => ({ ...a, start: a.start - bodyOffset, end: a.end - bodyOffset }));
    io.stdout(JSON.stringify({ label, score, lang, aspects: inText }));
  }
  return 0;
}
