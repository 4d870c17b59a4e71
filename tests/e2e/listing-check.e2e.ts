/**
 * Listing check, end to end in real Chromium: hand-made listing-editor fixtures served at their real
 * hostnames (Etsy listing editor, Taobao 发布宝贝), the user TYPES a title with violations, the inline
 * marks next to the field and the side panel's Listing check show the findings, and fixing the text
 * clears both.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, waitFor, type Harness } from './harness';

const ETSY_PATH = '/your/shops/me/listing-editor/create';
const TAOBAO_PATH = '/sell/v2/publish.htm?catId=50016348&itemId=730018455612';

let h: Harness;
let panel: Page;
beforeAll(async () => {
  h = await launch([
    {
      host: 'www.etsy.com',
      path: ETSY_PATH,
      body: 'tests/fixtures/etsy/listing-edit/listing-editor-create_etsy-com.html',
    },
    {
      host: 'item.upload.taobao.com',
      path: TAOBAO_PATH,
      body: 'tests/fixtures/taobao/listing-edit/publish-v2_item-upload-taobao-com.html',
    },
  ]);
});
afterAll(async () => h?.close());

/**
 * The inline mark next to a field (a closed shadow root: its host exposes count and severity), read in
 * one step so a mark removed mid-read is simply "no mark".
 */
function mark(
  page: Page,
  field: string,
): Promise<{ count: string | null; severity: string | null; visible: boolean } | null> {
  return page.evaluate((f) => {
    const host = document.querySelector<HTMLElement>(`seller-radar-mark[data-field="${f}"]`);
    if (!host) return null;
    const box = host.getBoundingClientRect();
    return {
      count: host.dataset.count ?? null,
      severity: host.dataset.severity ?? null,
      visible: host.style.display !== 'none' && box.width > 0 && box.height > 0,
    };
  }, field);
}

async function openListingCheck(): Promise<Page> {
  const p = await h.openExtensionPage('sidepanel.html');
  await p.getByRole('tab', { name: 'Listing check' }).click();
  await p.getByTestId('listing-check').waitFor();
  return p;
}

