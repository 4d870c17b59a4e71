/**
 * The JD market module on its hand-made fixtures (tests/fixtures/jd/, provenance in SOURCE.txt):
 * URL matching, interstitials, and the item-page parser on the classic and the 2024 layouts, a page
 * whose reviews have not loaded yet and two broken layouts. Parsed through the real registry
 * (parseDocument) with linkedom, as the CLI does, and with jsdom, as a browser-like DOM.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { linkedomDocument, jsdomDocument } from '../amazon/fixtures';
import { matchUrl, parseDocument, type ParseOutcome } from '../../../../lib/markets/index';
import { jd } from '../../../../lib/markets/jd';
import {
  isDateText,
  parseJdDate,
  parseVotes,
  splitLeadingDate,
  starsFrom,
} from '../../../../lib/markets/jd/text';
import type { PageSnapshot, ReviewSnapshot } from '../../../../lib/schemas/snapshot';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/jd/', import.meta.url));
const AT = '2024-06-03T08:00:00Z';
const ITEM_URL = 'https://item.jd.com/100012345678.html';

function parse(file: string, url = ITEM_URL, dom: 'linkedom' | 'jsdom' = 'linkedom'): ParseOutcome {
  const html = readFileSync(FIXTURES + file, 'utf8');
  const doc = dom === 'jsdom' ? jsdomDocument(html) : linkedomDocument(html);
  return parseDocument(doc, url, AT);
}

function snapshot(
  file: string,
  url = ITEM_URL,
  dom: 'linkedom' | 'jsdom' = 'linkedom',
): PageSnapshot {
  const out = parse(file, url, dom);
  if (out.kind !== 'snapshot') throw new Error(`${file}: ${JSON.stringify(out).slice(0, 400)}`);
  return out.snapshot;
}

const byAuthor = (s: PageSnapshot, author: string): ReviewSnapshot =>
  s.reviews!.find((r) => r.author === author)!;

/** The 1★ review of t***3 on the 2024 page, parsed from `html` as captured at `at`. */
function parseJdRedesign(html: string, at: string): ReviewSnapshot {
  const out = parseDocument(linkedomDocument(html), ITEM_URL, at);
  if (out.kind !== 'snapshot') throw new Error(JSON.stringify(out).slice(0, 400));
  return byAuthor(out.snapshot, 't***3');
}

describe('matchUrl', () => {
  it.each([
    ['https://item.jd.com/100012345678.html', true],
    ['https://item.jd.com/4099139.html#comment', true],
    ['https://item.jd.com/100012345678.html?bbtf=1', true],
    ['https://item.jd.hk/100034567890.html', true],
    ['https://npcitem.jd.hk/100034567890.html', true],
    ['https://item.jd.com/', false],
    ['https://item.jd.com/product/100012345678.html', false],
    ['https://www.jd.com/', false],
    ['https://search.jd.com/Search?keyword=T恤', false],
    ['https://club.jd.com/repay/100012345678_7d1c2b3a-4e5f-4a6b-9c8d-0e1f2a3b4c5d_1.html', false],
    ['https://passport.jd.com/new/login.aspx', false],
    ['https://item.jd.com.evil.example/100012345678.html', false],
  ])('%s → %s', (url, ok) => {
    const m = matchUrl(url);
    expect(m !== null).toBe(ok);
    if (ok) expect(m).toMatchObject({ market: 'jd', pageType: 'product', parserId: 'jd/product' });
  });

  it('asks for the item hosts and the 京麦 back office only, over HTTPS', () => {
    expect(jd.matches).toEqual([
      'https://item.jd.com/*',
      'https://item.jd.hk/*',
      'https://npcitem.jd.hk/*',
      'https://shop.jd.com/jdm/*',
      'https://wares-jdm.jd.com/*',
    ]);
  });
});

describe('detectBlocked', () => {
  it.each([
    ['blocked/login_passport-jd-com.html', 'sign-in'],
    ['blocked/risk-verify_item-jd-com.html', 'captcha'],
  ])('%s is %s, never a snapshot', (file, reason) => {
    expect(parse(file)).toMatchObject({ kind: 'blocked', reason });
  });

  it('does not take an item page (with its "请登录" header link) for an interstitial', () => {
    for (const f of ['classic_item-jd-com.html', 'redesign_item-jd-com.html']) {
      const html = readFileSync(`${FIXTURES}product/${f}`, 'utf8');
      expect(jd.detectBlocked(linkedomDocument(html), new URL(ITEM_URL))).toBeNull();
    }
  });
});

