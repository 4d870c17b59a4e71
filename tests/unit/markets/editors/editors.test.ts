/**
 * Listing-editor readers on hand-made fixtures of each market's editor (tests/fixtures/<market>/listing-edit/),
 * through the real registry, in a browser-like DOM (jsdom) and in the CLI's DOM (linkedom).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { controlByLabel, controlText } from '../../../../lib/markets/editor-kit';
import {
  editorMatches,
  listingEditors,
  matchEditorUrl,
  readEditorPage,
} from '../../../../lib/markets/editors';
import { DRAFT_LIMITS, draftSchema, MARKETS } from '../../../../lib/schemas/snapshot';
import { FIXTURES, jsdomDoc, jsdomWindow, linkedomDoc } from './dom';

/** A manifest match pattern as a RegExp over origin + path + query (how Chrome applies it). */
const escapePattern = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
function toRegExp(pattern: string): RegExp {
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern)!;
  return new RegExp(
    `^${m[1] === '*' ? 'https?' : m[1]}://${escapePattern(m[2]!)}${escapePattern(m[3]!)}$`,
  );
}

const CASES = [
  {
    fixture: 'amazon/listing-edit/edit-listing_sellercentral-com.html',
    url: 'https://sellercentral.amazon.com/abis/listing/edit?marketplaceID=ATVPDKIKX0DER&sku=MG-ST-350&asin=B0CX4R8N2Q&productType=DRINKING_CUP',
    market: 'amazon',
    draft: {
      productKey: 'B0CX4R8N2Q',
      title: 'Steel Travel Mug 350 ml - Best Seller, 100% Quality Guaranteed, FDA Approved Lid',
      bullets: [
        'Keeps drinks hot for 6 hours and cold for 12 hours',
        'Leak-proof lid fits most car cup holders',
        'Copper lining helps prevent infections from germs on the rim',
        'Dishwasher safe lid, hand wash the body',
      ],
      description:
        'Double-wall vacuum insulation keeps coffee hot for 6 hours. Order today for free shipping.',
      brand: 'Northvale',
    },
  },
  {
    fixture: 'ebay/listing-edit/lstng_ebay-com.html',
    url: 'https://www.ebay.com/lstng?draftId=5100148827013&mode=AddItem',
    market: 'ebay',
    draft: {
      productKey: '5100148827013',
      title: "L@@K Vintage Levi's 501 Jeans 32x30 Dark Wash not Gucci",
      description:
        'Classic straight fit, 100% cotton, barely worn.\nQuestions? Write to jeans.seller88@example.com before buying.',
      tags: ["Levi's", 'Jeans', 'Blue', 'Button Fly, wow!!! rare'],
      brand: "Levi's",
    },
  },
  {
    fixture: 'etsy/listing-edit/listing-editor-create_etsy-com.html',
    url: 'https://www.etsy.com/your/shops/me/listing-editor/create',
    market: 'etsy',
    draft: { title: '', description: '', tags: [] },
  },
  {
    fixture: 'etsy/listing-edit/listing-editor-edit_etsy-com.html',
    url: 'https://www.etsy.com/your/shops/me/listing-editor/edit/1587462390',
    market: 'etsy',
    draft: {
      productKey: '1587462390',
      title: 'HANDMADE CERAMIC COFFEE MUG & SAUCER SET & GIFT BOX',
      description:
        'Wheel-thrown stoneware, glazed in speckled oatmeal.\nOur chamomile blend in the gift box treats insomnia naturally.',
      tags: [
        'ceramic mug',
        'coffee mug',
        'pottery',
        'stoneware',
        'gift for her',
        'tea cup',
        'handmade mug',
        'saucer',
        'housewarming gift',
        'speckled glaze',
        'kitchen decor',
        'latte mug',
        'wheel thrown pottery mug',
        'mothers day',
      ],
    },
  },
  {
    fixture: 'shopee/listing-edit/product-new_seller-shopee-cn.html',
    url: 'https://seller.shopee.cn/portal/product/new',
    market: 'shopee',
    draft: {
      title: '全网最低价 304不锈钢保温杯 大容量 男女学生便携水杯',
      description: '双层真空设计，保温12小时。\n有问题请加微信 cupshop2024 咨询。',
    },
  },
  {
    fixture: 'shopee/listing-edit/product-edit_seller-shopee-sg.html',
    url: 'https://seller.shopee.sg/portal/product/24155980331',
    market: 'shopee',
    draft: {
      productKey: '24155980331',
      title: 'Bamboo Cutting Board Set of 3 WhatsApp 8123 4567',
      description: 'Organic bamboo, juice groove on one side. Sizes: 38x28, 33x23, 28x18 cm.',
    },
  },
  {
    fixture: 'taobao/listing-edit/publish-v2_item-upload-taobao-com.html',
    url: 'https://item.upload.taobao.com/sell/v2/publish.htm?catId=50016348&itemId=730018455612',
    market: 'taobao',
    draft: {
      productKey: '730018455612',
      title: '全网最低价 国家级 第一品牌 保温杯 316不锈钢 大容量',
      description: '316医用级不锈钢内胆，保温12小时。\n送杯套一个。',
      brand: '北谷',
    },
  },
  {
    fixture: 'taobao/listing-edit/publish-legacy_item-upload-taobao-com.html',
    url: 'https://item.upload.taobao.com/sell/publish.htm',
    market: 'taobao',
    draft: { title: '顶级工艺 手工紫砂壶 宜兴原矿 朱泥 西施壶' },
  },
] as const;

