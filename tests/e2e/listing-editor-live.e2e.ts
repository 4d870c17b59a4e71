/**
 * The listing editor's inline marks against the side panel, in real Chromium on the hand-made editor
 * fixtures at their real hostnames: the marks come from the same whole-listing lint as the panel
 * (a Japanese Amazon listing, a Shopee Taiwan listing), the Amazon brand exception applies to both, and
 * a title the page's own script replaces (no input event) is checked again within about a second.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, waitFor, type Harness } from './harness';

const AMAZON_PATH =
  '/abis/listing/edit?marketplaceID=ATVPDKIKX0DER&sku=MG-ST-350&asin=B0CX4R8N2Q&productType=DRINKING_CUP';
const SHOPEE_PATH = '/portal/product/new';
const TAOBAO_PATH = '/sell/v2/publish.htm?catId=50016348&itemId=730018455612';

let h: Harness;
let panel: Page;
beforeAll(async () => {
  h = await launch([
    {
      host: 'sellercentral.amazon.com',
      path: AMAZON_PATH,
      body: 'tests/fixtures/amazon/listing-edit/edit-listing_sellercentral-com.html',
    },
    {
      host: 'seller.shopee.cn',
      path: SHOPEE_PATH,
      body: 'tests/fixtures/shopee/listing-edit/product-new_seller-shopee-cn.html',
    },
    {
      host: 'item.upload.taobao.com',
      path: TAOBAO_PATH,
      body: 'tests/fixtures/taobao/listing-edit/publish-v2_item-upload-taobao-com.html',
    },
  ]);
  panel = await h.openExtensionPage('sidepanel.html');
  await panel.getByRole('tab', { name: 'Listing check' }).click();
  await panel.getByTestId('listing-check').waitFor();
});
afterAll(async () => h?.close());

/** Every inline mark on the page: `field[index]: count severity`. */
function marks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('seller-radar-mark')].map(
      (m) => `${m.dataset.field}${m.dataset.index ?? ''}: ${m.dataset.count} ${m.dataset.severity}`,
    ),
  );
}

/** The side panel's findings for the draft: `field: Severity rule «match»`. */
function panelFindings(): Promise<string[]> {
  return panel
    .getByTestId('listing-draft')
    .getByTestId('finding')
    .evaluateAll((els) =>
      els.map(
        (e) =>
          `${e.closest('[data-field]')?.getAttribute('data-field')}: ${e.querySelector('.badge')?.textContent} ${e.getAttribute('data-rule')} «${e.querySelector('.lc-match')?.textContent}»`,
      ),
    );
}

/** Sets a Katal control as Katal does (attribute and property) and fires its input event. */
async function setKat(page: Page, prefix: string, value: string): Promise<void> {
  await page.evaluate(
    ([p, v]) => {
      const el = document.querySelector(`kat-input[name^="${p}"], kat-textarea[name^="${p}"]`)!;
      el.setAttribute('value', v);
      (el as unknown as { value: string }).value = v;
      el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    },
    [prefix, value] as const,
  );
}

/** Whether two boxes share any area. */
const overlaps = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const BULLET = 'bullet_point[marketplace_id=ATVPDKIKX0DER][language_tag=en_US]#';

async function openEditor(url: string): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return page;
}

