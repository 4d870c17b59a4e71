/** CLI entry: dispatches `seller-radar <command>` (DESIGN.md §8). Commands load lazily to keep start-up fast. */
import { table } from '../lookup';
import { readFileSync } from 'node:fs';
import { CliError, type CliIO } from './io';

type Command = (argv: string[], io: CliIO) => Promise<number>;

const commands: Readonly<Record<string, () => Promise<Command>>> = table({
  parse: async () => (await import('./parse')).run,
  alerts: async () => (await import('./alerts')).run,
  lint: async () => (await import('./lint')).run,
  sentiment: async () => (await import('./sentiment')).run,
  bench: async () => (await import('./bench')).run,
});

const USAGE = `usage: seller-radar <command> [options]

  parse --url <page-url> [--at <ISO-8601 time>] <file.html>
  alerts [--settings <settings.json>] [--lang en|zh] <snapshots.jsonl>
  lint [--market <market>] [--format json|text] [--lang en|zh] [--field title|description] <file>
  sentiment [--format jsonl] <file>
  bench [--json] [--suite <name>]

Reading from - means standard input. Files: UTF-8, UTF-16 with a BOM, GB18030 (GBK) or Big5.
Exit status: 0 done; 2 a usage error or unusable input (one line on stderr); lint 1 = error-level
findings; parse 1 = a known page whose layout could not be read, 3 = a CAPTCHA/sign-in page.
seller-radar <command> --help describes one command.`;

/** MARKETS (lib/schemas/snapshot) written out: importing the schema would load zod at every start-up. */
const MARKET_LIST = 'amazon, ebay, etsy, walmart, shopee, mercadolibre, taobao, jd, pinduoduo';

/** `seller-radar <command> --help`: what the command reads, its options and its exit status. */
const HELP: Readonly<Record<string, string>> = table({
  parse: `usage: seller-radar parse --url <page-url> [--at <ISO-8601 time>] <file.html | ->

Reads a saved marketplace page and prints one PageSnapshot as a line of JSON (append the lines to a
.jsonl file and replay them with \`alerts\`). The URL picks the parser.
  --url <page-url>   the address the page was saved from, e.g. https://www.amazon.com/dp/B0057OC5O8
  --at <time>        when it was captured (ISO-8601 with a time zone, e.g. 2024-03-03T10:00:00Z); default now
Exit status: 0 snapshot printed (it may carry warnings); 1 a page we know whose layout could not be
read; 2 a usage error, an unreadable/empty/non-HTML file or a page no parser supports; 3 a CAPTCHA,
robot-check or sign-in page was saved instead of the page.`,
  alerts: `usage: seller-radar alerts [--settings <settings.json>] [--lang en|zh] <snapshots.jsonl | ->

Replays PageSnapshots (one JSON line each, e.g. outputs of \`parse\`, in capture order) through the alert
engine and prints every alert raised, one JSON line each.
  --settings <file>  JSON, every key optional: ownSellers (your seller names/ids), floors and costs
                     ({"<productKey or SKU>": {"amount": 7.5, "currency": "USD"}}), thresholds, rates
                     ({"USD/EUR": 0.92}), channelGroups; an unknown key is an error, and a floor
                     or cost key that no replayed listing answers to is named on standard error
  --lang en|zh       the language of message and nextStep (default: the settings' language, else en)
Exit status: 0 done (alerts or none); 2 a usage error or unusable input (bad JSON line, invalid
snapshot or settings).`,
  lint: `usage: seller-radar lint [--market <market>] [--format json|text] [--lang en|zh] [--field title|description] <file | ->

Checks listings against the compliance rules (China's Advertising Law words, medical and pesticide
claims, each marketplace's title rules).
  file               .txt (one listing per line, or a table under a header), .csv/.tsv (a title and/or
                     description column: title, item_name, 宝贝名称, 商品标题, description, 宝贝描述 ...), .json
  --market <market>  one of ${MARKET_LIST}; without it, the claim rules only
                     (Advertising Law words in Chinese text, medical/pesticide/promotional claims),
                     no market's title-length or format checks
  --format json|text one JSON line per finding (default), or file:line lines and a summary; line is
                     the physical line the listing starts on (header = 1), its position in a .json
  --lang en|zh       messages in one language (default: both)
  --field title|description  what a line of a .txt file is (default title)
Exit status: 0 no error-level finding; 1 error-level findings; 2 a usage error or unusable input.`,
  sentiment: `usage: seller-radar sentiment [--format jsonl] <file | ->

Classifies reviews (Chinese and English; other languages are marked unknown) and prints one JSON line
per review, in order: {label, score, lang, aspects: [{aspect, polarity, start, end}]}.
  file   .txt (one review per line, or a table under a header), .csv/.tsv with a review column
         (review, text, body, 评价内容 ...) and optionally a rating (rating, stars, 评分, 好评/中评/差评)
         and a review title column
Exit status: 0 done; 2 a usage error or unusable input (unreadable, empty, malformed CSV quoting, no
review column, another file type).`,
  bench: `usage: seller-radar bench [--json] [--suite <name>]

Runs the benchmark suites (compliance, live-lint, sentiment, pricing, money, chromium) and prints
every figure with its ratio to a baseline measured in the same run.
  --suite <name>  one suite only
  --json          machine-readable output
Exit status: 0 done; 2 a usage error.`,
});

/**
 * A reader that closes early (`seller-radar sentiment big.txt | head`) is not an error: stop writing,
 * as Unix tools do, instead of dying on an unhandled EPIPE. The command still runs to its end, so its
 * exit code stands: `lint … | head -1` under `set -o pipefail` still fails on error-level findings
 * (an immediate exit 0 here had passed a CI gate that should have failed).
 */
let stdoutClosed = false;
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') {
    stdoutClosed = true;
    return;
  }
  throw err;
});

export const defaultIO: CliIO = {
  stdout: (line) => {
    if (!stdoutClosed) process.stdout.write(line + '\n');
  },
  stderr: (line) => process.stderr.write(line + '\n'),
  readStdin: () => readFileSync(0),
};

export async function main(argv: string[], io: CliIO = defaultIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name) {
    // Asked for nothing: a usage error, so the usage goes to stderr with exit 2.
    io.stderr(USAGE);
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    // `help lint` as `lint --help`.
    io.stdout((rest[0] !== undefined && HELP[rest[0]]) || USAGE);
    return 0;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(HELP[name] ?? USAGE);
    return 0;
  }
  const load = commands[name];
  if (!load) {
    io.stderr(`seller-radar: unknown command "${name}" (try: ${Object.keys(commands).join(', ')})`);
    return 2;
  }
  try {
    return await (
      await load()
    )(rest, io);
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr(`seller-radar ${name}: ${err.message}`);
      return err.exitCode;
    }
    io.stderr(`seller-radar ${name}: unexpected error: ${(err as Error).stack ?? String(err)}`);
    return 1;
  }
}
