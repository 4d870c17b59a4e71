/**
 * Pinduoduo (拼多多) merchant back office (MMS, 拼多多商家后台) URLs → page type, and the content-script
 * match patterns covering them. Only the seller's product list is read, as `pinduoduo/inventory`:
 *
 *   mms.pinduoduo.com/goods/goods_list   商品列表 (tabs 在售中 / 已下架 / 已售罄 / 草稿箱 / 已驳回, chosen on
 *                                        the page; `?msfrom=mms_sidenav` when opened from the side menu)
 *
 * MMS is a single-page app: the content script is asked for on the whole host, so that it is there when
 * the seller opens 商品列表 from the side menu without a page load; matchUrl decides which page is read.
 * The product identity is the goods id of the public page, `mobile.yangkeduo.com/goods.html?goods_id=…`.
 */
import type { PageMatch } from '../types';

export const PINDUODUO_MMS_HOST = 'mms.pinduoduo.com';

export const PINDUODUO_MATCHES: string[] = [`https://${PINDUODUO_MMS_HOST}/*`];

/** The public goods page of a goods id (the address the buyer's app and mobile web share). */
export function pinduoduoGoodsUrl(goodsId: string): string {
  return `https://mobile.yangkeduo.com/goods.html?goods_id=${goodsId}`;
}

export function matchPinduoduoUrl(url: URL): PageMatch | null {
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (host !== PINDUODUO_MMS_HOST || !/^\/goods\/goods_list\/?$/.test(url.pathname)) return null;
  return { market: 'pinduoduo', pageType: 'inventory', parserId: 'pinduoduo/inventory' };
}
