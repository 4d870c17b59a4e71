/**
 * Every selector of the Taobao/Tmall pages read, in one place. Lists are fallbacks tried in order,
 * oldest first and newest last, each dated by the public sources in tests/fixtures/taobao/<page
 * type>/SOURCE.txt (no real saved page of these sites is available).
 *
 * The public item page (`taobao/product`) has had three generations:
 *   classic   (-2022) Taobao: `#J_Title .tb-main-title`, `#J_StrPrice .tb-rmb-num` (价格) and
 *             `#J_PromoPrice .tb-rmb-num` (淘宝价, filled by the page's script), the shop in
 *             `.tb-shop-name`, reviews `li.J_KgRate_ReviewItem` (`#review-<id>`, `.tb-rev-item[data-id]`)
 *             in `#reviews`. Tmall: `.tb-detail-hd h1`, `#J_StrPriceModBox .tm-price` (价格) and
 *             `#J_PromoPrice .tm-price` (促销价), the shop in `.slogo-shopname`, reviews as rows of
 *             `#J_Reviews .rate-grid` (`td.tm-col-master`, `.tm-rate-premiere` / `.tm-rate-append`,
 *             `.rate-sku p[title]`, `.rate-user-info`).
 *   2023      the React page with CSS-module classes `<Component>--<name>--<hash>`
 *             (`ItemHeader--mainTitle--3CIjqW5`, `Price--priceText--2nLbVda`, `Comment--content--15w7fKj`):
 *             the hash changes with every build, so these are matched on `[class*="<Component>--<name>--"]`.
 *             Reviews are `Comment--root--` cards (`Comment--userName--`, `Comment--meta--` "date·已购:…",
 *             `Comment--content--`) in the 宝贝评价 section and its 查看全部评价 drawer.
 *   2024–2025 the same page with the component name dropped from its classes (`mainTitle--O1XCl8e2`,
 *             `highlightPrice--OOP9oDP8`, `subPrice--…`, `shopName--…`): matched on `[class*="<name>--"]`
 *             within the price block only, since such short names recur elsewhere on the page.
 * Taobao shows no star rating per review (only 好评/中评/差评 filters): reviews carry `rating: null`.
 */
export const productSelectors = {
  title: [
    '#J_Title .tb-main-title', // classic Taobao
    '.tb-detail-hd h1', // classic Tmall
    '[class*="ItemHeader--mainTitle--"]', // 2023
    '[class*="ItemTitle--mainTitle--"]', // 2023 (Tmall builds)
    'h1[class*="mainTitle--"]', // 2024–2025
  ],
  /**
   * Price blocks by generation, each a `main` price (a promotion or an after-coupon price, with the
   * label the page prints next to it) and an `alt` price (the price before it). Which one is read is
   * decided in parse-product.ts: the price a buyer pays now without claiming a coupon.
   */
  price: {
    classicTaobao: {
      main: ['#J_PromoPriceNum', '#J_PromoPrice .tb-rmb-num'],
      alt: ['#J_StrPrice .tb-rmb-num'],
    },
    classicTmall: { main: ['#J_PromoPrice .tm-price'], alt: ['#J_StrPriceModBox .tm-price'] },
    /** 2023: `Price--extraPrice--` ("券后 ¥89") beside `Price--originPrice--` ("¥129"). */
    moduleMain: '[class*="Price--extraPrice--"]',
    moduleAlt: '[class*="Price--originPrice--"]',
    /** 2023: the number in a price block; one without origin/extra split is just this. */
    moduleText: '[class*="Price--priceText--"]',
    /** 2024–2025: `highlightPrice--` (always there, labelled when it is after a discount), `subPrice--` ("优惠前¥129", only with a discount). */
    highlight: '[class*="highlightPrice--"]',
    highlightNumber: '[class*="text--"]',
    highlightLabel: '[class*="title--"], [class*="desc--"]',
    sub: '[class*="subPrice--"]',
    /** The sticky header repeats the price: never read from it. */
    sticky: '[class*="ItemHeadFixed--"]',
  },
  shop: [
    '.tb-shop-name a', // classic Taobao (the full name in its title)
    '.slogo-shopname', // classic Tmall
    '[class*="ShopHeader--title--"]', // 2023
    '[class*="ShopHeaderNew--shopName--"]', // 2023 (newer builds)
    'span[class*="shopName--"]', // 2024–2025 (the span: its wrapper also holds the shop's scores)
  ],
} as const;

