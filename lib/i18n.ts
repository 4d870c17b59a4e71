/**
 * UI strings in English and Chinese (both first-class). Pure: the language is passed in.
 * Alert sentences carry their own {en, zh} text from the engines; this file holds the UI chrome.
 */
import { groupingLocale } from './money';
import type { LanguageSetting } from './schemas/settings';

export type Lang = 'en' | 'zh';

/** Resolves the setting `auto` against the browser's UI language. */
export function uiLanguage(setting: LanguageSetting, browserLanguage?: string): Lang {
  if (setting !== 'auto') return setting;
  return (browserLanguage ?? '').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

const en = {
  appName: 'Seller Radar',
  viewsLabel: 'Views',
  tabAlerts: 'Alerts',
  tabProducts: 'Products',
  tabPrices: 'Prices',
  tabListingCheck: 'Listing check',
  tabReviews: 'Reviews',
  settings: 'Settings',
  language: 'Language',
  openSidePanel: 'Open side panel',
  siteAccessMissing:
    'Seller Radar may not read these marketplace pages, so it captures nothing there:',
  siteAccessSites: '{n} sites',
  siteAccessAllow: 'Allow access',
  siteAccessDenied:
    'Access was not granted. You can also allow it in the browser’s extension settings.',
  openAlerts: 'Open alerts',
  noAlerts: 'No open alerts. Seller Radar is watching the pages you open.',
  noProducts:
    'No products captured yet. Open a product, offer list, review or inventory page on a supported marketplace.',
  product: 'Product',
  currentPrice: 'Current price',
  featuredOffer: 'Featured offer',
  featuredOfferTag: 'Featured offer',
  soldBy: 'Sold by',
  competitorOffers: 'Competitor offers',
  noOffers: 'No offer list captured yet.',
  latestReviews: 'Latest reviews',
  noReviews: 'No reviews captured yet.',
  rating: 'Rating',
  ratings: 'ratings',
  lastSeen: 'Last seen',
  priceUnreadable: 'price not readable',
  shipping: 'shipping',
  freeShipping: 'free shipping',
  landed: 'landed',
  dismiss: 'Dismiss',
  resolve: 'Resolve',
  snooze: 'Snooze 24 h',
  reopen: 'Reopen',
  nextStep: 'Next step',
  evidence: 'Evidence',
  actionFailed: 'This alert was not changed',
  actionStorageFull: 'the browser’s storage is full. Free disk space and try again.',
  severity_info: 'Info',
  severity_warning: 'Warning',
  severity_critical: 'Critical',
  kind_undercut: 'Undercut',
  'kind_buy-box-lost': 'Buy box lost',
  'kind_lowest-lost': 'Lowest price lost',
  'kind_buy-box-or-lowest-lost': 'Buy box or lowest price lost',
  'kind_price-war': 'Price war',
  'kind_below-floor': 'Below floor',
  'kind_channel-mismatch': 'Channel mismatch',
  kind_compliance: 'Compliance',
  'kind_negative-review': 'Review complaint',
  'kind_negative-spike': 'Negative review spike',
  'kind_parser-health': 'Page not readable',
  summaryTitle: 'Summary',
  byKind: 'Open alerts by kind',
  productTracked: 'product tracked',
  productsTracked: 'products tracked',
  reviewCaptured: 'review captured',
  reviewsCaptured: 'reviews captured',
  negativeReviewsCount: 'negative',
  search: 'Search products',
  showAll: 'Show all',
  back: 'Back',
  verified: 'Verified purchase',
  ownListing: 'Your listing',
  yourPrice: 'Your offer (with shipping)',
  featuredBy: 'featured: {seller}',
  sellerBy: 'seller: {seller}',
  pagePrice: 'Price on the page',
  moreAlerts: '+{n} more in the side panel',
  showMoreAlerts: 'Show {n} more ({left} not shown)',
  stateSnoozed: 'Snoozed until {when}',
  stateDismissed: 'Dismissed {when}',
  stateResolved: 'Resolved {when}',
  seller: 'Seller',
  itemPrice: 'Price',
  shippingColumn: 'Shipping',
  landedPrice: 'With shipping',
  sku: 'SKU',
  status: 'Status',
  quantity: 'Quantity',
  exportData: 'Export all data',
  importData: 'Import data',
  deleteData: 'Delete all data',
  deleteConfirm:
    'Delete every product, price, review and alert Seller Radar has stored, and your settings (seller names, floors, costs, currency rates and channel groups)? This cannot be undone: export your data first if you may want it back.',
  privacy:
    'Everything stays in this browser. Seller Radar makes no network requests and has no account or analytics.',
  loading: 'Loading…',
} as const;

export type MessageKey = keyof typeof en;

const zh: Record<MessageKey, string> = {
  appName: 'Seller Radar 卖家雷达',
  viewsLabel: '视图',
  tabAlerts: '提醒',
  tabProducts: '商品',
  tabPrices: '价格',
  tabListingCheck: '文案合规检查',
  tabReviews: '评论',
  settings: '设置',
  language: '语言',
  openSidePanel: '打开侧边栏',
  siteAccessMissing: 'Seller Radar 无权读取以下平台的页面，因此不会记录任何数据：',
  siteAccessSites: '{n} 个站点',
  siteAccessAllow: '允许访问',
  siteAccessDenied: '未获得授权。也可以在浏览器的扩展程序设置中允许访问。',
  openAlerts: '未处理提醒',
  noAlerts: '暂无未处理提醒。Seller Radar 正在关注您打开的页面。',
  noProducts: '尚未采集到商品。请在支持的平台上打开商品页、报价列表、评论页或库存页。',
  product: '商品',
  currentPrice: '当前价格',
  // The buy box is 购物车（Buy Box） everywhere (alerts, evidence, product details, the price chart): in
  // full where a view first names it, 购物车 where space is short (a tag, a chart legend).
  featuredOffer: '购物车（Buy Box）',
  featuredOfferTag: '购物车',
  soldBy: '卖家',
  competitorOffers: '竞争对手报价',
  noOffers: '尚未采集到报价列表。',
  latestReviews: '最新评论',
  noReviews: '尚未采集到评论。',
  rating: '评分',
  ratings: '条评分',
  lastSeen: '最近采集',
  priceUnreadable: '价格无法识别',
  shipping: '运费',
  freeShipping: '免运费',
  landed: '到手价',
  dismiss: '忽略',
  resolve: '标记已解决',
  snooze: '稍后提醒（24 小时）',
  reopen: '重新打开',
  nextStep: '建议操作',
  evidence: '依据',
  actionFailed: '该提醒未能更新',
  actionStorageFull: '浏览器存储空间已满，请释放磁盘空间后重试。',
  severity_info: '提示',
  severity_warning: '警告',
  severity_critical: '紧急',
  kind_undercut: '被低价抢单',
  'kind_buy-box-lost': '失去购物车',
  'kind_lowest-lost': '失去最低价',
  'kind_buy-box-or-lowest-lost': '失去购物车或最低价',
  'kind_price-war': '价格战',
  'kind_below-floor': '低于底价',
  'kind_channel-mismatch': '渠道价格不一致',
  kind_compliance: '合规问题',
  'kind_negative-review': '评论问题',
  'kind_negative-spike': '负面评论激增',
  'kind_parser-health': '页面无法解析',
  summaryTitle: '概览',
  byKind: '按类型统计的未处理提醒',
  productTracked: '件商品已跟踪',
  productsTracked: '件商品已跟踪',
  reviewCaptured: '条评论已采集',
  reviewsCaptured: '条评论已采集',
  negativeReviewsCount: '条负面评论',
  search: '搜索商品',
  showAll: '查看全部',
  back: '返回',
  verified: '已验证购买',
  ownListing: '您的商品',
  yourPrice: '您的报价（含运费）',
  featuredBy: '购物车：{seller}',
  sellerBy: '卖家：{seller}',
  pagePrice: '页面售价',
  moreAlerts: '另有 {n} 条，请在侧边栏查看',
  showMoreAlerts: '再显示 {n} 条（还有 {left} 条未显示）',
  stateSnoozed: '稍后提醒：{when} 恢复',
  stateDismissed: '已于 {when} 忽略',
  stateResolved: '已于 {when} 解决',
  seller: '卖家',
  itemPrice: '价格',
  shippingColumn: '运费',
  landedPrice: '含运费价',
  sku: 'SKU',
  status: '状态',
  quantity: '数量',
  exportData: '导出全部数据',
  importData: '导入数据',
  deleteData: '删除全部数据',
  deleteConfirm:
    '确定删除 Seller Radar 存储的所有商品、价格、评论和提醒，以及您的设置（店铺名称、底价、成本、汇率和渠道分组）吗？此操作无法撤销。如果之后可能还需要这些数据，请先导出。',
  privacy:
    '所有数据都保存在本浏览器中。Seller Radar 不发起任何网络请求，没有账号，也没有统计分析。',
  loading: '加载中…',
};

export const messages: Record<Lang, Record<MessageKey, string>> = { en, zh };

export function t(lang: Lang, key: MessageKey): string {
  return messages[lang][key];
}

/**
 * The words after a count, singular or plural: `1 product tracked`, `2 products tracked` (Chinese has
 * one form: both keys hold it). A count not known yet takes the plural.
 */
export function tCount(
  lang: Lang,
  n: number | undefined,
  one: MessageKey,
  other: MessageKey,
): string {
  return t(lang, n === 1 ? one : other);
}

/** Formats a price for display in the user's language. */
export function formatMoney(
  m: { amount: number; currency: string } | null | undefined,
  lang: Lang,
): string {
  if (!m) return '—';
  try {
    const locale = lang === 'zh' ? 'zh-CN' : groupingLocale(m.currency);
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: m.currency,
    }).format(m.amount);
  } catch {
    return `${m.amount} ${m.currency}`;
  }
}

