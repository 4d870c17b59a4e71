/**
 * `seller-radar sentiment [--format jsonl] <file>` (DESIGN.md §8): one JSON line per review, in input
 * order: {label, score, lang, aspects: [{aspect, polarity, start, end}]}.
 *
 * Input: .txt/.text (one review per line; blank lines are not reviews and are skipped), .csv or
 * .tsv with a review/text/body/comment/评价内容 column (header matched loosely, in Simplified or
 * Traditional characters, see TEXT_COLUMNS), optionally a rating/stars/评分 column (see
 * parseRating) and a review title column (TITLE_COLUMNS), or `-` for standard input. Other file
 * types are refused (a .json or .md file read as lines would be classified as garbage); a name
 * without an extension is read as .txt. A .txt file and standard input are read as a table when
 * their first line is a header naming a text column (see `tableDelimiter`), as Excel's "Unicode
 * Text" export is (a .txt of tab-separated cells), and as lines otherwise. A first line that is only
 * a column name ("review", "评价内容") is such a header too (no review says just that, and a note on
 * stderr says it was read so): the lines under it are a one-column table, one review per line, in
 * which a comma is part of the review and CSV quoting applies as in a .csv (a cell with a line break
 * is quoted, a quote inside a quoted cell doubled). Tables are read with the reader `lint` uses
 * (./table.ts): malformed quoting, or a row with more cells than the header, exits 2 naming the file
 * and line, never classifies a cut or merged review. Files may be UTF-8, UTF-16 with a BOM, GB18030
 * or Big5 (./encoding.ts).
 *
 * A title is read as the extension reads it (title first, counting twice in an English review), but the
 * output is about the review text: aspect offsets index the text column, and aspects found only in the
 * title are not listed (they have no offsets there).
 *
 * Exit status: 0 on success; 2 on bad usage or unusable input (unreadable, empty or wrongly
 * encoded file, unsupported file type, malformed CSV quoting, no text column, no reviews), as in
 * `lint`; 1 only when the CLI itself fails (the model cannot be loaded).
 */
import { table } from '../lookup';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { reviewText } from '../alerts/review-text';
import { createClassifier } from '../sentiment/classifier';
import type { SentimentModelJson } from '../sentiment/model';
import { normalizeTerm } from '../compliance/normalize';
import { CliError, parseArgs, readTextInput, type CliIO } from './io';
import { readTable } from './table';

/**
 * Header names, compared after `headerKey` (lower case; spaces, _ - . : and brackets removed;
 * Traditional characters read as Simplified), so "Review Text", "review_text" and "reviews.text" (a
 * common Amazon review dump) all match, and 評價內容 (a Taiwan or Hong Kong export, often Big5) is
 * 评价内容. Chinese names are those of Taobao/Tmall, JD and Pinduoduo review exports. First match in
 * this order wins.
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
  'customerreview',
  'customerreviews',
  'customercomment',
  'customercomments',
  'buyerreview',
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

/** Every column name above, for telling a header line from a review (`isHeaderCell`). */
const KNOWN_COLUMNS = new Set([...TEXT_COLUMNS, ...TITLE_COLUMNS, ...RATING_COLUMNS]);

/**
 * A rating cell as 1–5 stars: "4", "4.0 out of 5 stars", "4星", "★★★★☆", or Taobao's 好评/中评/差评
 * (5/3/1, also in Traditional characters: 好評). Anything else is null (the classifier also ignores
 * values outside 1..5).
 */
export function parseRating(cell: string): number | null {
  const v = cell.trim();
  const stars = [...v].filter((c) => c === '★').length;
  if (stars > 0) return stars;
  // Folded as the header names are (normalizeTerm): 好評 is 好评.
  const grade = { 好评: 5, 中评: 3, 差评: 1 }[normalizeTerm(v)];
  if (grade !== undefined) return grade;
  const n = Number.parseFloat(v);
  return Number.isFinite(n) ? n : null;
}

/**
 * A header name as compared: folded as the rule matcher folds text (case, full-width, accents, and
 * Traditional → Simplified with OpenCC's table: a Taiwan or Hong Kong export's 評價內容 is 评价内容,
 * and `lint` reads 商品標題 the same way), then spaces, _ - . : and brackets removed.
 */
const headerKey = (h: string) => normalizeTerm(h).replace(/[\s_\-.:：()（）[\]【】]/g, '');

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
      1,
    );
  }
}

