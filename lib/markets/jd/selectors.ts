/**
 * Every JD item-page selector, in one place. Lists are fallbacks tried in order, newest last, each
 * dated by when a public source shows the layout (no real saved JD page is available: the sources are
 * public scrapers and extensions that read the rendered page, listed in tests/fixtures/jd/product/SOURCE.txt).
 *
 *   classic   the item page of 2016–2024: `.itemInfo-wrap .sku-name`, `.summary-price .p-price .price`,
 *             the shop in `#crumb-wrap .J-hove-wrap .name a`, reviews `#comment .comment-item`
 *             rendered from JSON by the page's own script (data-guid, `.comment-star.starN`,
 *             `.comment-con`, `.order-info` spans, `.comment-op .J-nice`).
 *   2024      the redesigned item page: `.sku-title .sku-title-name`, `.product-price--main
 *             .product-price--value`, reviews as `.jdc-pc-rate-card` components, in the page's review
 *             section (`.comment-root`) and in the 全部评价 overlay (`#rateList`, a virtual list whose
 *             containers carry CSS-module classes with a build hash: `_rateListBox_1ygkr_1`, so matched
 *             with `[class*=...]`).
 */
import { table } from '../../lookup';

export const productSelectors = {
  title: [
    '.sku-title .sku-title-name', // 2024
    '.sku-title-name', // 2024
    '.itemInfo-wrap .sku-name', // classic
    '.product-intro .sku-name', // classic
    '.sku-name', // classic (also JD International)
    '[class*="skuName"]', // 2024, hashed CSS-module variants
  ],
  /**
   * The displayed price. Plus-member and struck prices sit in their own elements (`.p-price-plus`,
   * `.product-price--origin`), never these. An empty match is a price not loaded yet (the classic page
   * fills `.price.J-p-<sku>` by XHR after the page).
   */
  price: [
    '.product-price--main .product-price--value', // 2024 (a bare number, no ¥)
    '.summary-price .p-price .price', // classic
    '.summary-price-wrap .p-price .price', // classic
    '.p-price .price', // classic, JD International
    '#jd-price', // classic, older JD International pages
  ],
  shop: [
    '#crumb-wrap .J-hove-wrap .name a', // classic
    '.J-hove-wrap .name a', // classic
    '.shopName strong span a', // classic JD International
    '.popbox-inner .name a', // classic, shop popup
    '[class*="shop-name"]', // 2024 (not confirmed by a source: the generic fallback)
    '[class*="shopName"]', // 2024 (same)
  ],
} as const;

/** Classic review cards (2016–2024), rendered into `#comment .tab-con #comment-N`. */
export const classicReviewSelectors = {
  card: '.comment-item',
  /** The review text, first in the column; a follow-up (追评) repeats `.comment-con` in `.append-comment`. */
  body: '.comment-column > .comment-con',
  stars: '.comment-star',
  author: '.user-column .user-info',
  /** Variant spans then the date: `<span>黑色</span><span>XL</span><span>2024-05-01 12:30</span>`. */
  orderInfo: '.order-info',
  helpful: '.comment-op .J-nice',
  /** The review's own page, `//club.jd.com/repay/<sku>_<guid>_1.html` (the guid when data-guid is absent). */
  repayLink: 'a[href*="club.jd.com/repay/"]',
  followUp: '.append-comment',
  followUpTime: '.append-time',
  followUpBody: '.comment-con',
} as const;

/** Review cards of the 2024 page: `.jdc-pc-rate-card` in the page's section and the 全部评价 overlay. */
export const rateCardSelectors = {
  card: '.jdc-pc-rate-card',
  author: '.jdc-pc-rate-card-nick',
  body: '.jdc-pc-rate-card-main-desc',
  /** Date and variant: `.date.list` and `.info` in `.jdc-pc-rate-card-info`. */
  date: ['.jdc-pc-rate-card-info .date', '.date.list', '[class*="rate-card-info"] [class*="date"]'],
  variant: ['.jdc-pc-rate-card-info .info', '[class*="rate-card-info"] .info'],
  /** One line "2024-05-01 黑色 XL" when the date and variant are not split (earlier 2024 builds). */
  infoLine: '.jdc-pc-rate-card-info-left',
  /** Five star icons, the lit ones "full"; or one star image whose source says the rating (2025-01). */
  starIcons: '[class*="rate-card-star"] [class*="star-full"]',
  starBox: '[class*="rate-card-star"]',
  starImage: 'img[alt="star"]',
  /** Two counters: replies, then "有用" votes (the word itself when there are none). */
  counts: '.jdc-count',
  followUp: '.jdc-pc-rate-card-after',
} as const;

