/** Shared by the CLI tests: an in-memory CliIO, and input files in a fresh temporary folder. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIO } from '../../../lib/cli/io';

/** A CliIO whose output lines are collected in `out` / `err` and whose stdin is `stdin` (UTF-8). */
export function captureIO(stdin: string | Buffer = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (l) => out.push(l),
    stderr: (l) => err.push(l),
    readStdin: () => (Buffer.isBuffer(stdin) ? stdin : Buffer.from(stdin, 'utf8')),
  };
  return { io, out, err };
}

/**
 * A new temporary folder: `file(name, content)` writes a file there and returns its path; `path(name)`
 * is where a file of that name would be (for missing-file cases).
 */
export function tempFiles(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const path = (name: string) => join(dir, name);
  const file = (name: string, content: string | Buffer) => {
    writeFileSync(path(name), content);
    return path(name);
  };
  return { path, file };
}
