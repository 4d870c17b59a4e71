/**
 * End-to-end harness: Debian's Chromium (playwright-core, never a downloaded browser) loading the built
 * extension from .output/chrome-mv3, with fixture pages served over HTTPS from loopback at their REAL
 * hostnames (host-resolver mapping), so the content scripts' real `matches` fire. Every other hostname
 * resolves to nothing: no test traffic leaves the machine.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const HOSTS = [
  'www.amazon.com',
  'www.amazon.co.uk',
  'www.amazon.in',
  'sellercentral.amazon.com',
  'www.ebay.com',
  'www.etsy.com',
  'seller.shopee.cn',
  'myseller.taobao.com',
  'item.upload.taobao.com',
  'item.jd.com',
  'www.walmart.com',
  'seller.walmart.com',
  'www.mercadolibre.com.mx',
  'shop.jd.com',
  'mms.pinduoduo.com',
  'seller.shopee.sg',
  'shopee.tw',
  'item.taobao.com',
  'articulo.mercadolibre.com.mx',
] as const;

export interface Route {
  host: string;
  /** Path with query, e.g. `/dp/B0057OC5O8`. */
  path: string;
  /** Fixture path relative to the repo, or a function returning HTML (for pages that change in a test). */
  body: string | (() => string);
}

export interface Harness {
  context: BrowserContext;
  sw: Worker;
  extensionId: string;
  port: number;
  routes: Route[];
  /** Adds or replaces a route while the browser runs. */
  setRoute: (route: Route) => void;
  /** Requests the fixture server received (host + path). */
  served: string[];
  openExtensionPage: (name: 'sidepanel.html' | 'popup.html' | 'options.html') => Promise<Page>;
  badgeText: () => Promise<string>;
  badgeColor: () => Promise<number[]>;
  /** The settings as the extension stored them (WXT storage item `local:settings`), or undefined. */
  storedSettings: () => Promise<unknown>;
  /** One value of the extension's browser.storage.local (a WXT item `local:<key>`), or undefined. */
  storedLocal: (key: string) => Promise<unknown>;
  /** Reads every row of a table of the extension's IndexedDB database (via an extension page). */
  dbRows: <T = Record<string, unknown>>(table: string) => Promise<T[]>;
  close: () => Promise<void>;
}

