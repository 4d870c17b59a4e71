/**
 * `seller-radar lint [--market <market>] [--format json|text] [--lang en|zh] [--field title|description] <file>`
 * (DESIGN.md §8). Lints exported listings and prints one finding per line.
 *
 * Input:
 * - .txt: one listing text per line, linted as a title (so the market's title-length and character rules
 *   apply); `--field description` lints each line as a description instead. `line` = physical line number.
 * - .csv / .tsv: a header row with a title and/or description column (aliases: item_name, product_name,
 *   商品标题, 标题 ...; product_description, 商品描述 ...; `text`, linted like a .txt line), optionally
 *   bullets or bullet_point_1..n, tags/keywords (split on , ; ，) and brand. Names are compared folded: case,
 *   full-width, accents and Traditional characters (商品標題 is 商品标题). `line` = the physical line the
 *   row's record starts on, as an editor numbers it (the header is line 1; blank lines and line breaks
 *   inside quoted cells count), the same numbers the errors use. Malformed quoting or a row with more
 *   cells than the header is an error naming its line, never rows silently merged or cut (a row with
 *   fewer has empty cells). Read by ./table.ts, as `sentiment` reads its tables.
 * - .json: an array of listings (objects with the same field names as the CSV columns, e.g. `{title?,
 *   bullets?, description?, tags?, brand?}` or `{text}`; or strings, linted like .txt lines) or
 *   `{ "listings": [...] }`. `line` = 1-based position in the array. An object with none of these fields,
 *   or a field of the wrong type, is an error naming its path.
 * - `-` reads standard input, judged from its content: CSV/TSV if the first line names a title or
 *   description column, JSON if it starts with [ or { and parses as JSON, otherwise text lines.
 *
 * Output (json): `{line, ruleId, pack, severity, field, index?, start, end, match, message, suggestion}` per
 * finding. `message`/`suggestion` are `{en, zh}` objects by default; `--lang en|zh` prints plain strings in
 * that language. Offsets are UTF-16 offsets into the field (`field`, bullet/tag `index`).
 * Exit status: 1 if any error-level finding, 0 otherwise, 2 on bad usage or unusable input (missing,
 * unreadable, empty, binary or malformed).
 */
import { lintListing } from '../compliance/lint';
import { normalizeTerm } from '../compliance/normalize';
import { MARKETS, type Market } from '../schemas/snapshot';
import type { Finding, ListingInput } from '../compliance/types';
import { CliError, parseArgs, readTextInput, type CliIO } from './io';
import { readTable } from './table';

interface Row {
  line: number;
  input: ListingInput;
}

type Lang = 'en' | 'zh';
type TextField = 'title' | 'description';

/**
 * Column (CSV) and key (JSON) names, compared in the rule matcher's folded form (case, full-width, accents,
 * and Traditional → Simplified with the same OpenCC table): a Taiwanese export's 商品標題 is 商品标题.
 */
const folded = (list: string[]): ReadonlySet<string> => new Set(list.map(normalizeTerm));

const TITLE_COLUMNS = folded([
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
]);
const DESCRIPTION_COLUMNS = folded([
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
]);
/** One listing text of no stated field, linted like a .txt line (the repo's own fixtures use `text`). */
const TEXT_COLUMNS = folded(['text']);
const BULLETS_COLUMNS = folded([
  'bullets',
  'bullet_points',
  'bullet points',
  'key features',
  'key_features',
  '卖点',
]);
const BULLET_N = /^bullet[ _-]?(?:point[ _-]?)?(\d+)$/;
const TAGS_COLUMNS = folded(['tags', 'keywords', 'search_terms', 'generic_keywords', '标签']);
const BRAND_COLUMNS = folded(['brand', 'brand_name', 'brand name', '品牌']);
const BULLET_SEPARATORS = /\r?\n|\s\|\s/;
const TAG_SEPARATORS = /[,;，；]/;

/** Positions in a header row (or a JSON object's keys) of the fields a listing has; the first name wins. */
interface Columns {
  title: number | undefined;
  text: number | undefined;
  description: number | undefined;
  bullets: number | undefined;
  /** bullet_point_1..n, in number order. */
  bulletN: number[];
  tags: number | undefined;
  brand: number | undefined;
}

function findColumns(names: readonly string[]): Columns {
  const keys = names.map(normalizeTerm);
  const find = (set: ReadonlySet<string>) => {
    const i = keys.findIndex((k) => set.has(k));
    return i === -1 ? undefined : i;
  };
  return {
    title: find(TITLE_COLUMNS),
    text: find(TEXT_COLUMNS),
    description: find(DESCRIPTION_COLUMNS),
    bullets: find(BULLETS_COLUMNS),
    bulletN: keys
      .map((k, i) => ({ i, n: Number(BULLET_N.exec(k)?.[1] ?? NaN) }))
      .filter((b) => !Number.isNaN(b.n))
      .toSorted((a, b) => a.n - b.n)
      .map((b) => b.i),
    tags: find(TAGS_COLUMNS),
    brand: find(BRAND_COLUMNS),
  };
}