describe('classic item page', () => {
  const s = snapshot('product/classic_item-jd-com.html');

  it('reads the product: SKU, title, price in CNY (not the Plus or struck price), shop', () => {
    expect(s).toMatchObject({ market: 'jd', pageType: 'product', parser: { id: 'jd/product' } });
    expect(s.listings).toEqual([
      {
        productKey: '100012345678',
        url: 'https://item.jd.com/100012345678.html',
        title: '青屿 轻氧速干运动T恤男 夏季冰丝透气短袖 跑步健身上衣',
        price: { amount: 89, currency: 'CNY' },
        featuredOffer: { price: { amount: 89, currency: 'CNY' }, sellerName: '青屿运动旗舰店' },
      },
    ]);
    expect(s.warnings).toBeUndefined();
  });

  it('reads all 8 reviews with ids, stars, dates, variants, helpful votes and text', () => {
    expect(s.reviews).toHaveLength(8);
    expect(s.reviews!.every((r) => r.productKey === '100012345678' && r.title === '')).toBe(true);
    expect(s.reviews!.map((r) => r.rating)).toEqual([5, 1, 5, 5, 1, 4, 5, 2]);
    expect(byAuthor(s, 'y***8')).toEqual({
      id: '7d1c2b3a-4e5f-4a6b-9c8d-0e1f2a3b4c5d',
      productKey: '100012345678',
      rating: 5,
      title: '',
      body: '面料很舒服，速干效果不错，跑步出汗也不粘身。尺码标准，175/65kg穿L刚好。',
      date: '2024-05-12',
      dateText: '2024-05-12 21:03',
      author: 'y***8',
      variant: '雾霾蓝 L',
      helpfulVotes: 12,
    });
    expect(byAuthor(s, '拾***光')).toMatchObject({
      rating: 1,
      date: '2024-05-20',
      variant: '曜石黑 XL',
      helpfulVotes: 3,
    });
  });

  it('appends the follow-up (追评) to the body', () => {
    expect(byAuthor(s, 'j***n').body).toBe(
      '物流很快，第二天就到了，包装完好。\n\n追评（购买30天后）：穿了一个月，洗了很多次也没变形没起球，还会回购。',
    );
  });

  it("keeps JD's placeholder for a review without text as the body", () => {
    expect(byAuthor(s, 'j***0')).toMatchObject({ body: '此用户未填写评价内容', rating: 5 });
  });

  it('keeps markup in a review as inert text', () => {
    const r = byAuthor(s, '木***子');
    expect(r.body).toBe(
      '尺码严重偏小，平时穿XL这件XXL都紧 <img src=x onerror=alert(1)> 客服也不处理。',
    );
    expect(r.variant).toBe('曜石黑 XXL');
  });

  it('takes the guid from the review link when the card has no data-guid', () => {
    expect(byAuthor(s, '陈***').id).toBe('9f8e7d6c-5b4a-4392-8a1b-0c9d8e7f6a5b');
  });

  it('gives the same snapshot in jsdom and on a re-parse', () => {
    const again = snapshot('product/classic_item-jd-com.html', ITEM_URL, 'jsdom');
    expect(again).toEqual(s);
  });
});

describe('2024 redesigned item page', () => {
  const s = snapshot('product/redesign_item-jd-com.html');

  it('reads the product: title, bare-number price as CNY, shop', () => {
    expect(s.listings).toEqual([
      {
        productKey: '100012345678',
        url: 'https://item.jd.com/100012345678.html',
        title: '青屿 轻氧速干运动T恤男 夏季冰丝透气短袖 跑步健身上衣',
        price: { amount: 79.9, currency: 'CNY' },
        featuredOffer: { price: { amount: 79.9, currency: 'CNY' }, sellerName: '青屿运动旗舰店' },
      },
    ]);
  });

  it('reads each rate card once (section and overlay), with stars from icons or the star image', () => {
    expect(s.reviews!.map((r) => [r.author, r.rating, r.date, r.variant])).toEqual([
      ['小***鱼', 5, '2024-05-20', '曜石黑 L'],
      ['t***3', 1, '2024-05-28', '雾霾蓝 XL'],
      ['阿***哲', 5, '2023-12-30', '曜石黑 M'],
      ['j***k', 1, '2024-06-01', '雾霾蓝 L'],
    ]);
    expect(byAuthor(s, 't***3')).toMatchObject({
      body: '穿了一次就开线了，质量很差，和描述不符。',
      dateText: '05-28',
      helpfulVotes: 0,
    });
    expect(byAuthor(s, '小***鱼').helpfulVotes).toBe(7);
    expect(byAuthor(s, '阿***哲')).toMatchObject({
      body: '冬天健身房穿也不闷，吸汗快干。\n\n追评（购买45天后）：洗了十几次，颜色一点没掉。',
      helpfulVotes: 15,
    });
    expect(byAuthor(s, 'j***k').body).toBe('此用户未填写评价内容');
  });

  it('gives rate cards (which carry no id) stable hashed ids, the same on every parse', () => {
    const ids = s.reviews!.map((r) => r.id);
    expect(new Set(ids).size).toBe(4);
    for (const id of ids) expect(id).toMatch(/^jd-[0-9a-f]{16}$/);
    expect(
      snapshot('product/redesign_item-jd-com.html', ITEM_URL, 'jsdom').reviews!.map((r) => r.id),
    ).toEqual(ids);
    // A follow-up added later does not change the id: the review is revised, not new.
    const html = readFileSync(`${FIXTURES}product/redesign_item-jd-com.html`, 'utf8').replaceAll(
      '<div class="jdc-pc-rate-card-footer"><span class="jdc-count">回复</span><span class="jdc-count">有用</span></div>',
      '<div class="jdc-pc-rate-card-after"><div class="time">购买3天后追评</div><div class="content">已退货。</div></div>',
    );
    const out = parseDocument(linkedomDocument(html), ITEM_URL, AT);
    expect(out.kind === 'snapshot' && out.snapshot.reviews!.map((r) => r.id)).toEqual(ids);
  });
});

