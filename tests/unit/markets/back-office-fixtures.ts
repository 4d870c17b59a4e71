/**
 * Shared by the back-office product-list tests (JD 京麦, Taobao 千牛, Pinduoduo, Shopee Seller Centre):
 * a fixture parsed through the real registry (parseDocument) with linkedom, as the CLI does, or jsdom,
 * as a browser-like DOM; and content-script match patterns checked the way the browser applies them
 * (scheme, host and path).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jsdomDocument, linkedomDocument } from './amazon/fixtures';
import { parseDocument, type ParseOutcome } from '../../../lib/markets/index';
import type { PageSnapshot } from '../../../lib/schemas/snapshot';

export type Dom = 'linkedom' | 'jsdom';

export function fixturesOf(market: string): (file: string) => string {
  const dir = fileURLToPath(new URL(`../../fixtures/${market}/`, import.meta.url));
  return (file) => readFileSync(dir + file, 'utf8');
}

export function parseHtml(
  html: string,
  url: string,
  at: string,
  dom: Dom = 'linkedom',
): ParseOutcome {
  return parseDocument(dom === 'jsdom' ? jsdomDocument(html) : linkedomDocument(html), url, at);
}

export function snapshotOf(
  html: string,
  url: string,
  at: string,
  dom: Dom = 'linkedom',
): PageSnapshot {
  const out = parseHtml(html, url, at, dom);
  if (out.kind !== 'snapshot') throw new Error(JSON.stringify(out).slice(0, 400));
  return out.snapshot;
}

/** Whether a manifest match pattern (`https://host/path*`) covers a URL: scheme, host and path glob. */
export function patternCovers(pattern: string, url: string): boolean {
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const u = new URL(url);
  const [, scheme, host, path] = m;
  if (scheme !== '*' && `${scheme}:` !== u.protocol) return false;
  if (host!.startsWith('*.')) {
    if (u.hostname !== host!.slice(2) && !u.hostname.endsWith(host!.slice(1))) return false;
  } else if (host !== '*' && u.hostname !== host) return false;
  const glob = new RegExp(`^${path!.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return glob.test(u.pathname + u.search);
}