describe('listing editor: inline marks agree with the side panel (real Chromium)', () => {
  it('Amazon: a brand with "!" in the title is accepted on both; a Japanese listing is not checked as Chinese on either', async () => {
    const page = await openEditor(`https://sellercentral.amazon.com${AMAZON_PATH}`);
    await waitFor(async () => (await marks(page)).length > 0, 15_000, 'the marks on load');
    await setKat(page, 'brand', 'Oh Joy!');
    await setKat(page, 'item_name', 'Oh Joy! Ceramic Planter 6 Inch with Drainage Hole');
    await setKat(page, 'product_description', 'A ceramic planter.');
    for (let i = 1; i <= 4; i++) await setKat(page, `${BULLET}${i}`, 'Glazed stoneware');
    await expect.poll(() => marks(page), { timeout: 10_000 }).toEqual([]);
    await expect
      .poll(
        () => panel.getByTestId('listing-draft').getByTestId('findings-summary').textContent(),
        {
          timeout: 10_000,
        },
      )
      .toBe('No problems found.');

    // Another brand: the "!" is the title's own, an error on the page and in the panel alike.
    await setKat(page, 'brand', 'Northvale');
    await expect.poll(() => marks(page), { timeout: 10_000 }).toEqual(['title: 1 error']);
    await expect
      .poll(panelFindings, { timeout: 10_000 })
      .toEqual(['title: Error amazon/title-banned-chars «!»']);

    // A Japanese listing: bullet 1 has no kana of its own, but the listing does.
    await setKat(page, 'brand', 'Oh Joy!');
    await setKat(page, 'item_name', 'ふわふわ 今治タオル バスタオル 日本製');
    await setKat(page, `${BULLET}1`, '綿100% 日本製 最高級');
    await expect.poll(panelFindings, { timeout: 10_000 }).toEqual([]);
    await page.waitForTimeout(1_500);
    expect(await marks(page)).toEqual([]);
    await page.close();
  });

  it('Shopee Taiwan: the title is Info on the page as in the panel', async () => {
    const page = await openEditor(`https://seller.shopee.cn${SHOPEE_PATH}`);
    const title = page.locator('[data-product-edit-field-unique-id="name"] input');
    const desc = page.locator('[data-product-edit-field-unique-id="description"] textarea');
    await waitFor(async () => (await marks(page)).length > 0, 15_000, 'the marks on load');
    await desc.fill('台灣製造，質感絕佳，檢驗合格，環保無毒。');
    await title.fill('第一品牌 竹砧板');
    await expect
      .poll(panelFindings, { timeout: 10_000 })
      .toEqual([
        'title: Info cn-ad-law/absolute-ranking «第一品牌»',
        'description: Info cn-ad-law/absolute-top «絕佳»',
        'description: Info cn-ad-law/natural-safe «無毒»',
      ]);
    await expect
      .poll(() => marks(page), { timeout: 10_000 })
      .toEqual(['title: 1 info', 'description: 2 info']);
    await page.close();
  });

  it("Taobao: a title set by the page's own script (no input event) is checked again within 2 s", async () => {
    const page = await openEditor(`https://item.upload.taobao.com${TAOBAO_PATH}`);
    await waitFor(
      async () => (await marks(page)).includes('title: 3 error'),
      15_000,
      'the mark on the pre-filled title',
    );
    const titleBlock = panel
      .getByTestId('listing-draft')
      .locator('[data-testid="lc-field"][data-field="title"]');
    await expect.poll(() => titleBlock.locator('mark').count(), { timeout: 10_000 }).toBe(3);

    // e.g. the form's "use the recommended title": the property is set, no event fires.
    await page.evaluate(() => {
      document.querySelector<HTMLInputElement>('#struct-title input')!.value =
        '316不锈钢保温杯 大容量 男女学生';
    });
    const set = Date.now();
    await waitFor(
      async () => !(await marks(page)).some((m) => m.startsWith('title')),
      2_500,
      'the title mark to clear',
    );
    expect(Date.now() - set).toBeLessThan(2_500);
    await expect
      .poll(() => titleBlock.getByTestId('field-text').textContent(), { timeout: 2_500 })
      .toBe('316不锈钢保温杯 大容量 男女学生');
    expect(await titleBlock.locator('mark').count()).toBe(0);
    await page.close();
  });

  it("Taobao: the title's mark covers neither its byte counter nor the field, and Tab reaches it", async () => {
    const page = await openEditor(`https://item.upload.taobao.com${TAOBAO_PATH}`);
    await page.setViewportSize({ width: 1100, height: 800 });
    await waitFor(
      async () => (await marks(page)).includes('title: 3 error'),
      15_000,
      'the mark on the pre-filled title',
    );
    const host = page.locator('seller-radar-mark[data-field="title"]');
    const [badge, counter, field] = await Promise.all([
      host.boundingBox(),
      page.locator('#struct-title .next-input-len').boundingBox(),
      page.locator('#struct-title input').boundingBox(),
    ]);
    expect(badge!.width).toBeGreaterThan(0);
    expect(overlaps(badge!, counter!)).toBe(false);
    expect(overlaps(badge!, field!)).toBe(false);
    // Next to the field it belongs to: its right edge on the field's, just above it.
    expect(Math.abs(badge!.x + badge!.width - (field!.x + field!.width))).toBeLessThanOrEqual(1);
    expect(field!.y - (badge!.y + badge!.height)).toBeLessThanOrEqual(4);
    // What the seller sees at the counter is the counter.
    const atCounter = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x, y)?.className ?? null,
      [counter!.x + counter!.width / 2, counter!.y + counter!.height / 2] as const,
    );
    expect(atCounter).toBe('next-input-len');

    // Keyboard: Tab from the page's last control reaches the mark's button.
    await page.getByRole('button', { name: '提交宝贝信息' }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase() ?? null)).toBe(
      'seller-radar-mark',
    );
    await page.close();
  });
});