/** Where the reviews live, to tell "no review section" from "no reviews rendered yet". */
export const reviewSectionSelectors = [
  '#reviews', // classic Taobao
  '#J_Reviews', // classic Tmall (also classic Taobao's tab panel)
  '[class*="Comments--comments--"]', // 2023 list
  '[class*="Rate--root--"]', // 2023 宝贝评价 section
  '[class*="ShowButton--"]', // 2024– the 查看全部评价 button of the section
] as const;

/** Classic Tmall review rows: `#J_Reviews .rate-grid table tr`. */
export const tmallRateSelectors = {
  card: '.rate-grid tr',
  /** The first review: in `.tm-rate-premiere` when the row has a follow-up, else right in the cell. */
  body: '.tm-rate-premiere .tm-rate-content .tm-rate-fulltxt, .tm-col-master > .tm-rate-content .tm-rate-fulltxt',
  date: '.tm-rate-premiere .tm-rate-date, .tm-col-master > .tm-rate-date',
  followUp: '.tm-rate-append .tm-rate-content .tm-rate-fulltxt',
  /** "收货1天后追加：", "收货当天追加：". */
  followUpWhen: '.tm-rate-append .tm-rate-daydiff, .tm-rate-append .tm-rate-title',
  variant: '.rate-sku p',
  author: '.rate-user-info',
} as const;

/** Classic Taobao reviews: `li.J_KgRate_ReviewItem#review-<id>` in `#reviews .tb-revbd`. */
export const kgRateSelectors = {
  card: '.J_KgRate_ReviewItem',
  item: '.tb-rev-item[data-id]',
  body: '.tb-tbcr-content',
  followUpBlock: '.tb-rev-item-append',
  info: '.tb-r-info',
  date: '.tb-r-date',
  author: ['.from-whom .tb-r-unick', '.from-whom'],
} as const;

/** 2023– review cards, matched on their CSS-module prefixes. */
export const commentSelectors = {
  card: '[class*="Comment--root--"]',
  author: ['[class*="Comment--userName--"] span', '[class*="Comment--userName--"]'],
  meta: '[class*="Comment--meta--"]',
  body: '[class*="Comment--content--"]',
  /** The follow-up block: "15天后追评" and its own `Comment--content--`. */
  followUpBlock: '[class*="Comment--append"]',
  helpful: '[class*="Comment--like--"]',
} as const;

/**
 * The product list of 千牛 (商品管理, `taobao/inventory`): built from Alibaba's Fusion Next components
 * (`next-btn`, `next-pagination`, `next-table-row`, as automation scripts for the page click them): a
 * header table and a body table in `.next-table-header` / `.next-table-body`, rows `tr.next-table-row`,
 * cells `td.next-table-cell > div.next-table-cell-wrapper`; locked columns (the 操作 column on the right)
 * are drawn a second time, rows and all, in `.next-table-lock-right` and never read. The product cell
 * prints its title link and the lines "ID:652301847716" and "编码:QY-TS-01" (`span.product-desc-span`,
 * the item's `itemDesc.desc` entries of the list's data).
 */
export const inventorySelectors = {
  table: ['.next-table', 'table'],
  headerCell: '.next-table-header th',
  row: '.next-table-body tr.next-table-row',
  /** Copies of locked columns. */
  lock: '.next-table-lock-left, .next-table-lock-right, .next-table-fixer',
  cell: 'td',
  activeTab: [
    '.next-tabs-tab.active', // Fusion Next tabs
    '[role="tab"][aria-selected="true"]',
  ],
  loading: ['.next-table-loading', '.next-loading-tip', '.next-loading-indicator'],
  empty: ['.next-table-empty'],
  /** The item page link: item.taobao.com/item.htm?id=, detail.tmall.com/item.htm?id=. */
  itemLink: 'a[href*="item.taobao.com/item.htm"], a[href*="detail.tmall.com/item.htm"]',
  title: [
    '.product-desc-title',
    '[class*="title-link"]',
    '[class*="item-title"]',
    '[class*="title"]',
  ],
} as const;

/** 千牛's login (framed from login.taobao.com) and Alibaba's slider verification (baxia / nocaptcha). */
export const blockedSelectors = {
  signIn: [
    'iframe#alibaba-login-box',
    'iframe[src*="login.taobao.com"]',
    'iframe[src*="loginmyseller.taobao.com"]',
    'input#fm-login-id',
    'form#login-form',
  ],
  captcha: [
    '#nc_1_n1z', // the nocaptcha slider button
    '#nocaptcha',
    '.nc-container',
    '[id^="baxia-dialog"]',
    'iframe[src*="_____tmd_____"]', // the punish / verification page, framed
  ],
} as const;
