/**
 * Taobao/Tmall (淘宝/天猫) URLs → page type, and the content-script match patterns covering them.
 *
 * Public item pages, read as `taobao/product` (the item with the reviews the page shows):
 *   item.taobao.com/item.htm?id=<item id>          a Taobao shop's item
 *   detail.tmall.com/item.htm?id=<item id>         a Tmall shop's item; the same page is served for
 *   chaoshi.detail.tmall.com/item.htm?id=…         天猫超市 items and on the Tmall Global host
 *   detail.tmall.hk/hk/item.htm?id=…               (天猫国际; also without `/hk`), with the same ids
 * The item id is the product identity, the one 千牛's product list keys its rows on (parse-inventory.ts),
 * so a seller's own item and its public page join. The mobile pages (h5.m.taobao.com, detail.m.tmall.com)
 * are not read.
 *
 * The seller's product list (商品管理) in the back office, read as `taobao/inventory`:
 *
 *   myseller.taobao.com/home.htm/SellManage/<tab>   千牛 卖家中心 (tabs on_sale 出售中, in_stock 仓库中,
 *   qn.taobao.com/home.htm/SellManage/<tab>         all …; `?current=1&pageSize=20`, `queryItemId=`)
 *   …/home.htm/sell-manage-tm/<tab>                 the same list of a Tmall shop
 *   item.manager.taobao.com, item.publish.taobao.com, item.upload.taobao.com
 *     /taobao/manager/render.htm?tab=<tab>          the item manager 千牛 opens, on its own
 *   item.manager.tmall.com/tmall/manager/render.htm?tab=<tab>   the Tmall item manager
 *
 * 千牛 is a single-page workbench (its address after `home.htm/` is the app and its route): the content
 * script is asked for on the whole workbench host, so that it is there when the seller opens 商品管理 from
 * its menu without a page load; matchUrl decides which of its pages are read. The listing editors of
 * these hosts are a different content script (editor.ts).
 */
import type { PageMatch } from '../types';

const WORKBENCH_HOSTS = new Set(['myseller.taobao.com', 'qn.taobao.com']);
const TAOBAO_MANAGER_HOSTS = new Set([
  'item.manager.taobao.com',
  'item.publish.taobao.com',
  'item.upload.taobao.com',
]);
const TMALL_MANAGER_HOST = 'item.manager.tmall.com';

/** Hosts of the public item page. */
export const TAOBAO_ITEM_HOSTS = [
  'item.taobao.com',
  'detail.tmall.com',
  'chaoshi.detail.tmall.com',
  'detail.tmall.hk',
] as const;

export const TAOBAO_MATCHES: string[] = [
  // The item page only (`item.htm?id=…`), not the rest of these hosts.
  ...TAOBAO_ITEM_HOSTS.map((h) => `https://${h}/item.htm*`),
  'https://detail.tmall.hk/hk/item.htm*',
  ...[...WORKBENCH_HOSTS].map((h) => `https://${h}/*`),
  ...[...TAOBAO_MANAGER_HOSTS].map((h) => `https://${h}/taobao/manager/*`),
  `https://${TMALL_MANAGER_HOST}/tmall/manager/*`,
];

/** Item ids are decimal, 6–20 digits (Taobao's are 11–12 today; old items have fewer). */
const ITEM_ID = /^\d{6,20}$/;

function hostOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/\.$/, '');
}

/** The item id an item-page URL names (`?id=`), or null for any other page of those hosts. */
export function taobaoItemIdFromUrl(url: URL): string | null {
  if (!(TAOBAO_ITEM_HOSTS as readonly string[]).includes(hostOf(url))) return null;
  const hk = hostOf(url) === 'detail.tmall.hk' && url.pathname === '/hk/item.htm';
  if (url.pathname !== '/item.htm' && !hk) return null;
  const id = url.searchParams.get('id') ?? '';
  return ITEM_ID.test(id) ? id : null;
}

const WORKBENCH_LIST = /^\/home\.html?\/(?:SellManage|sell-manage-tm)\/([a-z_]{1,30})\/?$/;
const TAB = /^[a-z_]{1,30}$/;

/**
 * The tab of the product list the URL names (`on_sale`, `in_stock`, `all` …), or null when it is not the
 * product list. The manager without a `tab` opens on 出售中: `on_sale`.
 */
export function taobaoListTab(url: URL): string | null {
  const host = hostOf(url);
  if (WORKBENCH_HOSTS.has(host)) return WORKBENCH_LIST.exec(url.pathname)?.[1] ?? null;
  const manager =
    (TAOBAO_MANAGER_HOSTS.has(host) && /^\/taobao\/manager\/render\.htm$/.test(url.pathname)) ||
    (host === TMALL_MANAGER_HOST && /^\/tmall\/manager\/render\.htm$/.test(url.pathname));
  if (!manager) return null;
  const tab = url.searchParams.get('tab') ?? 'on_sale';
  return TAB.test(tab) ? tab : null;
}

export function matchTaobaoUrl(url: URL): PageMatch | null {
  if (taobaoItemIdFromUrl(url)) {
    return { market: 'taobao', pageType: 'product', parserId: 'taobao/product' };
  }
  if (taobaoListTab(url) === null) return null;
  return { market: 'taobao', pageType: 'inventory', parserId: 'taobao/inventory' };
}