export function formatDateTime(iso: string, lang: Lang): string {
  return new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}

/**
 * Han ideographs and full-width punctuation, with the curly quotes Chinese text uses (“”‘’): characters
 * a Chinese sentence sets without spaces.
 */
const WIDE = /[\p{Script=Han}\u3000-\u303f\uff01-\uff60\u2018\u2019\u201c\u201d]/u;

/**
 * The space between two pieces of a Chinese sentence: none where both sides are Chinese (a Han seller
 * or product name next to 比您低, 新增, 和 …), one where either side is Latin, a digit or a price
 * (`SmartHome Deals 比您低`, `Mr. Coffee 新增`, `以 US$21.99`).
 */
export function zhGap(left: string, right: string): string {
  const a = left.at(-1);
  const b = right[0];
  return a && b && WIDE.test(a) && WIDE.test(b) ? '' : ' ';
}

/** A language's name in the UI language ("German" / "德语"), or its code when the runtime has no name. */
export function languageName(code: string, lang: Lang): string {
  // `und` (undetermined) is "root" to Intl.
  if (code === 'und') return lang === 'zh' ? '未知' : 'unknown';
  try {
    const name = new Intl.DisplayNames([lang === 'zh' ? 'zh-CN' : 'en'], { type: 'language' }).of(
      code,
    );
    return name && name !== code ? name : code;
  } catch {
    return code;
  }
}

/** `{name}` placeholders of a UI string filled from `vars`; a placeholder with no value stays as it is. */
export function fillIn(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : all,
  );
}

/**
 * A compliance rule's source in the UI language: Chinese laws and platform rules carry an English
 * rendering (`sourceEn`); the side panel and the inline marks both cite it this way.
 */
export function sourceText(finding: { source: string; sourceEn?: string }, lang: Lang): string {
  return lang === 'en' && finding.sourceEn ? finding.sourceEn : finding.source;
}

/** A label's colon: full-width in Chinese ("建议：…"), ": " in English. */
export function colon(lang: Lang): string {
  return lang === 'zh' ? '：' : ': ';
}