/** Whether the columns include a listing text (tags and brand alone are not a listing export). */
function hasTextColumn(c: Columns): boolean {
  return (
    c.title !== undefined ||
    c.text !== undefined ||
    c.description !== undefined ||
    c.bullets !== undefined ||
    c.bulletN.length > 0
  );
}

function linesToRows(text: string, field: TextField): Row[] {
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

function csvToRows(
  text: string,
  name: string,
  delimiter: string | undefined,
  field: TextField,
): Row[] {
  const { header: headers, records } = readTable(text, name, delimiter);
  const c = findColumns(headers);
  if (!hasTextColumn(c)) {
    const found = headers.join(', ') || 'none';
    throw new CliError(
      `${name} has no title or description column (looked for title, item_name, description, bullet_point_1 ...; found: ${found})`,
      2,
    );
  }
  if (records.length === 0) throw new CliError(`${name} has no listings (only a header row)`, 2);
  return records.map(({ cells: record, line }) => {
    const input: ListingInput = {};
    const get = (col: number | undefined) => (col === undefined ? '' : (record[col] ?? '').trim());
    if (get(c.title)) input.title = get(c.title);
    if (get(c.description)) input.description = get(c.description);
    if (get(c.text) && input[field] === undefined) input[field] = get(c.text);
    const bulletList = [
      ...(get(c.bullets) ? splitList(get(c.bullets), BULLET_SEPARATORS) : []),
      ...c.bulletN.map((b) => get(b)).filter((s) => s !== ''),
    ];
    if (bulletList.length > 0) input.bullets = bulletList;
    if (get(c.tags)) input.tags = splitList(get(c.tags), TAG_SEPARATORS);
    if (get(c.brand)) input.brand = get(c.brand);
    return { line, input };
  });
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `listings[1].title`, or `[0]["item name"]` for a key that is not an identifier. */
const keyPath = (base: string, key: string) =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? `${base}.${key}` : `${base}[${JSON.stringify(key)}]`;

/** One listing object: the CSV's field names; null counts as absent; wrong types are an error. */
function jsonListing(
  obj: Record<string, unknown>,
  path: string,
  name: string,
  field: TextField,
): ListingInput {
  const keys = Object.keys(obj);
  const c = findColumns(keys);
  if (!hasTextColumn(c) && c.tags === undefined) {
    throw new CliError(
      `${name}: ${path} has no title, description, bullets, tags or text field (${keys.length > 0 ? `its keys: ${keys.join(', ')}` : 'it is empty'})`,
      2,
    );
  }
  const fail = (at: string, expected: string, v: unknown) =>
    new CliError(`${name}: ${at}: expected ${expected}, not ${describe(v)}`, 2);
  const str = (col: number | undefined): string | undefined => {
    if (col === undefined) return undefined;
    const v = obj[keys[col]!];
    if (v === null || v === undefined) return undefined;
    if (typeof v !== 'string') throw fail(keyPath(path, keys[col]!), 'a string', v);
    return v;
  };
  const list = (col: number | undefined, separators: RegExp): string[] => {
    if (col === undefined) return [];
    const at = keyPath(path, keys[col]!);
    const v = obj[keys[col]!];
    if (v === null || v === undefined) return [];
    // A CSV export converted to JSON keeps the column's one string.
    if (typeof v === 'string') return splitList(v, separators);
    if (!Array.isArray(v)) throw fail(at, 'an array of strings', v);
    v.forEach((s: unknown, k) => {
      if (typeof s !== 'string') throw fail(`${at}[${k}]`, 'a string', s);
    });
    return v as string[];
  };
  const input: ListingInput = {};
  const title = str(c.title);
  if (title !== undefined) input.title = title;
  const description = str(c.description);
  if (description !== undefined) input.description = description;
  const text = str(c.text);
  if (text !== undefined && input[field] === undefined) input[field] = text;
  const bullets = [
    ...list(c.bullets, BULLET_SEPARATORS),
    ...c.bulletN.map(str).filter((s) => s !== undefined),
  ];
  if (bullets.length > 0) input.bullets = bullets;
  const tags = list(c.tags, TAG_SEPARATORS);
  if (tags.length > 0) input.tags = tags;
  const brand = str(c.brand);
  if (brand !== undefined) input.brand = brand;
  return input;
}

function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new CliError(`${name} is not valid JSON: ${(err as Error).message}`, 2);
  }
}

