/** CLI entry: dispatches `seller-radar <command>` (DESIGN.md §8). Commands load lazily to keep start-up fast. */
import { readFileSync } from 'node:fs';
import { CliError, type CliIO } from './io';

type Command = (argv: string[], io: CliIO) => Promise<number>;

const commands: Record<string, () => Promise<Command>> = {
  parse: async () => (await import('./parse')).run,
  alerts: async () => (await import('./alerts')).run,
  lint: async () => (await import('./lint')).run,
  sentiment: async () => (await import('./sentiment')).run,
  bench: async () => (await import('./bench')).run,
};

const USAGE = `usage: seller-radar <command> [options]

  parse --url <page-url> [--at <ISO-8601 time>] <file.html>
  alerts [--settings <settings.json>] [--lang en|zh] <snapshots.jsonl>
  lint [--market <market>] [--format json|text] <file>
  sentiment [--format jsonl] <file>
  bench [--json] [--suite <name>]

Reading from - means standard input. Files: UTF-8, UTF-16 with a BOM, GB18030 (GBK) or Big5.`;

/**
 * A reader that closes early (`seller-radar sentiment big.txt | head`) is not an error: stop quietly,
 * as Unix tools do, instead of dying on an unhandled EPIPE.
 */
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

export const defaultIO: CliIO = {
  stdout: (line) => process.stdout.write(line + '\n'),
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
  if (
    name === '--help' ||
    name === '-h' ||
    name === 'help' ||
    rest.includes('--help') ||
    rest.includes('-h')
  ) {
    io.stdout(USAGE);
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
