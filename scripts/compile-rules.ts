/**
 * Validates assets/rules/<pack>.json and writes assets/rules/compiled.json, which the extension and the CLI
 * import. Run after editing a pack: `npx tsx scripts/compile-rules.ts` (`--check` only verifies that
 * compiled.json is up to date and exits 1 if not). tests/unit/compliance/compile.test.ts fails on drift.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compilePacks, RuleValidationError } from '../lib/compliance/compile';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'rules');

export function readPackFiles(rulesDir = dir): Array<{ file: string; data: unknown }> {
  return readdirSync(rulesDir)
    .filter((f) => f.endsWith('.json') && f !== 'compiled.json')
    .toSorted()
    .map((file) => ({
      file,
      data: JSON.parse(readFileSync(join(rulesDir, file), 'utf8')) as unknown,
    }));
}

function main(argv: string[]): number {
  let compiled;
  try {
    compiled = compilePacks(readPackFiles());
  } catch (err) {
    if (err instanceof RuleValidationError) {
      process.stderr.write(err.message + '\n');
      return 1;
    }
    throw err;
  }
  const text = JSON.stringify(compiled, null, 2) + '\n';
  const target = join(dir, 'compiled.json');
  if (argv.includes('--check')) {
    let current: unknown;
    try {
      current = JSON.parse(readFileSync(target, 'utf8'));
    } catch {
      current = undefined;
    }
    if (JSON.stringify(current) !== JSON.stringify(compiled)) {
      process.stderr.write(
        'assets/rules/compiled.json is out of date: run npx tsx scripts/compile-rules.ts\n',
      );
      return 1;
    }
    return 0;
  }
  writeFileSync(target, text);
  const terms = compiled.rules.reduce((n, r) => n + (r.terms?.length ?? 0), 0);
  process.stdout.write(
    `compiled ${compiled.packs.length} packs, ${compiled.rules.length} rules, ${terms} terms → assets/rules/compiled.json\n`,
  );
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