describe('a page whose price and reviews have not loaded yet', () => {
  it('is the listing with price null and warnings, no reviews, no failure', () => {
    const s = snapshot('product/reviews-pending_item-jd-com.html');
    expect(s.listings).toEqual([
      {
        productKey: '100012345678',
        url: 'https://item.jd.com/100012345678.html',
        title: '青屿 轻氧速干运动T恤男 夏季冰丝透气短袖 跑步健身上衣',
        price: null,
        featuredOffer: { price: null, sellerName: '青屿运动旗舰店' },
      },
    ]);
    expect(s.reviews).toEqual([]);
    expect(s.warnings).toEqual([
      'price not loaded yet (the price element is empty)',
      'no reviews rendered yet (JD loads them after the page)',
    ]);
  });
});

describe('layouts the parser cannot read', () => {
  it.each([
    ['product/broken-layout_item-jd-com.html', /neither the title/],
    [
      'product/broken-reviews_item-jd-com.html',
      /2 review cards on the page but none could be read/,
    ],
  ])('%s is a typed failure (parser-health)', (file, error) => {
    const out = parse(file);
    expect(out.kind).toBe('failed');
    if (out.kind === 'failed') {
      expect(out.parser).toEqual({ id: 'jd/product', version: 1 });
      expect(out.error).toMatch(error);
    }
  });
});

describe('JD text', () => {
  it.each([
    ['2024-05-12 21:03', '2024-05-12'],
    ['2024-05-12', '2024-05-12'],
    ['05-28', '2024-05-28'],
    ['06-03', '2024-06-03'],
    ['12-30', '2023-12-30'],
    ['2024年5月1日', '2024-05-01'],
    // Relative dates count back from the capture (2024-06-03 16:00 in Beijing).
    ['3天前', '2024-05-31'],
    ['3 天前', '2024-05-31'],
    ['昨天 21:03', '2024-06-02'],
    ['前天', '2024-06-01'],
    ['今天', '2024-06-03'],
    ['刚刚', '2024-06-03'],
    ['17小时前', '2024-06-02'],
    ['45分钟前', '2024-06-03'],
    ['天前', null],
    ['', null],
  ])('date %s → %s', (text, iso) => {
    expect(parseJdDate(text, AT)).toBe(iso);
  });

  it('reads days as Beijing days: a New Year review captured at 01:00 in Beijing (17:00 UTC)', () => {
    const at = '2024-12-31T17:00:00Z';
    expect(parseJdDate('01-01', at)).toBe('2025-01-01');
    expect(parseJdDate('今天', at)).toBe('2025-01-01');
    expect(parseJdDate('12-31', at)).toBe('2024-12-31');
  });

  it("separates a relative date from the variant and keeps a review's id as its date ages", () => {
    expect(splitLeadingDate('3天前 雾霾蓝 XL')).toEqual({ date: '3天前', rest: '雾霾蓝 XL' });
    expect(isDateText('昨天 12:30')).toBe(true);
    expect(isDateText('3天前')).toBe(true);
    const html = readFileSync(`${FIXTURES}product/redesign_item-jd-com.html`, 'utf8');
    const ids = (date: string, at: string) =>
      parseJdRedesign(html.replaceAll('>05-28<', `>${date}<`), at);
    // The same 1★ review on two days ("6天前", then "7天前") and written out in full: one id.
    const first = ids('6天前', AT);
    expect(first.date).toBe('2024-05-28');
    expect(ids('7天前', '2024-06-04T08:00:00Z').id).toBe(first.id);
    expect(ids('2024-05-28', AT).id).toBe(first.id);
    expect(ids('05-28', AT).id).toBe(first.id);
  });

  it('reads stars and votes', () => {
    expect(starsFrom('comment-star star4')).toBe(4);
    expect(starsFrom('5星')).toBe(5);
    expect(starsFrom('comment-star')).toBeNull();
    expect(parseVotes('12')).toBe(12);
    expect(parseVotes('有用')).toBe(0);
    expect(parseVotes('1.2万')).toBe(12_000);
    expect(parseVotes('')).toBeUndefined();
  });
});