function fromTable(text: string, file: string, delimiter: string): InputReview[] {
  // The reader `lint` uses (./table.ts): malformed quoting and a row with more cells than the header
  // are refused naming the line, never classified cut or merged; a header of one cell is one column,
  // so a comma in a review is part of it.
  const { header, records } = readTable(text, file, delimiter);
  if (header.length === 0) throw new CliError(`${file} is empty`, 2);
  const rows = records.map((r) => r.cells);
  const columnOf = columnFinder(header);
  const col = columnOf(TEXT_COLUMNS);
  if (col === undefined) {
    throw new CliError(
      `${file} has no review/text/body/comment (评价内容) column (columns: ${header.map((h) => h.trim()).join(', ')})`,
      2,
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
 * A header cell is a name, not prose: a known column name, or at most 3 words and 30 characters
 * with no sentence end in it (! ? 。, a full stop before a space): "Order ID", "Stars, 1-5",
 * 订单编号. This keeps a review that starts with a column name ("Text, body and content all fine",
 * "Review, love it!") from being taken as a header and lost.
 */
const isHeaderCell = (cell: string) => {
  const name = cell.trim();
  return (
    KNOWN_COLUMNS.has(headerKey(name)) ||
    (name.length <= 30 &&
      name.split(/\s+/).filter(Boolean).length <= 3 &&
      !/[!?。！？…]|\.\s/.test(name))
  );
};

/**
 * Standard input has no file name to tell a table from plain lines (`cat reviews.csv | seller-radar
 * sentiment -`), and a .txt file may be Excel's "Unicode Text" export (tab-separated cells under a
 * header), so their first non-blank line decides: a header with a review/text/body column
 * (TEXT_COLUMNS), split by tabs if it has any and otherwise by semicolons or commas, whichever it
 * has more of (Excel writes semicolons where the decimal separator is a comma), makes it a table.
 * Every cell must look like a name (`isHeaderCell`) and one must be exactly a text column name,
 * so a line of one cell must be "review", "评价内容" or the like, which no real review is; anything
 * else is read as one review per line. Returns the delimiter, or null for plain lines.
 */
export function tableDelimiter(text: string): string | null {
  const first = firstLine(text);
  if (first === undefined) return null;
  const delimiter = first.includes('\t') ? '\t' : commaOrSemicolon(first);
  const cells = Papa.parse<string[]>(first, { delimiter }).data[0] ?? [];
  if (!cells.every(isHeaderCell)) return null;
  return columnFinder(cells)(TEXT_COLUMNS) === undefined ? null : delimiter;
}

/**
 * A .csv file's delimiter: the comma, or the semicolon of a European Excel's "CSV" export (where the
 * comma is the decimal separator), recognised from the first line as `tableDelimiter` does.
 */
function csvDelimiter(text: string): ',' | ';' {
  return commaOrSemicolon(firstLine(text) ?? '');
}

/** The first line with content, from its first non-space character, without a BOM or CR. */
function firstLine(text: string): string | undefined {
  return /^[^\S\n]*(\S[^\n]*)/m.exec(text.replace(/^\uFEFF/, ''))?.[1]?.replace(/\r$/, '');
}

/** Semicolons where a line has more of them than commas (a European Excel's CSV), else commas. */
function commaOrSemicolon(line: string): ',' | ';' {
  const count = (c: string) => line.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** The lines that hold something, without their CR. */
function contentLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.trim() !== '');
}

/**
 * One review per line, unless the text is plainly a tab-separated table whose header names no review
 * column (`Customer Review<TAB>Stars`): every line holds the same number of tabs. Read line by line, its
 * header would be scored as a review and each rating glued to its text, with exit 0; refused instead,
 * as a .csv without a review column is.
 */
const tabs = (line: string) => line.split('\t').length - 1;

function refuseHeaderlessTable(text: string, name: string): void {
  const lines = contentLines(text.replace(/^\uFEFF/, ''));
  if (lines.length < 2) return;
  const n = tabs(lines[0]!);
  if (n === 0 || !lines.every((l) => tabs(l) === n)) return;
  if (!lines[0]!.split('\t').every(isHeaderCell)) return;
  throw new CliError(
    `${name} looks like a tab-separated table but has no review column (columns: ${lines[0]!.split('\t').join(', ')}); name it review, text, body or 评价内容`,
    2,
  );
}

function fromLines(text: string): InputReview[] {
  return contentLines(text).map((line) => ({ text: line, rating: null, title: '' }));
}

/** The file types read, by lower-case extension; `-` (standard input) is read like .txt. */
const FILE_TYPES: Readonly<Record<string, 'lines' | ',' | '\t'>> = table({
  txt: 'lines',
  text: 'lines',
  csv: ',',
  tsv: '\t',
});

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { flags, positionals } = parseArgs(argv, ['format']);
  const format = flags.format ?? 'jsonl';
  if (format !== 'jsonl')
    throw new CliError(`unsupported --format ${String(format)} (only jsonl)`, 2);
  if (positionals.length > 1)
    throw new CliError('give one input file (or - for standard input)', 2);
  const file = positionals[0];
  // Checked before reading: a .json or .md file would decode fine and be classified line by line
  // (braces, markup) with exit 0. A name without an extension (/dev/stdin, <(...)) is read as .txt,
  // as `lint` reads it.
  const ext = file === undefined || file === '-' ? '' : (/\.([^./\\]+)$/.exec(file)?.[1] ?? '');
  const type = ext === '' ? 'lines' : FILE_TYPES[ext.toLowerCase()];
  if (type === undefined)
    throw new CliError(`${file}: unsupported file type .${ext} (use .txt, .csv or .tsv)`, 2);
  const text = readTextInput(file, io);
  const name = file === '-' ? 'standard input' : file!;
  const delimiter =
    type === 'lines' ? tableDelimiter(text) : type === ',' ? csvDelimiter(text) : type;
  if (delimiter === null) refuseHeaderlessTable(text, name);
  const reviews = delimiter === null ? fromLines(text) : fromTable(text, name, delimiter);
  if (reviews.length === 0) throw new CliError(`${name} has no reviews`, 2);
  if (type === 'lines' && delimiter !== null && !firstLine(text)!.includes(delimiter)) {
    // A .txt (or standard input) is one review per line unless its first line is a header: said on
    // stderr when that header is one word such as "review", so whoever reads the output knows why
    // there is one result fewer than lines. (After reading: unusable input gets its one line only.)
    io.stderr(
      `note: read the first line of ${name} ("${firstLine(text)!.trim()}") as a column header, not a review`,
    );
  }
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
