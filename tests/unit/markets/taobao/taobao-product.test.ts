/**
 * The Taobao/Tmall item page (`taobao/product`) on its hand-made fixtures (tests/fixtures/taobao/product/,
 * provenance in SOURCE.txt): URL matching, interstitials, the 2023 page, classic Tmall and classic Taobao
 * with their reviews, the 2024–2025 price block before the reviews arrived, which price is read (never
 * an after-coupon price when the price before it is shown), and two broken layouts. Parsed through the
 * real registry (parseDocument) with linkedom, as the CLI does, and with jsdom, as a browser-like DOM.
 */
import { describe, expect, it } from 'vitest';
import { matchUrl } from '../../../../lib/markets/index';
import { taobao } from '../../../../lib/markets/taobao';
import {
  cleanAuthor,
  followUpWhen,
  parseTaobaoDate,
  splitFollowUpLabel,
  splitMeta,
} from '../../../../lib/markets/taobao/text';
import type { PageSnapshot, ReviewSnapshot } from '../../../../lib/schemas/snapshot';
import {
  fixturesOf,
  parseHtml,
  patternCovers,
  snapshotOf,
  type Dom,
} from '../back-office-fixtures';

const html = fixturesOf('taobao');
const AT = '2024-06-03T08:00:00Z';
const CNY = (amount: number) => ({ amount, currency: 'CNY' });

const T2023_URL = 'https://item.taobao.com/item.htm?id=652301847716&spm=a21n57.1.0.0';
const T2023 = 'product/detail-2023_item-taobao-com.html';
const TMALL_URL = 'https://detail.tmall.com/item.htm?id=612345678901';
const TMALL = 'product/classic_detail-tmall-com.html';
const CLASSIC_URL = 'https://item.taobao.com/item.htm?id=703318824590';
const CLASSIC = 'product/classic_item-taobao-com.html';
const PENDING_URL = 'https://item.taobao.com/item.htm?id=719902345611';
const PENDING = 'product/reviews-pending_item-taobao-com.html';

const snap = (file: string, url: string, dom: Dom = 'linkedom', at = AT): PageSnapshot =>
  snapshotOf(html(file), url, at, dom);

const byAuthor = (s: PageSnapshot, author: string): ReviewSnapshot =>
  s.reviews!.find((r) => r.author === author)!;

/** The 2023 page with its HTML changed by `edit`. */
function edited2023(edit: (page: string) => string, at = AT): PageSnapshot {
  return snapshotOf(edit(html(T2023)), T2023_URL, at);
}

describe('matchUrl: item pages', () => {
  it.each([
    ['https://item.taobao.com/item.htm?id=652301847716', true],
    [T2023_URL, true],
    ['https://item.taobao.com/item.htm?spm=a230r.1.14.1&id=652301847716&ns=1#detail', true],
    ['https://detail.tmall.com/item.htm?id=612345678901&skuId=5012345678901', true],
    ['https://chaoshi.detail.tmall.com/item.htm?id=612345678901', true],
    ['https://detail.tmall.hk/item.htm?id=612345678901', true],
    ['https://detail.tmall.hk/hk/item.htm?id=612345678901', true],
    ['https://detail.tmall.hk/us/item.htm?id=612345678901', false],
    ['https://detail.tmall.com/hk/item.htm?id=612345678901', false],
    ['http://item.taobao.com/item.htm?id=652301847716', true],
    ['https://item.taobao.com/item.htm', false],
    ['https://item.taobao.com/item.htm?id=abc', false],
    ['https://item.taobao.com/item.htm?id=123', false],
    ['https://item.taobao.com/_____tmd_____/punish?x5secdata=xyz', false],
    ['https://item.taobao.com/', false],
    ['https://detail.tmall.com/', false],
    ['https://h5.m.taobao.com/awp/core/detail.htm?id=652301847716', false],
    ['https://detail.m.tmall.com/item.htm?id=612345678901', false],
    [
      'https://login.taobao.com/member/login.jhtml?redirectURL=https%3A%2F%2Fitem.taobao.com',
      false,
    ],
    ['https://item.taobao.com.evil.io/item.htm?id=652301847716', false],
    ['https://evilitem.taobao.com/item.htm?id=652301847716', false],
    ['https://detail.tmall.com.evil.io/item.htm?id=612345678901', false],
  ])('%s → product: %s', (url, ok) => {
    const m = matchUrl(url);
    if (!ok) expect(m).toBeNull();
    else
      expect(m).toMatchObject({
        market: 'taobao',
        pageType: 'product',
        parserId: 'taobao/product',
      });
  });

  it('asks for the item page of each host, over HTTPS, and nothing else there', () => {
    for (const url of [
      'https://item.taobao.com/item.htm?id=652301847716',
      'https://detail.tmall.com/item.htm?id=612345678901',
      'https://chaoshi.detail.tmall.com/item.htm?id=612345678901',
      'https://detail.tmall.hk/item.htm?id=612345678901',
      'https://detail.tmall.hk/hk/item.htm?id=612345678901',
    ]) {
      expect(taobao.matches.some((p) => patternCovers(p, url))).toBe(true);
      expect(taobao.matches.some((p) => patternCovers(p, url.replace('https:', 'http:')))).toBe(
        false,
      );
    }
    expect(taobao.matches.some((p) => patternCovers(p, 'https://item.taobao.com/search.htm'))).toBe(
      false,
    );
  });
});