export function makeCertificate(dir: string): { key: Buffer; cert: Buffer } {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=seller-radar-e2e',
      '-addext',
      `subjectAltName=${HOSTS.map((h) => `DNS:${h}`).join(',')}`,
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

export async function startServer(
  routes: Route[],
  served: string[],
  tls: { key: Buffer; cert: Buffer },
): Promise<Server> {
  const server = createServer(tls, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    served.push(`${host}${req.url ?? ''}`);
    const route = routes.find((r) => r.host === host && r.path === req.url);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const html =
      typeof route.body === 'function' ? route.body() : readFileSync(join(ROOT, route.body));
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(html);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return server;
}

export async function launch(initialRoutes: Route[] = []): Promise<Harness> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const work = mkdtempSync(join(tmpdir(), 'seller-radar-e2e-'));
  const tls = makeCertificate(work);
  const routes = [...initialRoutes];
  const served: string[] = [];
  const server = await startServer(routes, served, tls);
  const port = (server.address() as AddressInfo).port;
  const resolverRules = [...HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND'].join(
    ', ',
  );
  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--ignore-certificate-errors',
      `--host-resolver-rules=${resolverRules}`,
    ],
  });
  const sw =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(sw.url()).host;

  let helperPage: Page | undefined;
  const harness: Harness = {
    context,
    sw,
    extensionId,
    port,
    routes,
    served,
    setRoute: (route) => {
      const i = routes.findIndex((r) => r.host === route.host && r.path === route.path);
      if (i >= 0) routes[i] = route;
      else routes.push(route);
    },
    openExtensionPage: async (name) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${name}`);
      return page;
    },
    badgeText: () => currentWorker(context, sw).evaluate(() => chrome.action.getBadgeText({})),
    badgeColor: () =>
      currentWorker(context, sw).evaluate(() => chrome.action.getBadgeBackgroundColor({})),
    storedSettings: () =>
      currentWorker(context, sw).evaluate(
        async () => (await chrome.storage.local.get('settings')).settings,
      ),
    storedLocal: (key) =>
      currentWorker(context, sw).evaluate(async (k) => (await chrome.storage.local.get(k))[k], key),
    dbRows: async <T>(table: string) => {
      helperPage ??= await harness.openExtensionPage('popup.html');
      return helperPage.evaluate(readTable, table) as Promise<T[]>;
    },
    close: async () => {
      await context.close().catch(() => undefined);
      await new Promise<void>((ok) => server.close(() => ok()));
      rmSync(work, { recursive: true, force: true });
    },
  };
  return harness;
}

/**
 * Reads every row of one table of the extension's IndexedDB database. Runs inside an extension page
 * (it is serialised into the browser), so it may only use what it declares.
 */
export function readTable(table: string): Promise<unknown[]> {
  return new Promise((ok, fail) => {
    const open = indexedDB.open('seller-radar');
    open.addEventListener('error', () => fail(open.error));
    open.addEventListener('success', () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(table)) {
        db.close();
        ok([]);
        return;
      }
      const req = db.transaction(table, 'readonly').objectStore(table).getAll();
      req.addEventListener('success', () => {
        db.close();
        ok(req.result as unknown[]);
      });
      req.addEventListener('error', () => fail(req.error));
    });
  });
}

/** The slice of the `chrome` global the tests call inside the service worker. */
declare const chrome: {
  action: {
    getBadgeText: (details: object) => Promise<string>;
    getBadgeBackgroundColor: (details: object) => Promise<[number, number, number, number]>;
  };
  storage: { local: { get: (key: string) => Promise<Record<string, unknown>> } };
};

/** The service worker may have been restarted (MV3): use the live one. */
function currentWorker(context: BrowserContext, fallback: Worker): Worker {
  return (
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? fallback
  );
}

/** Waits until the capture log holds at least `n` successful captures. */
export function waitForOkCaptures(
  dbRows: <T>(table: string) => Promise<T[]>,
  n: number,
): Promise<boolean> {
  return waitFor(
    async () =>
      (await dbRows<{ status: string }>('captures')).filter((c) => c.status === 'ok').length >= n,
    20_000,
    `capture ${n}`,
  );
}

/** Polls `fn` until it returns a truthy value (or throws after `timeoutMs`). */
export async function waitFor<T>(
  fn: () => Promise<T> | T,
  timeoutMs = 15_000,
  what = 'condition',
): Promise<NonNullable<T>> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v as NonNullable<T>;
      last = v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > until)
      throw new Error(`timed out waiting for ${what} (last: ${String(last)})`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/**
 * A seller's ordinary day in three Amazon pages: the real saved product and review pages, and a page
 * whose layout broke. Pass to `launch`, then `captureAmazonDay` fills the database and raises an alert.
 */
export const AMAZON_DAY_ROUTES: Route[] = [
  {
    host: 'www.amazon.com',
    path: '/dp/B0057OC5O8',
    body: 'tests/fixtures/amazon/product/amazon-com_ansi-url.html',
  },
  {
    host: 'www.amazon.com',
    path: '/product-reviews/B0BBPNPZTC',
    body: 'tests/fixtures/amazon/reviews/Amazon.com_Customer_reviews.html',
  },
  {
    host: 'www.amazon.com',
    path: '/dp/B0BROKEN01',
    body: 'tests/fixtures/amazon/product/broken-layout_amazon-com.html',
  },
];

/** Opens `url` in a tab of its own, left open so its content script gets to send its snapshot. */
export async function visitInNewTab(h: Harness, url: string): Promise<void> {
  await (await h.context.newPage()).goto(url, { waitUntil: 'domcontentloaded' });
}

/** Visits AMAZON_DAY_ROUTES: two captured pages, then the broken one's parser-health alert. */
export async function captureAmazonDay(h: Harness): Promise<void> {
  await visitInNewTab(h, 'https://www.amazon.com/dp/B0057OC5O8');
  await visitInNewTab(h, 'https://www.amazon.com/product-reviews/B0BBPNPZTC');
  await waitForOkCaptures(h.dbRows, 2);
  await visitInNewTab(h, 'https://www.amazon.com/dp/B0BROKEN01');
  await waitFor(
    async () =>
      (await h.dbRows<{ kind: string }>('alerts')).some((a) => a.kind === 'parser-health'),
    20_000,
    'a parser-health alert',
  );
}
