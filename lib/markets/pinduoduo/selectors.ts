/**
 * Every selector of the Pinduoduo product list (商品列表), in one place, dated by the public sources in
 * tests/fixtures/pinduoduo/inventory/SOURCE.txt.
 *
 * MMS is built from Pinduoduo's BeastCore components, whose class names carry the library's version
 * (`TB_td_5-120-1`, `TB_outerWrapper_5-111-0`: they change with every release) but whose elements carry
 * stable test ids: `[data-testid="beast-core-table"]`, `beast-core-table-th`, `beast-core-table-body-tr`,
 * `beast-core-table-td`, `beast-core-tab-itemLabel`, `beast-core-pagination`. The table draws its sticky
 * header and its body as two `<table>`s inside the same container; sticky columns stay in their row.
 * Class names are matched only on their stable prefix (`[class*="TB_tr"]`), as a fallback.
 */
export const inventorySelectors = {
  table: ['[data-testid="beast-core-table"]', '[class*="TB_outerWrapper"]'],
  headerRow: ['tr[data-testid="beast-core-table-header-tr"]', 'thead tr'],
  headerCell: 'th',
  row: ['tr[data-testid="beast-core-table-body-tr"]', 'tbody tr[class*="TB_tr"]', 'tbody tr'],
  cell: 'td',
  tabLabel: '[data-testid="beast-core-tab-itemLabel"]',
  activeTab: ['[role="tab"][aria-selected="true"]'],
  loading: [
    '[data-testid="beast-core-spin"]',
    '[data-testid="beast-core-loading"]',
    '[class*="SPIN_spinning"]',
    '[class*="TB_loading"]',
  ],
  empty: ['[data-testid="beast-core-table-empty"]', '[class*="TB_empty"]'],
  /** The goods' title in its cell (a tracking id MMS gives the blue title link). */
  title: [
    '[data-tracking-click-viewid="ele_blue_title"]',
    '.goods-name',
    '[class*="goods-name"]',
    '[class*="goodsName"]',
  ],
  /** Links that name the goods id: the edit page, the public goods page. */
  goodsLink: 'a[href*="goods_id="]',
} as const;

/** MMS's login (account / QR code) and its slider verification. */
export const blockedSelectors = {
  signIn: [
    '[class*="login-content"] input[type="password"]',
    '[class*="login"] input[type="password"]',
    'form[action*="/janus/api/auth"]',
  ],
  captcha: ['[class*="slider-captcha"]', '[class*="verify-slide"]', 'iframe[src*="captcha"]'],
} as const;
