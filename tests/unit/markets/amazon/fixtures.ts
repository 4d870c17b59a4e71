/**
 * Loads the Amazon fixtures (tests/fixtures/amazon/<page-type>/) and parses them the way the CLI does
 * (linkedom) or the way a browser-like DOM does (jsdom), through the real registry (parseDocument).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { parseHTML } from 'linkedom';
import { parseDocument, type ParseOutcome } from '../../../../lib/markets/index';
import type { PageSnapshot } from '../../../../lib/schemas/snapshot';
import { FIXTURE_URLS, REAL_SAVED_PAGES } from './fixture-urls';

// jsdom ships no type declarations (and @types/jsdom is not installed): type the one constructor we use.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string) => { window: { document: Document } };
};

export const FIXTURES = fileURLToPath(new URL('../../../fixtures/amazon/', import.meta.url));
export const AT = '2024-03-05T08:00:00Z';

export { FIXTURE_URLS, REAL_SAVED_PAGES };
export type FixtureName = keyof typeof FIXTURE_URLS;

const htmlCache = new Map<string, string>();
export function fixtureHtml(name: string): string {
  let html = htmlCache.get(name);
  if (html === undefined) {
    html = readFileSync(FIXTURES + name, 'utf8');
    htmlCache.set(name, html);
  }
  return html;
}

export function linkedomDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/**
 * jsdom without scripts or sub-resources: saved pages must never reach the network. The page is given
 * as saved: stripping its 1.4 MB of <style> text with a regex would be faster, but real pages carry
 * "<style>" inside attribute values (ad payloads), where a regex cannot tell markup from data.
 */
export function jsdomDocument(html: string): Document {
  return new JSDOM(html).window.document;
}

const outcomeCache = new Map<string, ParseOutcome>();
export function parseFixture(
  name: FixtureName,
  dom: 'linkedom' | 'jsdom' = 'linkedom',
): ParseOutcome {
  const key = `${dom}:${name}`;
  let out = outcomeCache.get(key);
  if (!out) {
    const html = fixtureHtml(name);
    const doc = dom === 'jsdom' ? jsdomDocument(html) : linkedomDocument(html);
    out = parseDocument(doc, FIXTURE_URLS[name], AT);
    outcomeCache.set(key, out);
  }
  return out;
}

export function snapshotOf(name: FixtureName): PageSnapshot {
  const out = parseFixture(name);
  if (out.kind !== 'snapshot') {
    throw new Error(
      `${name}: expected a snapshot, got ${out.kind} ${JSON.stringify(out).slice(0, 300)}`,
    );
  }
  return out.snapshot;
}
