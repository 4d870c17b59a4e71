/**
 * Price war, end to end in real Chromium: the real saved amazon.com product page is served at its real
 * URL at successive prices and featured sellers (scripts/make-price-series.ts changes only those texts);
 * each visit goes content script -> background -> IndexedDB -> alert engine. The side panel shows the
 * price-war alert and the chart with the cuts marked; the badge shows the count, coloured by the worst.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, waitFor, waitForOkCaptures, type Harness } from './harness';
import { buildSeries, SOURCE } from '../../scripts/make-price-series';
import type { Alert } from '../../lib/schemas/alert';

const settings = JSON.parse(readFileSync('tests/fixtures/pricing/settings.json', 'utf8')) as object;
const war = buildSeries(readFileSync(SOURCE, 'utf8')).filter((s) => s.entry.series === 'war');

let h: Harness;
let html = war[0]!.html;
beforeAll(async () => {
  h = await launch([{ host: 'www.amazon.com', path: '/dp/B0057OC5O8', body: () => html }]);
  // The user's settings: own seller name and floor price (what the Options page saves).
  await h.sw.evaluate(async (s) => {
    await (
      globalThis as unknown as {
        chrome: { storage: { local: { set: (v: object) => Promise<void> } } };
      }
    ).chrome.storage.local.set({ settings: s });
  }, settings);
});
afterAll(async () => h?.close());

describe('price war (real Chromium)', () => {
  it('visits the product at successive prices and shows the price-war alert, badge and chart', async () => {
    const page = await h.context.newPage();
    for (const [i, step] of war.entries()) {
      html = step.html;
      await page.goto('https://www.amazon.com/dp/B0057OC5O8', { waitUntil: 'domcontentloaded' });
      await waitForOkCaptures(h.dbRows, i + 1);
    }
    const alerts = await waitFor(
      async () => {
        const rows = await h.dbRows<Alert>('alerts');
        return rows.some((a) => a.kind === 'price-war' && a.state === 'open') ? rows : null;
      },
      20_000,
      'an open price-war alert',
    );
    const war0 = alerts.find((a) => a.kind === 'price-war')!;
    expect(war0.message.en).toMatch(/^Price war with SmartHome Deals: \d+ alternating price cuts/);
    expect(war0.message.zh).toMatch(/价格战/);
    expect((war0.evidence as { cuts: unknown[] }).cuts.length).toBeGreaterThanOrEqual(3);

    // Badge: number of open alerts of severity warning or worse, coloured by the worst. The recompute
    // may still be opening the other alerts of the last visit (undercut, buy box), so the badge is
    // compared with the alerts as they are when it is read, until the two agree.
    let open: Alert[] = [];
    await expect
      .poll(
        async () => {
          open = (await h.dbRows<Alert>('alerts')).filter(
            (a) => a.state === 'open' && a.severity !== 'info',
          );
          return (await h.badgeText()) === String(open.length);
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    expect(open.length).toBeGreaterThanOrEqual(1);
    const worst = open.some((a) => a.severity === 'critical')
      ? [185, 28, 28, 255]
      : [180, 83, 9, 255];
    await expect.poll(() => h.badgeColor(), { timeout: 10_000 }).toEqual(worst);

    const panel = await h.openExtensionPage('sidepanel.html');
    await panel.getByRole('tab', { name: 'Alerts' }).click();
    const warAlert = panel.locator('[data-testid="alert-card"][data-kind="price-war"]');
    await warAlert.waitFor({ timeout: 10_000 });
    // The evidence opens as facts and the table of cuts (one row per cut, stored ones), not JSON.
    await warAlert.getByText('Evidence').click();
    const cuts = warAlert.getByRole('table', { name: 'Price cuts' });
    await cuts.waitFor();
    expect(await cuts.locator('tbody tr').count()).toBe(
      (war0.evidence as { cuts: unknown[] }).cuts.length,
    );
    expect(await cuts.locator('tbody').textContent()).toContain('SmartHome Deals');
    expect(await warAlert.getByTestId('alert-evidence').textContent()).not.toContain('{');
    await panel.getByRole('tab', { name: 'Prices' }).click();
    const chart = panel.getByTestId('price-chart');
    await chart.waitFor({ timeout: 10_000 });
    expect(Number(await chart.getAttribute('data-points'))).toBeGreaterThanOrEqual(war.length);
    expect(Number(await chart.getAttribute('data-cuts'))).toBeGreaterThanOrEqual(3);
    // The canvas really drew something.
    const inked = await chart.evaluate((c: HTMLCanvasElement) => {
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++;
      return n;
    });
    expect(inked).toBeGreaterThan(1_000);
    await panel.getByTestId('price-history').locator('[data-kind="price-war"]').waitFor();

    // Snooze and dismiss from the panel: the badge counts only what is still open.
    const count = Number(await h.badgeText());
    await panel.getByRole('tab', { name: 'Alerts' }).click();
    const warCard = panel.locator('[data-testid="alert-card"][data-kind="price-war"]');
    await warCard.getByRole('button', { name: 'Snooze 24 h' }).click();
    await expect.poll(() => h.badgeText(), { timeout: 10_000 }).toBe(String(count - 1));
    const lost = panel.locator('[data-testid="alert-card"][data-kind="buy-box-lost"]');
    await lost.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => h.badgeText(), { timeout: 10_000 }).toBe(String(count - 2));
    const rows = await h.dbRows<Alert>('alerts');
    const states = rows.map((a) => [a.kind, a.state]);
    expect(states).toContainEqual(['price-war', 'snoozed']);
    expect(states).toContainEqual(['buy-box-lost', 'dismissed']);
    // The competitor who undercut also took the buy box: one drop, one count on the badge.
    expect(rows.find((a) => a.kind === 'undercut')?.severity).toBe('info');
    await page.close();
    await panel.close();
  });
});