describe('detectBlocked', () => {
  it.each([
    [
      'blocked/punish-captcha_item-taobao-com.html',
      'https://item.taobao.com/item.htm?id=652301847716',
      'captcha',
    ],
    [
      'blocked/login-dialog_detail-tmall-com.html',
      'https://detail.tmall.com/item.htm?id=652301847716',
      'sign-in',
    ],
  ])('%s is %s, never a snapshot', (file, url, reason) => {
    expect(parseHtml(html(file), url, AT)).toMatchObject({ kind: 'blocked', reason });
  });

  it('does not take an item page (with its 请登录 nav link) for an interstitial', () => {
    for (const [file, url] of [
      [T2023, T2023_URL],
      [TMALL, TMALL_URL],
      [CLASSIC, CLASSIC_URL],
      [PENDING, PENDING_URL],
    ] as const) {
      expect(parseHtml(html(file), url, AT).kind, file).toBe('snapshot');
    }
  });
});

describe('2023 item page', () => {
  const s = snap(T2023, T2023_URL);

  it('reads the item: id, title, the price before the coupon (not 券后) in CNY, the shop', () => {
    expect(s).toMatchObject({
      market: 'taobao',
      pageType: 'product',
      parser: { id: 'taobao/product', version: 1 },
    });
    expect(s.listings).toEqual([
      {
        productKey: '652301847716',
        url: 'https://item.taobao.com/item.htm?id=652301847716',
        title: '青屿轻氧速干运动T恤男夏季冰丝透气短袖跑步健身上衣',
        price: CNY(89),
        featuredOffer: { price: CNY(89), sellerName: '青屿运动户外' },
      },
    ]);
    expect(s.warnings).toBeUndefined();
  });

  it('reads every review card once (section and drawer): no stars, dates, SKUs, votes, text', () => {
    expect(s.reviews!.map((r) => [r.author, r.date, r.variant, r.helpfulVotes])).toEqual([
      ['小***鱼', '2024-05-20', '颜色分类:雾霾蓝;尺码:L', 7],
      ['t***3', '2024-05-28', '颜色分类:曜石黑;尺码:XL', 0],
      ['阿***哲', '2023-12-30', '颜色分类:曜石黑;尺码:M', 15],
      ['拾***光', '2024-06-01', '颜色分类:雾霾蓝;尺码:XL', 3],
      ['木***子', '2024-05-31', '颜色分类:曜石黑;尺码:XXL', 0],
      ['j***k', '2024-06-02', '颜色分类:雾霾蓝;尺码:L', 0],
    ]);
    expect(
      s.reviews!.every(
        (r) => r.rating === null && r.title === '' && r.productKey === '652301847716',
      ),
    ).toBe(true);
    expect(byAuthor(s, '小***鱼')).toEqual({
      id: expect.stringMatching(/^taobao-[0-9a-f]{16}$/),
      productKey: '652301847716',
      rating: null,
      title: '',
      body: '面料很舒服，速干效果不错，跑步出汗也不粘身。尺码标准，175/65kg穿L刚好。',
      date: '2024-05-20',
      dateText: '2024年5月20日',
      author: '小***鱼',
      variant: '颜色分类:雾霾蓝;尺码:L',
      helpfulVotes: 7,
    });
  });

  it('keeps line breaks, appends the follow-up (追评), leaves out the shop reply', () => {
    expect(byAuthor(s, 't***3').body).toBe(
      '穿了一次就开线了，质量很差，和描述不符。\n找客服说要拍视频才给退，体验很差。',
    );
    expect(byAuthor(s, '阿***哲').body).toBe(
      '冬天健身房穿也不闷，吸汗快干。\n\n追评（45天后）：洗了十几次，颜色一点没掉，也没起球。',
    );
    expect(byAuthor(s, '拾***光').body).toBe(
      '快递太慢了，等了一个星期才到，外包装也破了。衣服本身还行。',
    );
  });

  it('keeps the placeholder of a review without text, and markup as inert text', () => {
    expect(byAuthor(s, 'j***k').body).toBe('此用户没有填写评价。');
    expect(byAuthor(s, '木***子').body).toBe(
      '尺码严重偏小，平时穿XL这件XXL都紧 <img src=x onerror=alert(1)> 客服也不处理。',
    );
  });

  it('gives the same snapshot in jsdom, and stable ids when a follow-up is added later', () => {
    expect(snap(T2023, T2023_URL, 'jsdom')).toEqual(s);
    const ids = s.reviews!.map((r) => r.id);
    expect(new Set(ids).size).toBe(6);
    const revised = edited2023((page) =>
      page.replace(
        '<div class="Comment--content--15w7fKj">快递太慢了',
        '<div class="Comment--appendComment--1zW7h4x"><div class="Comment--appendTime--3xTcbZ1">3天后追评</div><div class="Comment--content--15w7fKj">已退货。</div></div><div class="Comment--content--15w7fKj">快递太慢了',
      ),
    );
    expect(revised.reviews!.map((r) => r.id)).toEqual(ids);
    expect(byAuthor(revised, '拾***光').body).toMatch(/追评（3天后）：已退货。$/);
  });
});