describe('listing check (real Chromium)', () => {
  it('Etsy editor: typed violations are marked inline and listed in the side panel; fixing them clears both', async () => {
    const page = await h.context.newPage();
    await page.goto(`https://www.etsy.com${ETSY_PATH}`, { waitUntil: 'domcontentloaded' });
    const title = page.locator('#listing-title-input');
    await title.click();
    await title.pressSequentially('Handmade ceramic mug ☕ cures anxiety', { delay: 15 });

    const inline = await waitFor(
      async () => {
        const m = await mark(page, 'title');
        return m?.count === '2' ? m : null;
      },
      15_000,
      'the inline mark on the Etsy title',
    );
    expect(inline).toEqual({ count: '2', severity: 'error', visible: true });
    // The page's own field is untouched: our host lives at the end of <body>, not inside the form.
    expect(await page.locator('#listing-details seller-radar-mark').count()).toBe(0);

    panel = await openListingCheck();
    const draft = panel.getByTestId('listing-draft');
    await expect.poll(() => draft.getAttribute('data-market'), { timeout: 10_000 }).toBe('etsy');
    const titleBlock = draft.locator('[data-testid="lc-field"][data-field="title"]');
    await expect
      .poll(
        () =>
          titleBlock
            .getByTestId('finding')
            .evaluateAll((els) => els.map((e) => e.getAttribute('data-rule'))),
        { timeout: 10_000 },
      )
      .toEqual(['etsy/title-chars', 'etsy/medical-claims']);
    expect(await titleBlock.locator('mark.finding-error').allTextContents()).toEqual(['☕']);
    expect(await titleBlock.locator('mark.finding-warning').allTextContents()).toEqual([
      'cures anxiety',
    ]);
    expect(await titleBlock.getByTestId('field-text').textContent()).toBe(
      'Handmade ceramic mug ☕ cures anxiety',
    );
    await expect.poll(() => panel.getByTestId('market-select').inputValue()).toBe('etsy');

    // Fix the title by typing: the marks go away on the page and in the panel.
    await page.bringToFront();
    await title.click();
    await page.keyboard.press('Control+A');
    await title.pressSequentially('Handmade ceramic mug for tea', { delay: 10 });
    await waitFor(
      async () => (await mark(page, 'title')) === null,
      10_000,
      'the inline mark to clear',
    );
    await expect
      .poll(() => draft.getByTestId('findings-summary').textContent(), { timeout: 10_000 })
      .toBe('No problems found.');
    expect(await draft.locator('mark').count()).toBe(0);
    await page.close();
  });

  it('Taobao 发布宝贝: a pre-filled title is marked on load; typed 极限词 are listed in Chinese; fixing clears them', async () => {
    const page = await h.context.newPage();
    await page.goto(`https://item.upload.taobao.com${TAOBAO_PATH}`, {
      waitUntil: 'domcontentloaded',
    });
    await waitFor(
      async () => (await mark(page, 'title'))?.count === '3',
      15_000,
      'the mark on the pre-filled title',
    );

    const title = page.locator('#struct-title input');
    await title.fill('');
    await waitFor(
      async () => (await mark(page, 'title')) === null,
      10_000,
      'the mark to clear on an empty title',
    );
    await title.pressSequentially('全网最低价 国家级 第一品牌 保温杯', { delay: 15 });
    const inline = await waitFor(
      async () => {
        const m = await mark(page, 'title');
        return m?.count === '3' ? m : null;
      },
      10_000,
      'the mark on the typed title',
    );
    expect(inline.severity).toBe('error');

    await panel.bringToFront();
    const draft = panel.getByTestId('listing-draft');
    await expect.poll(() => draft.getAttribute('data-market'), { timeout: 10_000 }).toBe('taobao');
    const titleBlock = draft.locator('[data-testid="lc-field"][data-field="title"]');
    await expect
      .poll(() => titleBlock.locator('mark').allTextContents(), { timeout: 10_000 })
      .toEqual(['全网最低价', '国家级', '第一品牌']);
    await panel.getByRole('button', { name: '中文' }).click();
    await expect
      .poll(() => titleBlock.getByTestId('finding').first().textContent(), { timeout: 10_000 })
      .toContain('cn-ad-law/absolute-price');
    // The switch is saved to storage and read back by the page: a moment, not at once.
    await expect
      .poll(() => panel.getByRole('tab', { name: '文案合规检查' }).count(), { timeout: 10_000 })
      .toBe(1);
    // One click copies the title with 全网最低价 replaced by the rule's suggested wording.
    const copy = titleBlock.getByTestId('copy-fix').first();
    expect(await copy.textContent()).toBe('复制修改后的文本');
    // Record what is written, still through the real clipboard (reading it back needs a permission
    // Chromium cannot grant to an extension origin from the test).
    await panel.evaluate(() => {
      const w = window as unknown as { sellerRadarCopied: string[] };
      const real = navigator.clipboard.writeText.bind(navigator.clipboard);
      w.sellerRadarCopied = [];
      navigator.clipboard.writeText = (text: string) => (
        w.sellerRadarCopied.push(text),
        real(text)
      );
    });
    await copy.click();
    await expect.poll(() => copy.textContent()).toBe('已复制 ✓');
    expect(
      await panel.evaluate(
        () => (window as unknown as { sellerRadarCopied: string[] }).sellerRadarCopied,
      ),
    ).toEqual(['实惠 国家级 第一品牌 保温杯']);
    await panel.getByRole('button', { name: 'EN' }).click();

    await page.bringToFront();
    await title.fill('');
    await title.pressSequentially('316不锈钢保温杯 大容量', { delay: 10 });
    await waitFor(
      async () => (await mark(page, 'title')) === null,
      10_000,
      'the mark to clear after the fix',
    );
    await expect
      .poll(() => draft.locator('[data-testid="lc-field"][data-field="title"] mark').count(), {
        timeout: 10_000,
      })
      .toBe(0);
    await page.close();
  });

  it('checks pasted text without an editor page', async () => {
    await panel.bringToFront();
    await panel.getByTestId('market-select').selectOption('amazon');
    await panel
      .getByTestId('paste-text')
      .fill('Best seller 100% quality guaranteed FDA approved mug');
    const pasted = panel.locator('.lc-paste');
    await expect
      .poll(() =>
        pasted
          .getByTestId('finding')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-rule'))),
      )
      .toEqual(['amazon/promotional', 'amazon/promotional', 'amazon/fda-approved']);
    expect(await pasted.locator('mark.finding-error').allTextContents()).toEqual([
      'Best seller',
      '100% quality guaranteed',
      'FDA approved',
    ]);
    await panel.close();
  });
});
