/**
 * `seller-radar lint [--market <market>] [--format json|text] [--lang en|zh] [--field title|description] <file>`
 * (DESIGN.md §8). Lints exported listings and prints one finding per line.
 *
 * Input:
 * - .txt: one listing text per line, linted as a title (so the market's title-length and character rules
 *   apply); `--field description` lints each line as a description instead. `line` = physical line number.
 * - .csv / .tsv: a header row (case-insensitive) with a title and/or description column (aliases: item_name,
 *   product_name, 商品标题, 标题 ...; product_description, 商品描述 ...), optionally bullets or
 *   bullet_point_1..n, tags/keywords (split on , ; ，) and brand. `line` = data row number: 1 is the first row
 *   after the header.
 * - .json: an array of listings `{title?, bullets?, description?, tags?, brand?}` (or strings, linted like
 *   .txt lines) or `{ "listings": [...] }`. `line` = 1-based position in the array.
 * - `-` reads standard input: JSON if it starts with [ or {, otherwise text lines.
 *
 * Output (json): `{line, ruleId, pack, severity, field, index?, start, end, match, message, suggestion}` per
 * finding. `message`/`suggestion` are `{en, zh}` objects by default; `--lang en|zh` prints plain strings in
 * that language. Offsets are UTF-16 offsets into the field (`field`, bullet/tag `index`).
 * Exit status: 1 if any error-level finding, 0 otherwise, 2 on bad usage or unusable input.
 */
import Papa from 'papaparse';
import { z } from 'zod';
import { lintListing } from '../compliance/lint';
import { MARKETS, type Market } from '../schemas/snapshot';
import type { Finding, ListingInput } from '../compliance/types';
import { CliError, parseArgs, readTextInput, type CliIO } from './io';

interface Row {
  line: number;
  input: ListingInput;
}

type Lang = 'en' | 'zh';

const TITLE_COLUMNS = [
  'title',
  'item_name',
  'item name',
  'product_name',
  'product name',
  'name',
  'listing title',
  'listing_title',
  '商品标题',
  '标题',
  '宝贝标题',
  '宝贝名称',
  '商品名称',
  'titulo',
  'título',
];
const DESCRIPTION_COLUMNS = [
  'description',
  'product_description',
  'product description',
  'desc',
  'body',
  '商品描述',
  '描述',
  '宝贝描述',
  'descripcion',
  'descripción',
];
const BULLETS_COLUMNS = [
  'bullets',
  'bullet_points',
  'bullet points',
  'key features',
  'key_features',
  '卖点',
];
const BULLET_N = /^bullet[ _-]?(?:point[ _-]?)?(\d+)$/;
const TAGS_COLUMNS = ['tags', 'keywords', 'search_terms', 'generic_keywords', '标签'];
const BRAND_COLUMNS = ['brand', 'brand_name', 'brand name', '品牌'];

function linesToRows(text: string, field: 'title' | 'description'): Row[] {
  const rows: Row[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') return;
    rows.push({ line: i + 1, input: { [field]: line } });
  });
  return rows;
}

function splitList(value: string, separators: RegExp): string[] {
  return value
    .split(separators)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function csvToRows(text: string, name: string, delimiter: string | undefined): Row[] {
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    ...(delimiter ? { delimiter } : {}),
  });
  const fatal = parsed.errors.find(
    (e) => e.type === 'Quotes' || e.code === 'UndetectableDelimiter',
  );
  if (fatal && parsed.data.length === 0) {
    throw new CliError(`cannot parse ${name}: ${fatal.message} (row ${(fatal.row ?? 0) + 1})`, 2);
  }
  const headers = (parsed.meta.fields ?? []).map((h) => ({ raw: h, key: h.trim().toLowerCase() }));
  const find = (names: string[]) => headers.find((h) => names.includes(h.key))?.raw;
  const title = find(TITLE_COLUMNS);
  const description = find(DESCRIPTION_COLUMNS);
  const bullets = find(BULLETS_COLUMNS);
  const bulletN = headers
    .map((h) => ({ raw: h.raw, n: Number(BULLET_N.exec(h.key)?.[1] ?? NaN) }))
    .filter((h) => !Number.isNaN(h.n))
    .toSorted((a, b) => a.n - b.n);
  const tags = find(TAGS_COLUMNS);
  const brand = find(BRAND_COLUMNS);
  if (!title && !description && !bullets && bulletN.length === 0) {
    const found = headers.map((h) => h.raw).join(', ') || 'none';
    throw new CliError(
      `${name} has no title or description column (looked for title, item_name, description, bullet_point_1 ...; found: ${found})`,
      2,
    );
  }
  return parsed.data.map((record, i) => {
    const input: ListingInput = {};
    const get = (col: string | undefined) => (col ? (record[col] ?? '').trim() : '');
    if (title && get(title)) input.title = get(title);
    if (description && get(description)) input.description = get(description);
    const bulletList = [
      ...(bullets && get(bullets) ? splitList(get(bullets), /\r?\n|\s\|\s/) : []),
      ...bulletN.map((b) => get(b.raw)).filter((s) => s !== ''),
    ];
    if (bulletList.length > 0) input.bullets = bulletList;
    if (tags && get(tags)) input.tags = splitList(get(tags), /[,;，；]/);
    if (brand && get(brand)) input.brand = get(brand);
    return { line: i + 1, input };
  });
}