describe('listing-editor readers', () => {
  it.each(CASES)(
    '$fixture (jsdom) reads the draft the page shows',
    ({ fixture, url, market, draft }) => {
      const reading = readEditorPage(jsdomDoc(fixture, url), url);
      expect(reading?.market).toBe(market);
      expect(reading?.draft).toEqual(draft);
      expect(draftSchema.safeParse(reading?.draft).success).toBe(true);
    },
  );

  it.each(CASES)('$fixture (linkedom) reads the same draft', ({ fixture, url, draft }) => {
    expect(readEditorPage(linkedomDoc(fixture), url)?.draft).toEqual(draft);
  });

  it.each(CASES)('$fixture gives each value the element it came from', ({ fixture, url }) => {
    const reading = readEditorPage(jsdomDoc(fixture, url), url)!;
    for (const ref of reading.refs) {
      const value =
        ref.index === undefined
          ? reading.draft[ref.field as 'title' | 'description']
          : reading.draft[ref.field as 'bullets' | 'tags']![ref.index];
      expect(controlText(ref.element).trim()).toBe((value as string).trim());
      expect(reading.anchors[ref.field]).toBeDefined();
    }
  });

  it('every market with an editor fixture has an editor, and every editor a fixture with a provenance header', () => {
    for (const editor of listingEditors) {
      const dir = `${FIXTURES}${editor.market}/listing-edit/`;
      const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
      expect(pages.length, editor.id).toBeGreaterThan(0);
      for (const p of pages)
        expect(readFileSync(dir + p, 'utf8').slice(0, 1_500)).toMatch(
          /<!--[\s\S]*HAND-MADE[\s\S]*20\d\d-\d\d[\s\S]*Mirrors/,
        );
      expect(
        CASES.some((c) => c.market === editor.market),
        editor.id,
      ).toBe(true);
      expect(MARKETS).toContain(editor.market);
    }
  });

  it('reads the live value of a React-controlled input, not the attribute it was rendered with', () => {
    const url = 'https://www.etsy.com/your/shops/me/listing-editor/edit/1587462390';
    const doc = jsdomDoc('etsy/listing-edit/listing-editor-edit_etsy-com.html', url);
    const title = doc.querySelector<HTMLTextAreaElement>('#listing-title-input')!;
    title.value = 'Handmade ceramic mug';
    expect(readEditorPage(doc, url)?.draft.title).toBe('Handmade ceramic mug');
  });

  it('reads a Katal kat-input through its value property when the element is upgraded', () => {
    const url = 'https://sellercentral.amazon.com/abis/listing/edit?sku=MG-ST-350';
    const doc = jsdomDoc('amazon/listing-edit/edit-listing_sellercentral-com.html', url);
    const kat = doc.querySelector('kat-input[name^="item_name"]')!;
    Object.defineProperty(kat, 'value', { value: 'Steel Travel Mug 350 ml', configurable: true });
    const reading = readEditorPage(doc, url)!;
    expect(reading.draft.title).toBe('Steel Travel Mug 350 ml');
    expect(reading.draft.productKey).toBe('MG-ST-350');
  });

  it('finds a field by its label when the page has no known selector', () => {
    const doc = jsdomWindow(
      '<div class="form-item"><label>宝贝标题</label><div><span><input value="紫砂壶"></span></div></div>' +
        '<div class="row"><label for="d">Product Description</label><textarea id="d">Plain text</textarea></div>',
    ).document;
    expect(controlText(controlByLabel(doc, ['宝贝标题'])!)).toBe('紫砂壶');
    expect(controlText(controlByLabel(doc, ['Product Description'])!)).toBe('Plain text');
    expect(controlByLabel(doc, ['商品名称'])).toBeNull();
  });

  it('reads the brand but marks nothing on it, and a draft carries it validated and clipped', () => {
    const url = 'https://sellercentral.amazon.com/abis/listing/edit?sku=MG-ST-350';
    const doc = jsdomDoc('amazon/listing-edit/edit-listing_sellercentral-com.html', url);
    const brand = doc.querySelector('kat-input[name^="brand["]')!;
    brand.setAttribute('value', '  Oh Joy!  ');
    const reading = readEditorPage(doc, url)!;
    expect(reading.draft.brand).toBe('Oh Joy!');
    expect(reading.refs.some((r) => r.element === brand)).toBe(false);
    expect(draftSchema.parse(reading.draft).brand).toBe('Oh Joy!');

    brand.setAttribute('value', 'B'.repeat(DRAFT_LIMITS.brand + 50));
    const long = readEditorPage(doc, url)!.draft;
    expect(long.brand).toHaveLength(DRAFT_LIMITS.brand);
    expect(long.truncated).toBeUndefined();
    expect(draftSchema.safeParse(long).success).toBe(true);
    expect(
      draftSchema.safeParse({ ...long, brand: 'B'.repeat(DRAFT_LIMITS.brand + 1) }).success,
    ).toBe(false);

    brand.setAttribute('value', '   ');
    expect(readEditorPage(doc, url)!.draft).not.toHaveProperty('brand');
  });

  it('every selector is valid CSS (one bad selector would break a whole field)', () => {
    const doc = jsdomWindow('<p></p>').document;
    for (const e of listingEditors) {
      for (const f of e.fields) {
        for (const sel of [...f.selectors, ...(f.anchor ?? [])])
          expect(() => doc.querySelector(sel), sel).not.toThrow();
      }
    }
  });
});

