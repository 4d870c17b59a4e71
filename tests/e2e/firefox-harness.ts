/**
 * End-to-end harness for Firefox: Debian's Firefox ESR (/usr/bin/firefox-esr), driven over WebDriver
 * BiDi by puppeteer-core (which never downloads a browser), with the built extension from
 * .output/firefox-mv3 installed as a temporary add-on.
 *
 * The fixture pages are served over HTTPS from loopback at their REAL hostnames and default port, as in
 * the Chromium harness, so the manifest's `matches` fire unchanged. Firefox has no host-resolver rules,
 * so it is pointed at a small CONNECT proxy on loopback that tunnels the fixture hosts to the fixture
 * server and refuses every other host (and every plain-HTTP request): no test traffic leaves the
 * machine, and `refused` lists what was turned away.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, type Browser, type Page } from 'puppeteer-core';
import {
  HOSTS,
  makeCertificate,
  readTable,
  ROOT,
  startServer,
  waitFor,
  type Route,
} from './harness';

export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv3');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The add-on id of the Firefox build (wxt.config.ts `browser_specific_settings.gecko.id`). */
export const GECKO_ID = 'seller-radar@seller-radar.dev';
/** Fixed moz-extension:// host for the add-on (Firefox picks a random one unless told). */
const EXTENSION_UUID = '5e11e4a0-e2e0-4f1e-8a00-000000000001';

export interface FirefoxHarness {
  browser: Browser;
  /** Opens `url` (a fixture page) in a new tab and waits for its document. */
  visit: (url: string) => Promise<Page>;
  /** Opens one of the extension's pages (the side panel is Firefox's sidebar page) in a tab. */
  openExtensionPage: (name: 'sidepanel.html' | 'popup.html' | 'options.html') => Promise<Page>;
  dbRows: <T = Record<string, unknown>>(table: string) => Promise<T[]>;
  /** Requests the fixture server received (host + path). */
  served: string[];
  /** Hosts (CONNECT) or URLs (plain HTTP) the proxy refused to forward. */
  refused: string[];
  close: () => Promise<void>;
}

function startProxy(tlsPort: number, refused: string[]): Promise<HttpServer> {
  const proxy = createHttpServer((req, res) => {
    refused.push(req.url ?? '');
    res.writeHead(403).end();
  });
  proxy.on('connect', (req, socket, head) => {
    const [host, port] = (req.url ?? '').split(':');
    if (!(HOSTS as readonly string[]).includes(host ?? '') || port !== '443') {
      refused.push(req.url ?? '');
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(tlsPort, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  return new Promise((ok) => proxy.listen(0, '127.0.0.1', () => ok(proxy)));
}

export async function launchFirefox(initialRoutes: Route[] = []): Promise<FirefoxHarness> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(
      `No built extension at ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first.`,
    );
  }
  const work = mkdtempSync(join(tmpdir(), 'seller-radar-e2e-ff-'));
  const routes = [...initialRoutes];
  const served: string[] = [];
  const refused: string[] = [];
  const server = await startServer(routes, served, makeCertificate(work));
  const proxy = await startProxy((server.address() as AddressInfo).port, refused);
  const proxyPort = (proxy.address() as AddressInfo).port;

  const browser = await launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    userDataDir: join(work, 'profile'),
    // Lets the test open moz-extension:// pages in a tab (BiDi refuses "system" URLs otherwise).
    env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // permissions.request() grants without the doorhanger a person would click (site-access test).
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  try {
    const id = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (id !== GECKO_ID) throw new Error(`installed add-on ${id}, expected ${GECKO_ID}`);
  } catch (err) {
    await browser.close();
    throw err;
  }

  const openExtensionPage = async (name: string) => {
    const page = await browser.newPage();
    // BiDi does not report "load" for moz-extension:// documents: give the navigation a moment, then
    // wait for the extension's document itself.
    await page
      .goto(`moz-extension://${EXTENSION_UUID}/${name}`, { timeout: 1_500 })
      .catch(() => undefined);
    await page.waitForFunction(
      () => location.protocol === 'moz-extension:' && document.readyState !== 'loading',
      { timeout: 10_000 },
    );
    return page;
  };
  let helper: Page | undefined;
  return {
    browser,
    visit: async (url) => {
      const page = await browser.newPage();
      try {
        await page.goto(url, { waitUntil: 'domcontentloaded' });
      } catch (err) {
        // Firefox's BiDi reports the navigation as failed ("Address rejected") when a sub-resource
        // that the proxy refused (the saved pages' image CDN, ad frames) ends on an error page, although
        // the page itself loaded. Accept it only when the tab really shows the page.
        const loaded = await waitFor(
          () =>
            page
              .evaluate(() => [location.href, document.readyState])
              .then(([href, state]) => href === url && state !== 'loading'),
          10_000,
          `${url} in the tab`,
        ).catch(() => false);
        if (!loaded) throw err;
      }
      return page;
    },
    openExtensionPage,
    dbRows: async <T>(table: string) => {
      helper ??= await openExtensionPage('popup.html');
      return (await helper.evaluate(readTable, table)) as T[];
    },
    served,
    refused,
    close: async () => {
      await browser.close().catch(() => undefined);
      await new Promise<void>((ok) => proxy.close(() => ok()));
      await new Promise<void>((ok) => server.close(() => ok()));
      rmSync(work, { recursive: true, force: true });
    },
  };
}
