/** Shared plumbing of the CLI commands: typed errors, argument parsing, input reading. */
import { readFileSync } from 'node:fs';
import { byteOrderMark, decodeOrExplain, ENCODING_LABEL } from './encoding';

/**
 * An error the CLI reports as one clear line on stderr, exiting with `exitCode`. Every command exits
 * 2 for input it cannot use (usage, unreadable or empty file, malformed content), so a script can tell
 * that apart from a command's own 1 (`lint`: error-level findings; `parse`: a known page whose layout
 * could not be read) and from 3 (`parse`: a blocked page).
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export interface CliIO {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  /** Reads standard input (for `-`). */
  readStdin: () => Buffer;
}

export interface ParsedArgs {
  flags: Record<string, string | true>;
  positionals: string[];
}

/**
 * Parses `--name value`, `--name=value` and bare `--flag` (for names in `booleanFlags`).
 * Unknown flags are an error so a typo never silently changes a result.
 */
export function parseArgs(
  argv: string[],
  valueFlags: readonly string[],
  booleanFlags: readonly string[] = [],
): ParsedArgs {
  const flags: Record<string, string | true> = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    // "-x": no command has short options; not a file name either.
    if (!arg.startsWith('--')) throw new CliError(`unknown option ${arg}`, 2);
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    if (booleanFlags.includes(name)) {
      // "--json=false" must not mean --json.
      if (eq !== -1) throw new CliError(`option --${name} takes no value`, 2);
      flags[name] = true;
      continue;
    }
    if (!valueFlags.includes(name)) throw new CliError(`unknown option --${name}`, 2);
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '')
      throw new CliError(`option --${name} needs a value`, 2);
    flags[name] = value;
  }
  return { flags, positionals };
}

/**
 * Reads a file (or stdin for `-`) as text: UTF-8, UTF-16 with a byte-order mark (Excel's "Unicode
 * Text"), or GB18030/Big5 when the bytes identify them (Excel's "CSV" on Chinese Windows; see
 * ./encoding.ts). Refuses empty input and anything else (a lossy decode would silently corrupt
 * Chinese listings and reviews), saying what it is when it can: Latin-1 (Windows-1252) text, or bytes
 * that read both as Chinese and as Latin-1.
 */
export interface ReadOptions {
  /** Exit code for input that cannot be read or is empty (default 2, as for all unusable input). */
  exitCode?: number;
}

export function readTextInput(
  file: string | undefined,
  io: CliIO,
  { exitCode = 2 }: ReadOptions = {},
): string {
  if (!file) throw new CliError('missing input file (use - for standard input)', 2);
  let buf: Buffer;
  try {
    buf = file === '-' ? io.readStdin() : readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT'
        ? `cannot read ${file}: no such file`
        : code === 'EISDIR'
          ? `cannot read ${file}: it is a directory`
          : `cannot read ${file}: ${(err as Error).message}`,
      exitCode,
    );
  }
  const name = file === '-' ? 'standard input' : file;
  if (buf.length === 0) throw new CliError(`${name} is empty`, exitCode);
  const decoded = decodeOrExplain(buf);
  const toUtf8 = `save it as UTF-8, e.g. Excel's "CSV UTF-8"`;
  if ('reason' in decoded) {
    throw new CliError(
      byteOrderMark(buf)?.encoding.startsWith('utf-16')
        ? `${name} is not valid UTF-16 text (${toUtf8})`
        : decoded.reason === 'latin-1'
          ? `${name} is Latin-1 (Windows-1252) text, e.g. "${decoded.sample}", not UTF-8 (${toUtf8})`
          : decoded.reason === 'ambiguous'
            ? `${name} is not UTF-8 and reads both as ${ENCODING_LABEL[decoded.encoding]} ("${decoded.sample}") and as Latin-1 (Windows-1252) ("${decoded.latinSample}") text (${toUtf8})`
            : `${name} is not valid UTF-8 text, nor recognisably GB18030 (GBK) or Big5 (${toUtf8})`,
      exitCode,
    );
  }
  // NUL characters never occur in text: UTF-16 without a byte-order mark decodes as "valid" UTF-8
  // with a NUL after every ASCII letter, and would be linted or classified as garbage.
  const nul = decoded.text.indexOf('\u0000');
  if (nul !== -1) {
    const nuls = decoded.text.split('\u0000').length - 1;
    throw new CliError(
      byteOrderMark(buf)?.encoding.startsWith('utf-16')
        ? `${name} is not valid UTF-16 text (${toUtf8})`
        : nuls * 4 >= decoded.text.length
          ? `${name} is not valid UTF-8 text: it looks like UTF-16 without a byte-order mark (${toUtf8})`
          : `${name} is not valid UTF-8 text: it has a NUL character on line ${lineAt(decoded.text, nul)}, which text never has (a binary or damaged file?)`,
      exitCode,
    );
  }
  const { text, encoding } = decoded;
  // Said on stderr, so the JSON on stdout stays machine-readable.
  if (encoding === 'gb18030' || encoding === 'big5')
    io.stderr(`note: read ${name} as ${ENCODING_LABEL[encoding]} text`);
  if (text.trim() === '') throw new CliError(`${name} is empty`, exitCode);
  // Old Mac line endings (a lone CR) end a line as well; offsets are unchanged (one character each).
  return text.replace(/\r(?!\n)/g, '\n');
}

/** 1-based line of a UTF-16 offset into `text`. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * What a papaparse error means to a user who knows quotes, not papaparse's codes. Papaparse reads on
 * after a bad quote (merging the rows after an unterminated one into one cell), so `lint` and
 * `sentiment` refuse the file with this, never lint or classify merged rows.
 */
export function csvProblem(error: { code: string; message: string }): string {
  if (error.code === 'MissingQuotes') return 'unterminated quote';
  if (error.code === 'InvalidQuotes')
    return 'malformed quoted cell (text after its closing quote; write a quote inside a cell as "")';
  return error.message.toLowerCase();
}
