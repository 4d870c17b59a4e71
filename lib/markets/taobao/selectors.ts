/**
 * Every selector of the Taobao/Tmall product list (商品管理), in one place. Lists are fallbacks tried in
 * order, newest last, dated by the public sources in tests/fixtures/taobao/inventory/SOURCE.txt.
 *
 * The list is built from Alibaba's Fusion Next components (`next-btn`, `next-pagination`,
 * `next-table-row`, as automation scripts for the page click them): a header table and a body table in
 * `.next-table-header` / `.next-table-body`, rows `tr.next-table-row`, cells `td.next-table-cell >
 * div.next-table-cell-wrapper`; locked columns (the 操作 column on the right) are drawn a second time,
 * rows and all, in `.next-table-lock-right` and never read. The product cell prints its title link and
 * the lines "ID:652301847716" and "编码:QY-TS-01" (`span.product-desc-span`, the item's `itemDesc.desc`
 * entries of the list's data).
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
