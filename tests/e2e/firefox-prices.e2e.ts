/**
 * Price war in real Firefox (Debian's firefox-esr, the Firefox build): the same price series as the
 * Chromium test (the real saved amazon.com product page at successive prices and featured sellers,
 * scripts/make-price-series.ts) visited at its real URL; the event page stores each capture, the alert
 * engine raises the price war, the badge counts the open warnings, the sidebar page charts the cuts,
 * and snoozing from the panel lowers the badge.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { waitFor, waitForOkCaptures } from './harness';
import { clickByText, launchFirefox, type FirefoxHarness } from './firefox-harness';
import { buildSeries, SOURCE } from '../../scripts/make-price-series';
import type { Alert } from '../../lib/schemas/alert';

const settings = JSON.parse(readFileSync('tests/fixtures/pricing/settings.json', 'utf8')) as object;
const war = buildSeries(readFileSync(SOURCE, 'utf8')).filter((s) => s.entry.series === 'war');
const URL = 'https://www.amazon.com/dp/B0057OC5O8';

let h: FirefoxHarness;
let html = war[0]!.html;
let popup: Page;
beforeAll(async () => {
  h = await launchFirefox([{ host: 'www.amazon.com', path: '/dp/B0057OC5O8', body: () => html }]);
  // The user's settings (own seller name, floor price), saved where the Options page saves them.
  popup = await h.openExtensionPage('popup.html');
  await popup.evaluate((s) => browser.storage.local.set({ settings: s }), settings);
});
afterAll(async () => h?.close());

const badgeText = () => popup.evaluate(() => browser.action.getBadgeText({}));

describe('price war (real Firefox ESR)', () => {
  it('visits the product at successive prices: price-war alert, badge, chart, snooze', async () => {
    for (const [i, step] of war.entries()) {
      html = step.html;
      const page = await h.visit(URL);
      await waitForOkCaptures(h.dbRows, i + 1);
      await page.close();
    }
    // The last visits raise the price war and the lost buy box (taken back by SmartHome Deals at a
    // lower price each time); wait for the engine to have run on them, then the badge must count
    // exactly the open warnings.
    const alerts = await waitFor(
      async () => {
        const rows = await h.dbRows<Alert>('alerts');
        const open = (kind: string) => rows.some((a) => a.kind === kind && a.state === 'open');
        return open('price-war') && open('buy-box-lost') ? rows : null;
      },
      20_000,
      'open price-war and buy-box-lost alerts',
    );
    const priceWar = alerts.find((a) => a.kind === 'price-war')!;
    expect(priceWar.message.en).toMatch(
      /^Price war with SmartHome Deals: \d+ alternating price cuts/,
    );
    expect(priceWar.message.zh).toMatch(/价格战/);

    const openWarnings = async () =>
      (await h.dbRows<Alert>('alerts')).filter((a) => a.state === 'open' && a.severity !== 'info')
        .length;
    // The badge follows the alert table: poll both until they agree.
    const open = await waitFor(
      async () => {
        const n = await openWarnings();
        return (await badgeText()) === String(n) ? n : null;
      },
      10_000,
      'the badge to count the open warnings',
    );
    expect(open).toBeGreaterThanOrEqual(2);

    const panel = await h.openExtensionPage('sidepanel.html');
    await clickByText(panel, '[role="tab"]', 'Prices');
    const chart = await panel.waitForSelector('[data-testid="price-chart"]', { timeout: 10_000 });
    const drawn = await chart!.evaluate((c) => {
      const canvas = c as HTMLCanvasElement;
      const d = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let inked = 0;
      for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) inked++;
      return {
        points: Number(c.getAttribute('data-points')),
        cuts: Number(c.getAttribute('data-cuts')),
        inked,
      };
    });
    expect(drawn.points).toBeGreaterThanOrEqual(war.length);
    expect(drawn.cuts).toBeGreaterThanOrEqual(3);
    expect(drawn.inked).toBeGreaterThan(1_000);

    await clickByText(panel, '[role="tab"]', 'Alerts');
    await panel.waitForSelector('[data-testid="alert-card"][data-kind="price-war"]', {
      timeout: 10_000,
    });
    await clickByText(
      panel,
      '[data-testid="alert-card"][data-kind="price-war"] button',
      'Snooze 24 h',
    );
    await waitFor(
      async () => (await badgeText()) === String(open - 1),
      10_000,
      `badge ${open - 1} after snoozing`,
    );
    const states = (await h.dbRows<Alert>('alerts')).map((a) => [a.kind, a.state]);
    expect(states).toContainEqual(['price-war', 'snoozed']);
    await panel.close();
  });
});

/** The WebExtension global of Firefox's extension pages (only the calls the test makes). */
declare const browser: {
  action: { getBadgeText: (details: object) => Promise<string> };
  storage: { local: { set: (items: object) => Promise<void> } };
};