const jsonListing = z.union([
  z.string(),
  z.object({
    title: z.string().optional(),
    bullets: z.array(z.string()).optional(),
    description: z.string().optional(),
    tags: z.array(z.string()).optional(),
    brand: z.string().optional(),
  }),
]);
const jsonInput = z.union([z.array(jsonListing), z.object({ listings: z.array(jsonListing) })]);

function jsonToRows(text: string, name: string, field: 'title' | 'description'): Row[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new CliError(`${name} is not valid JSON: ${(err as Error).message}`, 2);
  }
  const parsed = jsonInput.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CliError(
      `${name}: expected an array of listings {title, bullets, description, tags, brand} or {"listings": [...]}` +
        (issue ? ` (at ${issue.path.join('.') || 'top level'}: ${issue.message})` : ''),
      2,
    );
  }
  const list = Array.isArray(parsed.data) ? parsed.data : parsed.data.listings;
  return list.map((item, i) => ({
    line: i + 1,
    input: typeof item === 'string' ? { [field]: item } : item,
  }));
}

function formatText(file: string, line: number, f: Finding, lang: Lang): string {
  const where = f.index === undefined ? f.field : `${f.field}[${f.index}]`;
  return `${file}:${line}: ${f.severity.padEnd(7)} ${f.ruleId}  ${where} ${f.start}-${f.end} "${f.match}": ${f.message[lang]} → ${f.suggestion[lang]}`;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { flags, positionals } = parseArgs(argv, ['market', 'format', 'lang', 'field']);
  const market = flags.market as string | undefined;
  if (market !== undefined && !(MARKETS as readonly string[]).includes(market)) {
    throw new CliError(`unknown market "${market}" (use one of: ${MARKETS.join(', ')})`, 2);
  }
  const format = (flags.format as string | undefined) ?? 'json';
  if (format !== 'json' && format !== 'text')
    throw new CliError(`--format must be json or text`, 2);
  const lang = flags.lang as string | undefined;
  if (lang !== undefined && lang !== 'en' && lang !== 'zh')
    throw new CliError(`--lang must be en or zh`, 2);
  const field = (flags.field as string | undefined) ?? 'title';
  if (field !== 'title' && field !== 'description') {
    throw new CliError(`--field must be title or description`, 2);
  }
  if (positionals.length !== 1) {
    throw new CliError(
      positionals.length === 0
        ? 'missing input file (use - for standard input)'
        : 'expected exactly one input file',
      2,
    );
  }
  const file = positionals[0]!;
  const text = readTextInput(file, io);
  const name = file === '-' ? 'standard input' : file;
  const ext = file === '-' ? '' : (/\.([^./\\]+)$/.exec(file)?.[1] ?? '').toLowerCase();

  let rows: Row[];
  if (ext === 'csv') rows = csvToRows(text, name, undefined);
  else if (ext === 'tsv' || ext === 'tab') rows = csvToRows(text, name, '\t');
  else if (ext === 'json' || (file === '-' && /^\s*[[{]/.test(text)))
    rows = jsonToRows(text, name, field);
  else if (ext === 'txt' || ext === '' || file === '-') rows = linesToRows(text, field);
  else throw new CliError(`unsupported file type ".${ext}" (use .txt, .csv, .tsv or .json)`, 2);

  const opts = market ? { market: market as Market } : {};
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const row of rows) {
    for (const f of lintListing(row.input, opts)) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else infos++;
      if (format === 'text') {
        io.stdout(formatText(name, row.line, f, (lang as Lang | undefined) ?? 'en'));
        continue;
      }
      io.stdout(
        JSON.stringify({
          line: row.line,
          ruleId: f.ruleId,
          pack: f.pack,
          severity: f.severity,
          field: f.field,
          ...(f.index !== undefined ? { index: f.index } : {}),
          start: f.start,
          end: f.end,
          match: f.match,
          message: lang ? f.message[lang as Lang] : f.message,
          suggestion: lang ? f.suggestion[lang as Lang] : f.suggestion,
        }),
      );
    }
  }
  if (format === 'text') {
    io.stdout(
      `${rows.length} listing${rows.length === 1 ? '' : 's'}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info`,
    );
  }
  return errors > 0 ? 1 : 0;
}