describe('which price a 2023 page gives', () => {
  it('reads a promotion everyone gets (no coupon to claim) as the price', () => {
    const s = edited2023((page) =>
      page.replace(
        'Price--extraPriceTitle--3GNqLB5">券后',
        'Price--extraPriceTitle--3GNqLB5">限时价',
      ),
    );
    expect(s.listings![0]!.price).toEqual(CNY(79));
  });

  it('reads the only price when there is no after-coupon price', () => {
    const s = edited2023((page) =>
      page.replace(/<div class="Price--extraPrice--[\s\S]*?<\/div>/, ''),
    );
    expect(s.listings![0]!.price).toEqual(CNY(89));
    expect(s.warnings).toBeUndefined();
  });

  it('is null with a warning while the price element is empty, never 0', () => {
    const s = edited2023((page) =>
      page
        .replace(/<div class="Price--extraPrice--[\s\S]*?<\/div>/, '')
        .replace(
          '<span class="Price--priceText--2nLbVda">89</span>',
          '<span class="Price--priceText--2nLbVda"></span>',
        ),
    );
    expect(s.listings![0]!.price).toBeNull();
    expect(s.warnings).toEqual(['price not loaded yet (the price element is empty)']);
  });
});

describe('classic Tmall item page', () => {
  const s = snap(TMALL, TMALL_URL);

  it('reads the item with its 促销价 (a discount for every buyer) and the shop', () => {
    expect(s.listings).toEqual([
      {
        productKey: '612345678901',
        url: 'https://detail.tmall.com/item.htm?id=612345678901',
        title: '速干运动裤男夏季薄款宽松跑步训练长裤',
        price: CNY(69),
        featuredOffer: { price: CNY(69), sellerName: '青屿运动旗舰店' },
      },
    ]);
    expect(s.warnings).toBeUndefined();
  });

  it('reads every row: masked author without （匿名）, MM.DD / YYYY.MM.DD / 今天 dates, SKU, follow-up', () => {
    expect(s.reviews!.map((r) => [r.author, r.dateText, r.date, r.variant])).toEqual([
      ['蒋***丢', '05.12', '2024-05-12', '颜色分类:雾霾蓝;尺码:L'],
      ['l***3', '05.30', '2024-05-30', '颜色分类:曜石黑;尺码:XL'],
      ['泡***o', '2023.12.30', '2023-12-30', '颜色分类:曜石黑;尺码:M'],
      ['s***1', '今天', '2024-06-03', '颜色分类:雾霾蓝;尺码:M'],
    ]);
    expect(byAuthor(s, '蒋***丢').body).toBe(
      '速干效果很好，夏天跑步穿正合适。做工也精细，没有线头。\n\n追评（收货10天后）：洗了几次没有变形，准备再买一条黑色的。',
    );
    // The shop's 解释 is not the buyer's words.
    expect(byAuthor(s, 'l***3').body).toBe('质量一般，洗一次就起球了，\n不值这个价。');
    expect(byAuthor(s, 's***1').body).toBe('评价方未及时做出评价,系统默认好评!');
    expect(s.reviews!.every((r) => r.rating === null && /^taobao-[0-9a-f]{16}$/.test(r.id))).toBe(
      true,
    );
  });

  it('keeps the 天猫国际 address of a page read there', () => {
    const hk = snap(TMALL, 'https://detail.tmall.hk/hk/item.htm?id=612345678901&skuId=1');
    expect(hk.listings![0]!.url).toBe('https://detail.tmall.hk/hk/item.htm?id=612345678901');
    expect(hk.reviews).toEqual(s.reviews);
  });

  it('keeps an id as "MM.DD" turns into "YYYY.MM.DD" next year', () => {
    const later = snapshotOf(
      html(TMALL).replace('>05.12<', '>2024.05.12<'),
      TMALL_URL,
      '2025-02-01T08:00:00Z',
    );
    expect(byAuthor(later, '蒋***丢').id).toBe(byAuthor(s, '蒋***丢').id);
  });
});

describe('classic Taobao item page', () => {
  const s = snap(CLASSIC, CLASSIC_URL);

  it('reads the 价格 range as its lower bound with a note while 淘宝价 is not filled in', () => {
    expect(s.listings).toEqual([
      {
        productKey: '703318824590',
        url: 'https://item.taobao.com/item.htm?id=703318824590',
        title: '青屿速干运动短裤男夏季宽松五分裤跑步训练带口袋',
        price: CNY(29.9),
        featuredOffer: { price: CNY(29.9), sellerName: '青屿运动户外' },
      },
    ]);
    expect(s.warnings).toEqual([
      'price: price range "29.90-59.90": using the lower bound 29.9 (upper 59.9)',
    ]);
  });

  it('reads the 淘宝价 once the page filled it in', () => {
    const filled = snapshotOf(
      html(CLASSIC).replace('class="tb-rmb-num"></em>', 'class="tb-rmb-num">25.90</em>'),
      CLASSIC_URL,
      AT,
    );
    expect(filled.listings![0]!.price).toEqual(CNY(25.9));
  });

  it('reads the reviews with their own ids, date and time, SKU, follow-up', () => {
    expect(s.reviews).toEqual([
      {
        id: '1143267980121',
        productKey: '703318824590',
        rating: null,
        title: '',
        body: '裤子很轻薄，口袋拉链很实用，跑步时手机不会掉出来。\n\n追评（收货后15天）：穿了半个月，松紧带有点松了，其他都还好。',
        date: '2024-05-18',
        dateText: '2024年05月18日 21:40',
        author: '晴***天',
        variant: '颜色分类：黑色 尺码：L',
      },
      {
        id: '1144012554309',
        productKey: '703318824590',
        rating: null,
        title: '',
        body: '尺码偏大一号，腰围松，\n而且有股很重的味道，洗了两遍还有。',
        date: '2024-06-01',
        dateText: '2024年06月01日 12:03',
        author: '奔***跑',
        variant: '颜色分类：灰色 尺码：M',
      },
      {
        id: '1143550017764',
        productKey: '703318824590',
        rating: null,
        title: '',
        body: '此用户没有填写评论!',
        date: '2024-05-25',
        dateText: '2024年05月25日 09:12',
        author: 't***8',
        variant: '颜色分类：灰色 尺码：XL',
      },
    ]);
    expect(snap(CLASSIC, CLASSIC_URL, 'jsdom')).toEqual(s);
  });
});

describe('2024–2025 item page before its reviews arrived', () => {
  const s = snap(PENDING, PENDING_URL);

  it('reads 优惠前 rather than 券后, not the sticky header copy, and warns that reviews are pending', () => {
    expect(s.listings).toEqual([
      {
        productKey: '719902345611',
        url: 'https://item.taobao.com/item.htm?id=719902345611',
        title: '青屿运动腰包跑步手机包防水贴身',
        price: CNY(39),
        featuredOffer: { price: CNY(39), sellerName: '青屿运动户外' },
      },
    ]);
    expect(s.reviews).toEqual([]);
    expect(s.warnings).toEqual([
      'no reviews rendered yet (the page loads them after it, or when 宝贝评价 is opened)',
    ]);
  });

  it('reads an after-coupon price shown alone, with a warning saying so', () => {
    const alone = snapshotOf(
      html(PENDING).replace(/<div class="subPrice--[\s\S]*?<\/div>/, ''),
      PENDING_URL,
      AT,
    );
    expect(alone.listings![0]!.price).toEqual(CNY(35));
    expect(alone.warnings).toContain(
      'price: only the price after a coupon or subsidy is shown ("券后"), read as the price',
    );
  });
});

describe('layouts the parser cannot read', () => {
  it.each([
    ['product/broken-layout_item-taobao-com.html', T2023_URL, /neither the title/],
    [
      'product/broken-reviews_detail-tmall-com.html',
      'https://detail.tmall.com/item.htm?id=652301847716',
      /2 review cards on the page but none could be read/,
    ],
  ])('%s is a typed failure (parser-health)', (file, url, error) => {
    const out = parseHtml(html(file), url, AT);
    expect(out.kind).toBe('failed');
    if (out.kind === 'failed') {
      expect(out.parser).toEqual({ id: 'taobao/product', version: 1 });
      expect(out.error).toMatch(error);
    }
  });
});

describe('Taobao text', () => {
  it.each([
    ['2024年5月20日', '2024-05-20'],
    ['2024年05月18日 21:40', '2024-05-18'],
    ['2023.12.30', '2023-12-30'],
    ['05.12', '2024-05-12'],
    ['12.30', '2023-12-30'],
    ['今天', '2024-06-03'],
    ['3天前', '2024-05-31'],
    ['', null],
    ['初次评价', null],
  ])('date %s → %s', (text, iso) => {
    expect(parseTaobaoDate(text, AT)).toBe(iso);
  });

  it('splits the 2023 meta line into date and SKU', () => {
    expect(splitMeta('2024年5月20日·已购:颜色分类:雾霾蓝;尺码:L')).toEqual({
      dateText: '2024年5月20日',
      variant: '颜色分类:雾霾蓝;尺码:L',
    });
    expect(splitMeta('2024年5月20日 · 颜色分类：黑色')).toEqual({
      dateText: '2024年5月20日',
      variant: '颜色分类：黑色',
    });
    expect(splitMeta('')).toEqual({ dateText: '', variant: '' });
  });

  it('reads follow-up labels and masked names', () => {
    expect(followUpWhen('收货1天后追加：')).toBe('收货1天后');
    expect(followUpWhen('收货当天追加：')).toBe('收货当天');
    expect(followUpWhen('15天后追评')).toBe('15天后');
    expect(followUpWhen('[追加评论]')).toBe('');
    expect(splitFollowUpLabel('15天后追评 洗了两次')).toEqual({
      label: '15天后追评',
      rest: '洗了两次',
    });
    expect(splitFollowUpLabel('[追加评论] 松了')).toEqual({ label: '[追加评论]', rest: '松了' });
    expect(splitFollowUpLabel('很好')).toEqual({ label: '', rest: '很好' });
    expect(cleanAuthor('蒋***丢（匿名）')).toBe('蒋***丢');
    expect(cleanAuthor('t***3')).toBe('t***3');
  });
});
