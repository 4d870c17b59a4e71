/**
 * Writes assets/model/zh-t2s.json, the Traditional → Simplified character table through which the
 * sentiment classifier reads Traditional Chinese reviews (lib/sentiment/script.ts) and the compliance
 * matcher folds listing text (lib/compliance/normalize.ts), from OpenCC's
 * TSCharacters as packaged by the opencc-js devDependency (data Apache-2.0). Keeps only one-to-one
 * mappings of single UTF-16 code units (first candidate), so converting never moves an offset.
 * `--check` only verifies that the committed table is up to date (exit 1 if not).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import tsCharacters from 'opencc-js/dict/TSCharacters';
import type { T2sTableJson } from '../lib/sentiment/script';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'assets', 'model', 'zh-t2s.json');

export function buildTable(dict: string): T2sTableJson {
  const pairs: string[] = [];
  for (const entry of dict.split('|')) {
    const [trad, simp] = entry.split(' ');
    if (!trad || !simp || trad.length !== 1 || simp.length !== 1 || trad === simp) continue;
    pairs.push(trad + simp);
  }
  // Its exports map hides package.json, so read it from node_modules.
  const pkg = join(root, 'node_modules', 'opencc-js', 'package.json');
  const { version } = JSON.parse(readFileSync(pkg, 'utf8')) as { version: string };
  return {
    source: `OpenCC TSCharacters via opencc-js ${version} (Apache-2.0); ${pairs.length} one-to-one BMP pairs`,
    pairs: pairs.join(''),
  };
}

function main(argv: string[]): number {
  const text = JSON.stringify(buildTable(tsCharacters), null, 2) + '\n';
  if (argv.includes('--check')) {
    const current = readFileSync(target, 'utf8');
    if (current !== text) {
      process.stderr.write(`${target} is out of date: run npx tsx scripts/build-zh-t2s.ts\n`);
      return 1;
    }
    return 0;
  }
  writeFileSync(target, text);
  process.stdout.write(`wrote ${target}\n`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
