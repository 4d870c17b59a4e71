/**
 * `seller-radar sentiment [--format jsonl] <file>` (DESIGN.md §8): one JSON line per review, in input
 * order: {label, score, lang, aspects: [{aspect, polarity, start, end}]}.
 *
 * Input: .txt (one review per line; blank lines are not reviews and are skipped), .csv or .tsv with a
 * review/text/body column (header matched case-insensitively) and optionally a rating/stars column,
 * or `-` for standard input read as .txt.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { createClassifier } from '../sentiment/classifier';
import type { SentimentModelJson } from '../sentiment/model';
import { CliError, parseArgs, readTextInput, type CliIO } from './io';

const TEXT_COLUMNS = ['review', 'reviews', 'text', 'body', 'review_text', 'review_body'];
const RATING_COLUMNS = ['rating', 'stars', 'star_rating', 'score'];

interface InputReview {
  text: string;
  rating: number | null;
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
  const names = header.map((h) => h.trim().toLowerCase());
  const col = TEXT_COLUMNS.map((c) => names.indexOf(c)).find((i) => i !== -1);
  if (col === undefined) {
    throw new CliError(
      `${file} has no review/text/body column (columns: ${header.map((h) => h.trim()).join(', ')})`,
    );
  }
  const ratingCol = RATING_COLUMNS.map((c) => names.indexOf(c)).find((i) => i !== -1);
  return rows.map((row) => {
    const rating = ratingCol === undefined ? NaN : Number.parseFloat(row[ratingCol] ?? '');
    return { text: row[col] ?? '', rating: Number.isFinite(rating) ? rating : null };
  });
}

function fromLines(text: string): InputReview[] {
  return text
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.trim() !== '')
    .map((line) => ({ text: line, rating: null }));
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
  const reviews = lower.endsWith('.csv')
    ? fromTable(text, file!, ',')
    : lower.endsWith('.tsv')
      ? fromTable(text, file!, '\t')
      : fromLines(text);
  if (reviews.length === 0) throw new CliError(`${file} has no reviews`);
  const clf = createClassifier(loadModelJson());
  for (const r of reviews) {
    const { label, score, lang, aspects } = clf.classify(r.text, { rating: r.rating });
    io.stdout(JSON.stringify({ label, score, lang, aspects }));
  }
  return 0;
}
