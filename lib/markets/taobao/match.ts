/**
 * Taobao/Tmall (淘宝/天猫) back-office URLs → page type, and the content-script match patterns covering
 * them. Only the seller's product list (商品管理) is read, as `taobao/inventory`:
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

export const TAOBAO_MATCHES: string[] = [
  ...[...WORKBENCH_HOSTS].map((h) => `https://${h}/*`),
  ...[...TAOBAO_MANAGER_HOSTS].map((h) => `https://${h}/taobao/manager/*`),
  `https://${TMALL_MANAGER_HOST}/tmall/manager/*`,
];

const WORKBENCH_LIST = /^\/home\.html?\/(?:SellManage|sell-manage-tm)\/([a-z_]{1,30})\/?$/;
const TAB = /^[a-z_]{1,30}$/;

/**
 * The tab of the product list the URL names (`on_sale`, `in_stock`, `all` …), or null when it is not the
 * product list. The manager without a `tab` opens on 出售中: `on_sale`.
 */
export function taobaoListTab(url: URL): string | null {
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (WORKBENCH_HOSTS.has(host)) return WORKBENCH_LIST.exec(url.pathname)?.[1] ?? null;
  const manager =
    (TAOBAO_MANAGER_HOSTS.has(host) && /^\/taobao\/manager\/render\.htm$/.test(url.pathname)) ||
    (host === TMALL_MANAGER_HOST && /^\/tmall\/manager\/render\.htm$/.test(url.pathname));
  if (!manager) return null;
  const tab = url.searchParams.get('tab') ?? 'on_sale';
  return TAB.test(tab) ? tab : null;
}

export function matchTaobaoUrl(url: URL): PageMatch | null {
  if (taobaoListTab(url) === null) return null;
  return { market: 'taobao', pageType: 'inventory', parserId: 'taobao/inventory' };
}