function jsonToRows(data: unknown, name: string, field: TextField): Row[] {
  const wrapped = isRecord(data) && 'listings' in data;
  const list: unknown = wrapped ? data.listings : data;
  if (wrapped && !Array.isArray(list))
    throw new CliError(`${name}: listings: expected an array, not ${describe(list)}`, 2);
  if (!Array.isArray(list)) {
    throw new CliError(
      `${name}: expected an array of listings {title, bullets, description, tags, brand} or {"listings": [...]}, not ${describe(data)}` +
        (isRecord(data) ? ` with keys: ${Object.keys(data).join(', ') || 'none'}` : ''),
      2,
    );
  }
  return list.map((item: unknown, i) => {
    const path = `${wrapped ? 'listings' : ''}[${i}]`;
    if (typeof item === 'string') return { line: i + 1, input: { [field]: item } };
    if (!isRecord(item)) {
      throw new CliError(
        `${name}: ${path}: expected a listing object or a string, not ${describe(item)}`,
        2,
      );
    }
    return { line: i + 1, input: jsonListing(item, path, name, field) };
  });
}

type Sniffed =
  | { kind: 'csv'; delimiter: string | undefined }
  | { kind: 'json'; data: unknown }
  | { kind: 'lines' };

/** Looks like the start of a JSON document, not a title such as "[2-Pack] ...". */
const JSON_START = /^\s*(?:\{\s*["}]|\[\s*[[{"\]]|[[{]\s*(?:\n|$))/;

/**
 * What standard input holds, read from its content as a file's is from its extension: a CSV/TSV export
 * when the first line is a header naming a title or description column, JSON when it starts with [ or {
 * and parses, otherwise one listing per line (Amazon titles often start with "[2-Pack]" or "[NEW]").
 */
function sniffStdin(text: string, io: CliIO): Sniffed {
  if (/^\s*[[{]/.test(text)) {
    try {
      return { kind: 'json', data: JSON.parse(text) as unknown };
    } catch (err) {
      // Said on stderr, so a broken JSON export linted line by line is not mistaken for a clean one.
      if (JSON_START.test(text)) {
        io.stderr(
          `note: standard input looks like JSON but does not parse (${(err as Error).message}); linting it as one listing per line`,
        );
      }
      return { kind: 'lines' };
    }
  }
  return sniffTable(text) ?? { kind: 'lines' };
}

/**
 * A table under a header naming a title or description column (宝贝名称, item_name, …), split by
 * commas, tabs or semicolons, whichever gives the header more cells: how standard input and a .txt
 * file are told from one listing per line. A .txt may be Excel's "Unicode Text" export (tab-separated,
 * UTF-16): read line by line, its header was linted as a listing and its description cells as titles.
 */
function sniffTable(text: string): { kind: 'csv'; delimiter: string | undefined } | null {
  // The first line with content, as papaparse skips blank lines before the header.
  const first = (/^.*\S.*$/m.exec(text)?.[0] ?? '').replace(/\r$/, '');
  let best: { delimiter: string; cells: number } | undefined;
  for (const delimiter of [',', '\t', ';']) {
    const cells = first.split(delimiter).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
    if (!hasTextColumn(findColumns(cells))) continue;
    if (!best || cells.length > best.cells) best = { delimiter, cells: cells.length };
  }
  if (!best) return null;
  // One column: no delimiter in the header, so read it as csvToRows reads such a file.
  return { kind: 'csv', delimiter: best.cells > 1 ? best.delimiter : undefined };
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
  // Unusable input exits 2 (io.ts): a CI script must tell it from error-level findings (1).
  const text = readTextInput(file, io);
  const name = file === '-' ? 'standard input' : file;
  const ext = file === '-' ? '' : (/\.([^./\\]+)$/.exec(file)?.[1] ?? '').toLowerCase();

  let rows: Row[];
  if (file === '-') {
    const sniffed = sniffStdin(text, io);
    rows =
      sniffed.kind === 'csv'
        ? csvToRows(text, name, sniffed.delimiter, field)
        : sniffed.kind === 'json'
          ? jsonToRows(sniffed.data, name, field)
          : linesToRows(text, field);
  } else if (ext === 'csv') rows = csvToRows(text, name, undefined, field);
  else if (ext === 'tsv' || ext === 'tab') rows = csvToRows(text, name, '\t', field);
  else if (ext === 'json') rows = jsonToRows(parseJson(text, name), name, field);
  else if (ext === 'txt' || ext === '') {
    // Not JSON-sniffed like standard input: a title may well start with "[" ("[2 Pack] USB cable").
    const table = sniffTable(text);
    rows = table ? csvToRows(text, name, table.delimiter, field) : linesToRows(text, field);
  } else throw new CliError(`unsupported file type ".${ext}" (use .txt, .csv, .tsv or .json)`, 2);

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
      lang === 'zh'
        ? `共 ${rows.length} 条商品：${errors} 个错误，${warnings} 个警告，${infos} 条提示`
        : `${rows.length} listing${rows.length === 1 ? '' : 's'}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info`,
    );
  }
  return errors > 0 ? 1 : 0;
}