describe('matchEditorUrl', () => {
  it.each([
    ['https://sellercentral.amazon.com/abis/listing/syh?ref_=xx_addlisting_dnav_xx', 'amazon'],
    [
      'https://sellercentral.amazon.de/abis/listing/edit?marketplaceID=A1PA6795UKMFR9&sku=X1',
      'amazon',
    ],
    ['https://sellercentral-europe.amazon.com/abis/listing/edit/offer?sku=X1', 'amazon'],
    ['https://sellercentral.amazon.co.jp/listing/product-edit?asin=B0CX4R8N2Q', 'amazon'],
    ['https://www.ebay.com/lstng?draftId=5100148827013&mode=AddItem', 'ebay'],
    ['https://www.ebay.co.uk/sl/list?mode=ReviseItem&itemId=335012345678', 'ebay'],
    ['https://www.etsy.com/your/shops/me/listing-editor/edit/1587462390', 'etsy'],
    ['https://www.etsy.com/your/shops/me/listing-editor/create?ref=listings_manager', 'etsy'],
    ['https://seller.shopee.cn/portal/product/new', 'shopee'],
    ['https://banhang.shopee.vn/portal/product/24155980331', 'shopee'],
    ['https://item.upload.taobao.com/sell/publish.htm?catId=50016348', 'taobao'],
    ['https://item.upload.taobao.com/sell/v2/publish.htm?catId=50016348', 'taobao'],
    ['https://myseller.taobao.com/home.htm/SellManage/publish?catId=50016348', 'taobao'],
  ])('%s is a %s listing editor', (url, market) => {
    expect(matchEditorUrl(url)?.market).toBe(market);
  });

  it.each([
    'https://sellercentral.amazon.com/myinventory/inventory',
    'https://www.amazon.com/abis/listing/edit?sku=X1', // a storefront, not Seller Central
    'https://aws.amazon.com/abis/listing/edit',
    'https://www.ebay.com/itm/335012345678',
    'https://www.ebay.com/sh/lst/active',
    'https://www.etsy.com/your/shops/me/tools/listings',
    'https://www.etsy.com/listing/1587462390/handmade-mug',
    'https://seller.shopee.cn/portal/product/list/all',
    'https://shopee.sg/portal/product/new',
    'https://myseller.taobao.com/home.htm/SellManage/on_sale',
    'https://item.taobao.com/item.htm?id=730018455612',
    'chrome-extension://abc/portal/product/new',
    'not a url',
  ])('%s is not a listing editor', (url) => {
    expect(matchEditorUrl(url)).toBeNull();
  });

  it('the content-script patterns cover every editor URL the matcher accepts', () => {
    const patterns = editorMatches.map(toRegExp);
    for (const url of [
      'https://sellercentral.amazon.com/abis/listing/syh?ref_=xx',
      'https://sellercentral.amazon.co.jp/listing/product-edit?asin=B0CX4R8N2Q',
      'https://www.ebay.de/lstng?draftId=1&mode=AddItem',
      'https://www.ebay.com/sl/list?mode=AddItem',
      'https://www.etsy.com/your/shops/me/listing-editor/create',
      'https://seller.shopee.cn/portal/product/new',
      'https://item.upload.taobao.com/sell/v2/publish.htm?catId=1',
      'https://myseller.taobao.com/home.htm/SellManage/publish',
    ]) {
      expect(matchEditorUrl(url), url).not.toBeNull();
      const u = new URL(url);
      expect(
        patterns.some((re) => re.test(u.origin + u.pathname + u.search)),
        url,
      ).toBe(true);
    }
    for (const p of editorMatches) expect(p).toMatch(/^https:\/\/[a-z0-9.-]+\/.+$/);
  });
});
