/**
 * The one CSV/TSV reader of the CLI (`lint` and `sentiment`), on papaparse. It refuses, with one line
 * naming the file and the line, what papaparse would otherwise "recover" from by changing the text:
 * an unterminated or malformed quote (papaparse merges every later row into one cell) and a row with
 * more cells than the header (papaparse keeps them, and a reader taking cell 2 would read half a
 * review). A row with fewer cells loses nothing: the missing cells are empty.
 *
 * Every record carries the physical line it starts on (1-based, what an editor shows, counting blank
 * lines and the line breaks inside quoted cells), so findings and errors name the same lines.
 */
import Papa from 'papaparse';
import { CliError, csvProblem, lineAt } from './io';

export interface TableRecord {
  cells: string[];
  /** The physical line (1-based) the record starts on. */
  line: number;
}

export interface Table {
  header: string[];
  records: TableRecord[];
}

/**
 * The delimiter the rows are split with. A header line with no delimiter in it is one column: a
 * comma in a row is then part of its text (a review "Looks nice, but it broke"), not a second cell
 * (readTextInput refuses NUL characters, so "\u0000" never splits anything). `undefined` lets
 * papaparse choose among the header's delimiters.
 */
function rowDelimiter(text: string, delimiter: string | undefined): string | undefined {
  const headerLine = /^.*\S.*$/m.exec(text)?.[0] ?? '';
  if (delimiter === undefined) return /[,\t;|]/.test(headerLine) ? undefined : '\u0000';
  return headerLine.includes(delimiter) ? delimiter : '\u0000';
}

/**
 * Reads `text` (a whole CSV/TSV file) as a header row and records. `name` is the file as named in
 * errors. Throws a CliError (exit 2) on malformed quoting and on a row with more cells than the header.
 */
export function readTable(text: string, name: string, delimiter?: string): Table {
  const delim = rowDelimiter(text, delimiter);
  let header: string[] | undefined;
  const records: TableRecord[] = [];
  let failure: string | undefined;
  let end = 0;
  // Lines counted incrementally (records come in order), so a long file is not rescanned per row.
  let countedTo = 0;
  let countedLine = 1;
  const lineOf = (offset: number) => {
    for (
      let i = text.indexOf('\n', countedTo);
      i !== -1 && i < offset;
      i = text.indexOf('\n', i + 1)
    )
      countedLine++;
    countedTo = Math.max(countedTo, offset);
    return countedLine;
  };
  /** Where the record after `from` starts, past the blank lines papaparse skips. */
  const recordLine = (from: number, d: string) => {
    let p = from;
    while (p < text.length) {
      const nl = text.indexOf('\n', p);
      const stop = nl === -1 ? text.length : nl;
      if (
        text
          .slice(p, stop)
          .split(d)
          .some((cell) => cell.trim() !== '')
      )
        break;
      p = stop + 1;
    }
    return lineOf(p);
  };
  // Row by row, so an error can name the line it is on; any error stops the run.
  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    ...(delim ? { delimiter: delim } : {}),
    step: (result, parser) => {
      const start = end;
      end = result.meta.cursor;
      const cells = result.data;
      // Papaparse could not choose among the header's delimiters and fell back to ",": the header's
      // columns then show whether that was right (a wrong guess finds no column the caller wants).
      const error = result.errors.find((e) => e.code !== 'UndetectableDelimiter');
      if (error) {
        const line =
          error.index === undefined
            ? recordLine(start, result.meta.delimiter)
            : lineAt(text, error.index);
        failure = `${name} line ${line}: ${csvProblem(error)}`;
      } else if (!header) {
        header = cells;
        recordLine(start, result.meta.delimiter);
        return;
      } else if (cells.length > header.length) {
        const d = result.meta.delimiter === '\t' ? 'tab' : `"${result.meta.delimiter}"`;
        failure =
          `${name} line ${recordLine(start, result.meta.delimiter)}: ${cells.length} cells, but the header has ${header.length}` +
          ` (quote a cell that contains a ${d})`;
      } else {
        records.push({ cells, line: recordLine(start, result.meta.delimiter) });
        return;
      }
      parser.abort();
    },
  });
  if (failure) throw new CliError(failure, 2);
  return { header: header ?? [], records };
}
