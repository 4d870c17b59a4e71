/**
 * End-to-end harness for Firefox: Debian's Firefox ESR (/usr/bin/firefox-esr), driven over WebDriver
 * BiDi by puppeteer-core (which never downloads a browser), with the built extension from
 * .output/firefox-mv3 installed as a temporary add-on.
 *
 * The fixture pages are served over HTTPS from loopback at their REAL hostnames and default port, as in
 * the Chromium harness, so the manifest's `matches` fire unchanged. Firefox has no host-resolver rules,
 * so it is pointed at a small CONNECT proxy on loopback that tunnels the fixture hosts to the fixture
 * server and refuses every other host (and every plain-HTTP request): no test traffic leaves the
 * machine.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
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
  close: () => Promise<void>;
}

interface Proxy {
  port: number;
  /** Stops listening and cuts every tunnel (a killed browser may leave them half-open). */
  close: () => Promise<void>;
}

function startProxy(tlsPort: number): Promise<Proxy> {
  const tunnels = new Set<Socket>();
  const proxy = createHttpServer((_req, res) => {
    res.writeHead(403).end();
  });
  proxy.on('connect', (req, socket: Socket, head) => {
    // Before anything else: Firefox may reset a refused tunnel (the saved pages' image CDN, ad frames),
    // and a socket without an error listener turns that ECONNRESET into an uncaught exception that
    // fails the run although every test passed.
    socket.on('error', () => socket.destroy());
    const [host, port] = (req.url ?? '').split(':');
    if (!(HOSTS as readonly string[]).includes(host ?? '') || port !== '443') {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(tlsPort, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    for (const s of [socket, upstream]) {
      tunnels.add(s);
      s.on('close', () => tunnels.delete(s));
    }
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
    upstream.on('close', () => socket.destroy());
    socket.on('close', () => upstream.destroy());
  });
  return new Promise((ok) =>
    proxy.listen(0, '127.0.0.1', () =>
      ok({
        port: (proxy.address() as AddressInfo).port,
        close: () =>
          new Promise<void>((done) => {
            for (const s of tunnels) s.destroy();
            proxy.closeAllConnections();
            proxy.close(() => done());
          }),
      }),
    ),
  );
}

/**
 * Waits for an element matching `selector` whose text starts with `text`, then clicks it (a DOM click:
 * enough for tabs and buttons, not for APIs that need a user gesture).
 */
export async function clickByText(page: Page, selector: string, text: string): Promise<void> {
  await page.waitForFunction(
    (s, t) => [...document.querySelectorAll(s)].some((e) => e.textContent?.startsWith(t)),
    { timeout: 10_000 },
    selector,
    text,
  );
  await page.evaluate(
    (s, t) => {
      const el = [...document.querySelectorAll<HTMLElement>(s)].find((e) =>
        e.textContent?.startsWith(t),
      );
      if (!el) throw new Error(`no ${s} "${t}"`);
      el.click();
    },
    selector,
    text,
  );
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
  const server = await startServer(routes, served, makeCertificate(work));
  const proxy = await startProxy((server.address() as AddressInfo).port);
  const proxyPort = proxy.port;

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
    close: async () => {
      // Firefox sometimes takes long to quit on a loaded machine: kill it after 15 s.
      const quit = browser.close().catch(() => undefined);
      const killed = new Promise<void>((ok) =>
        setTimeout(() => {
          browser.process()?.kill('SIGKILL');
          ok();
        }, 15_000).unref(),
      );
      await Promise.race([quit, killed]);
      await proxy.close();
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
      rmSync(work, { recursive: true, force: true });
    },
  };
}
