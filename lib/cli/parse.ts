/**
 * `seller-radar parse --url <page-url> [--at <ISO-8601 time>] <file.html>` (DESIGN.md §8)
 *
 * Parses a saved page with the parser the URL selects and prints ONE PageSnapshot as single-line JSON on
 * stdout, so outputs can be appended to a .jsonl file and replayed with `seller-radar alerts`.
 * capturedAt = --at verbatim (an ISO-8601 date-time with a time zone, e.g. 2024-03-03T10:00:00Z), else now.
 * `-` reads the page from standard input. The Document is built with linkedom, the same DOM-API subset the
 * content scripts use in the browser.
 *
 * Exit codes (one clear line on stderr for each failure):
 *   0  snapshot printed (it may carry `warnings`; a known page with zero records still prints)
 *   1  failed: the page is one we know but its layout could not be read
 *   2  usage or input: missing/unknown option, bad --url or --at, a page we do not support, or a file
 *      that is unreadable, empty or not HTML
 *   3  blocked: a CAPTCHA, robot check or sign-in page was saved instead of the page (nothing to parse)
 */
import { parseHTML } from 'linkedom';
import { z } from 'zod';
import { parseDocument, toUrl } from '../markets/index';
import { CliError, parseArgs, readTextInput, type CliIO } from './io';

export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
export const EXIT_BLOCKED = 3;

const isoDateTime = z.iso.datetime({ offset: true });

/** Validates --at with the snapshot schema's date-time rule (zod also rejects dates like Feb 30). */
export function checkCapturedAt(at: string): string {
  if (!isoDateTime.safeParse(at).success || Number.isNaN(Date.parse(at))) {
    throw new CliError(
      `--at "${at}" is not an ISO-8601 date-time with a time zone (e.g. 2024-03-03T10:00:00Z)`,
      EXIT_USAGE,
    );
  }
  return at;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { flags, positionals } = parseArgs(argv, ['url', 'at']);
  const urlFlag = flags.url;
  if (typeof urlFlag !== 'string') throw new CliError('missing --url <page-url>', EXIT_USAGE);
  const url = toUrl(urlFlag);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new CliError(`--url "${urlFlag}" is not an http(s) URL`, EXIT_USAGE);
  }
  if (positionals.length > 1) {
    throw new CliError(`expected one input file, got ${positionals.length}`, EXIT_USAGE);
  }
  const capturedAt =
    typeof flags.at === 'string' ? checkCapturedAt(flags.at) : new Date().toISOString();
  const html = readTextInput(positionals[0], io);
  const { document } = parseHTML(html);
  // Text, JSON or a bare doctype builds no element at all; every parser needs one.
  if (!document.documentElement) {
    throw new CliError(
      `${positionals[0] === '-' ? 'standard input' : positionals[0]} is not an HTML page`,
      EXIT_USAGE,
    );
  }
  const outcome = parseDocument(document as unknown as Document, url, capturedAt);
  switch (outcome.kind) {
    case 'snapshot':
      io.stdout(JSON.stringify(outcome.snapshot));
      return 0;
    case 'unsupported':
      throw new CliError(`unsupported page: no parser for ${outcome.url}`, EXIT_USAGE);
    case 'blocked':
      throw new CliError(
        `blocked page: ${outcome.match.market} ${outcome.match.pageType} URL served a ${outcome.reason} page instead of the content`,
        EXIT_BLOCKED,
      );
    case 'failed':
      throw new CliError(
        `parse failed (${outcome.parser.id} v${outcome.parser.version}): ${outcome.error}`,
        EXIT_FAILED,
      );
  }
}
