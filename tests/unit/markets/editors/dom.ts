/** Fixture documents for the editor tests: jsdom (browser-like) and linkedom (the CLI's DOM). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

// jsdom ships no type declarations (and @types/jsdom is not installed): type the one constructor we use.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string, opts?: { url?: string }) => { window: Window & typeof globalThis };
};

export const FIXTURES = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
export const fixtureHtml = (path: string): string => readFileSync(FIXTURES + path, 'utf8');
export const jsdomWindow = (html: string, url?: string) =>
  new JSDOM(html, url ? { url } : {}).window;
export const jsdomDoc = (path: string, url: string): Document =>
  jsdomWindow(fixtureHtml(path), url).document;
export const linkedomDoc = (path: string): Document =>
  parseHTML(fixtureHtml(path)).document as unknown as Document;
