/**
 * Accessibility, in real Chromium: axe-core (WCAG 2.x A/AA rules and best practices) over every view a
 * seller uses, with real content in it and in both UI languages: the side panel's five tabs (alerts
 * raised by a broken page, the real product and review pages captured, a listing being edited at
 * its real hostname), the popup and the options page, in the light and the dark colour scheme. Any
 * violation fails the test, with its rule, its elements and axe's explanation. The tab bar also works
 * from the keyboard (WAI-ARIA tabs pattern).
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AMAZON_DAY_ROUTES,
  captureAmazonDay,
  launch,
  visitInNewTab,
  type Harness,
} from './harness';

const TAOBAO_PATH = '/sell/v2/publish.htm?catId=50016348&itemId=730018455612';

let h: Harness;
beforeAll(async () => {
  h = await launch([
    ...AMAZON_DAY_ROUTES,
    {
      host: 'item.upload.taobao.com',
      path: TAOBAO_PATH,
      body: 'tests/fixtures/taobao/listing-edit/publish-v2_item-upload-taobao-com.html',
    },
  ]);
  await captureAmazonDay(h);
  // A listing being edited, so the Listing check tab has findings to show.
  await visitInNewTab(h, `https://item.upload.taobao.com${TAOBAO_PATH}`);
}, 90_000);
afterAll(async () => h?.close());

/** axe over the whole page; returns one readable line per violating element. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${v.id} (${v.impact}) ${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`,
    ),
  );
}

describe('accessibility (axe-core in real Chromium)', () => {
  it.each([
    ['English', 'light'],
    ['中文', 'light'],
    ['English', 'dark'],
  ] as const)(
    'side panel, every tab, in %s, %s colour scheme: no violations',
    async (language, colorScheme) => {
      const panel = await h.openExtensionPage('sidepanel.html');
      await panel.emulateMedia({ colorScheme });
      await panel.getByRole('tab').first().waitFor();
      const lang = language === '中文' ? '中文' : 'EN';
      await panel.getByRole('button', { name: lang, exact: true }).click();
      await panel.getByRole('tab', { name: language === '中文' ? '提醒' : 'Alerts' }).waitFor();
      const tabs = await panel.getByRole('tab').all();
      expect(tabs).toHaveLength(5);
      const found: string[] = [];
      for (const tab of tabs) {
        await tab.click();
        const name = (await tab.textContent()) ?? '';
        // Let the live queries render real content before checking.
        if (/Alerts|提醒/.test(name)) await panel.locator('.alert-card').first().waitFor();
        if (/Reviews|评论/.test(name)) await panel.getByTestId('review-item').first().waitFor();
        if (/Listing check|上架检查|检查/.test(name))
          await panel.getByTestId('listing-check').waitFor();
        await panel.waitForTimeout(300);
        found.push(...(await violations(panel)).map((v) => `[${name}] ${v}`));
        if (/Reviews|评论/.test(name)) {
          // Every product's reviews, so every label badge (positive, neutral, negative) is checked.
          const picker = panel.getByTestId('review-product');
          for (const value of await picker
            .locator('option')
            .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))) {
            await picker.selectOption(value);
            await panel.getByTestId('review-item').first().waitFor();
            found.push(...(await violations(panel)).map((v) => `[${name} ${value}] ${v}`));
          }
        }
      }
      expect(found).toEqual([]);
      await panel.close();
    },
    60_000,
  );

  it.each([
    [
      'EN',
      'of 5 star',
      / \((shipping|quality|packaging|service|price|size|authenticity) (complaint|praise|mention)/,
    ],
    ['中文', ' 星（满分 5 星）', /^（(物流|质量|包装|服务|价格|尺码|真伪)：(负面|正面|中性)/],
  ] as const)(
    'Reviews (%s): stars are a named image, each highlight says its aspect and polarity, the count is announced (QA pass)',
    async (lang, starsName, note) => {
      const panel = await h.openExtensionPage('sidepanel.html');
      await panel.getByRole('tab').first().waitFor();
      await panel.getByRole('button', { name: lang, exact: true }).click();
      await panel.getByRole('tab', { name: lang === '中文' ? '评论' : 'Reviews' }).click();
      await panel.getByTestId('review-item').first().waitFor();
      // The accessibility tree names the stars ("4 of 5 stars"), not "★★★★" "☆".
      const stars = panel.locator('.review-head .stars').first();
      expect(await stars.getAttribute('role')).toBe('img');
      expect(await stars.getAttribute('aria-label')).toContain(starsName);
      expect(await panel.getByRole('img', { name: starsName }).count()).toBeGreaterThan(0);
      // Each highlight is followed by its note for screen readers; a complaint shows a sign too.
      const marks = await panel.locator('[data-testid="review-item"] mark').evaluateAll((els) =>
        els.map((m) => ({
          cls: m.className,
          note:
            m.nextElementSibling?.className === 'sr-only' ? m.nextElementSibling.textContent : null,
          sign: getComputedStyle(m, '::after').content,
        })),
      );
      expect(marks.length).toBeGreaterThan(0);
      for (const m of marks) expect(m.note).toMatch(note);
      const negative = marks.find((m) => m.cls === 'aspect-negative');
      expect(negative?.sign).toMatch(/−/);
      // The count of reviews shown is a polite live region.
      expect(await panel.getByTestId('review-count').getAttribute('aria-live')).toBe('polite');
      await panel.close();
    },
  );

  it.each([
    ['popup.html', 'light'],
    ['options.html', 'light'],
    ['popup.html', 'dark'],
    ['options.html', 'dark'],
  ] as const)('%s, %s colour scheme: no violations', async (name, colorScheme) => {
    const page = await h.openExtensionPage(name);
    await page.emulateMedia({ colorScheme });
    await page.locator('h1').waitFor();
    await page.waitForTimeout(500);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it.each(['EN', '中文'])(
    'in a 320 px side panel (%s) every tab is on screen, none scrolled out of sight',
    async (lang) => {
      const panel = await h.openExtensionPage('sidepanel.html');
      await panel.setViewportSize({ width: 320, height: 700 });
      await panel.getByRole('tab').first().waitFor();
      await panel.getByRole('button', { name: lang, exact: true }).click();
      await panel.getByRole('tab', { name: lang === '中文' ? '提醒' : 'Alerts' }).waitFor();
      const boxes = await panel
        .getByRole('tab')
        .evaluateAll((tabs) => tabs.map((t) => t.getBoundingClientRect().toJSON() as DOMRect));
      expect(boxes).toHaveLength(5);
      for (const b of boxes) {
        expect(b.left).toBeGreaterThanOrEqual(0);
        expect(b.right).toBeLessThanOrEqual(320);
      }
      // The last tab can be clicked with the mouse (a sideways-scrolling row hid it).
      await panel.getByRole('tab').last().click({ trial: true, timeout: 2_000 });
      await panel.close();
    },
  );

  it('the tab bar is one tab stop, and arrow keys, Home and End move between views', async () => {
    const panel = await h.openExtensionPage('sidepanel.html');
    // By id: the language chosen in an earlier test persists in settings.
    const selected = () => panel.locator('[role="tab"][aria-selected="true"]').getAttribute('id');
    const focused = () => panel.evaluate(() => document.activeElement?.id);
    await panel.getByRole('tab').first().click();
    expect(await panel.locator('[role="tab"][tabindex="0"]').count()).toBe(1);
    for (const [key, id] of [
      ['ArrowRight', 'tab-products'],
      ['End', 'tab-reviews'],
      ['ArrowRight', 'tab-alerts'],
      ['ArrowLeft', 'tab-reviews'],
      ['Home', 'tab-alerts'],
    ] as const) {
      await panel.keyboard.press(key);
      await expect.poll(selected).toBe(id);
      expect(await focused()).toBe(id);
    }
    // The view is labelled by its tab.
    const labelledBy = await panel.getByRole('tabpanel').getAttribute('aria-labelledby');
    expect(await panel.locator(`#${labelledBy}`).getAttribute('aria-selected')).toBe('true');
    await panel.close();
  });

  it('Alt+Shift+S opens the workspace: Chromium registers the shortcut on the action, which opens the side panel', async () => {
    // Browser-level shortcuts cannot be pressed from a page, so this asks Chromium what it registered
    // (a suggested key that collides with one of the browser's is silently dropped: Alt+Shift+R was).
    const page = await h.openExtensionPage('popup.html');
    const commands = await page.evaluate(async () => {
      const api = (
        globalThis as unknown as {
          chrome: { commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> } };
        }
      ).chrome.commands;
      return (await api.getAll()).map((c) => ({ name: c.name, shortcut: c.shortcut }));
    });
    expect(commands).toContainEqual({ name: '_execute_action', shortcut: 'Alt+Shift+S' });
    await page.close();
  });
});