/**
 * The rating images the 2025 rate card shows (one image per rating, 5★ … 1★), as JD serves them: the
 * fallback when no star icons or labels are in the card. Matched on the image's file name.
 */
export const STAR_IMAGE_RATINGS: Readonly<Record<string, number>> = table({
  'd9d3747bae39b392.png': 5,
  'eba279fffaf5a4dd.png': 4,
  '904af42830e12750.png': 3,
  '7021b7b91e5b4ff3.png': 2,
  '17fa37516a580e1e.png': 1,
});

/** Where the reviews of the page live, to tell "no review section" from "no reviews rendered yet". */
export const reviewSectionSelectors = [
  '#rateList', // 2024 overlay
  '[class*="_rateListBox_"]', // 2024 overlay
  '.comment-root', // 2024 section
  '#comment', // classic
] as const;

/**
 * The product list of 京麦 (商品管理 › 商品列表, `jd/inventory`). The list is a Vue app built on JD's
 * Element-style component library, whose classes carry the `jd-` namespace where Element has `el-`
 * (`jd-tabs__item is-active`, `jd-form-item`, `jd-button--primary`, `jd-pagination`, the loading mask
 * `jd-loading-parent--relative`, as automation scripts for the page click them), in the container
 * `#js-ware-table.table-container-wrapper`. Its table is Element's: a header table and a body table in
 * `__header-wrapper` / `__body-wrapper`, rows `tr.jd-table__row`, cells `td > div.cell`, and each fixed
 * column drawn a second time, rows and all, in `__fixed` / `__fixed-right` (never read: they would count
 * every product twice). Column classes (`jd-table_1_column_3`) are generated: columns are found by their
 * header label. Dated by the public sources in tests/fixtures/jd/inventory/SOURCE.txt.
 */
export const inventorySelectors = {
  table: [
    '#js-ware-table .jd-table', // 2023-
    '.table-container-wrapper .jd-table',
    '.jd-table', // any 京麦 list table
    '.el-table', // the same library without JD's namespace (older builds)
  ],
  headerCell: '.jd-table__header-wrapper thead th, .el-table__header-wrapper thead th',
  /** Data rows of the main body; expanded-detail rows carry no `__row` class. */
  row: '.jd-table__body-wrapper tr.jd-table__row, .el-table__body-wrapper tr.el-table__row',
  /** The copies of fixed columns: rows inside them are skipped. */
  fixed: '.jd-table__fixed, .jd-table__fixed-right, .el-table__fixed, .el-table__fixed-right',
  /** Element's scrollbar placeholder at the end of the header row: not a column. */
  gutter: 'th.gutter',
  cell: 'td, th',
  activeTab: [
    '.jd-tabs__item.is-active', // 2023-
    '[role="tab"][aria-selected="true"]',
    '.el-tabs__item.is-active',
  ],
  loading: ['.jd-loading-mask', '.el-loading-mask', '.jd-loading-parent--relative'],
  empty: ['.jd-table__empty-text', '.el-table__empty-text'],
  /** The item page link in a row: item.jd.com/<sku>.html. */
  itemLink: 'a[href*="item.jd.com/"], a[href*="item.jd.hk/"]',
  /** The product's name in its cell, when it is no item link. */
  name: [
    '[class*="ware-name"]',
    '[class*="goods-name"]',
    '[class*="product-name"]',
    '[class*="title"]',
  ],
} as const;

/** JD's sign-in and risk-control (风控) interstitials. */
export const blockedSelectors = {
  /** The login form of passport.jd.com, also when JD shows it in a dialog over the page. */
  signInForm: [
    'form#formlogin', // passport.jd.com/new/login.aspx
    'form[action*="passport.jd.com"]',
    'iframe[src*="passport.jd.com"]', // the login dialog (popupLogin) over an item page
    'form[action*="passport.shop.jd.com"]', // the merchant (京麦) login, served at a back-office URL
    'iframe[src*="passport.shop.jd.com"]',
    'input#nloginpwd',
    'input#loginpwd',
  ],
  /** JD's slider / image verification (京东金融 JDJR verification). */
  captcha: [
    '.JDJRV-bigimg',
    '.JDJRV-slide-btn',
    '[class*="JDJRV-"]',
    'iframe[src*="risk_handler"]', // cfe.m.jd.com/privatedomain/risk_handler in a frame
  ],
  headings: ['h1', 'h2', 'h3', '.title', '.tip', '.verify-title'],
} as const;
