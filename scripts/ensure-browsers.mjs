#!/usr/bin/env node
// Makes sure the browsers of the end-to-end tests are there: Debian's Chromium and Debian's Firefox ESR
// (never a downloaded browser build). On a fresh Debian machine as root it installs the missing
// packages with apt-get; elsewhere it says what to do.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const browsers = [
  { name: 'Chromium', pkg: 'chromium', env: 'CHROMIUM_PATH', path: '/usr/bin/chromium' },
  { name: 'Firefox ESR', pkg: 'firefox-esr', env: 'FIREFOX_PATH', path: '/usr/bin/firefox-esr' },
].map((b) => ({ ...b, path: process.env[b.env] ?? b.path }));

let missing = browsers.filter((b) => !existsSync(b.path));
if (missing.length === 0) process.exit(0);

const root = typeof process.getuid === 'function' && process.getuid() === 0;
let hasApt = false;
try {
  execSync('command -v apt-get', { stdio: 'ignore' });
  hasApt = true;
} catch {
  hasApt = false;
}
if (root && hasApt) {
  const pkgs = missing.map((b) => b.pkg).join(' ');
  console.log(`Installing Debian's ${pkgs} (apt-get) for the end-to-end tests ...`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkgs}`, {
    stdio: 'inherit',
  });
  missing = missing.filter((b) => !existsSync(b.path));
  if (missing.length === 0) process.exit(0);
}
for (const b of missing) {
  console.error(
    `No ${b.name} at ${b.path}. Install it (Debian/Ubuntu: sudo apt-get install -y ${b.pkg}) or set ${b.env} to its binary.`,
  );
}
process.exit(1);
