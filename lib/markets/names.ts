/** Display names of the markets in both UI languages (alert sentences, side panel, options). */
import type { Market } from '../schemas/snapshot';

export const MARKET_NAMES: Record<Market, { en: string; zh: string }> = {
  amazon: { en: 'Amazon', zh: '亚马逊' },
  ebay: { en: 'eBay', zh: 'eBay' },
  etsy: { en: 'Etsy', zh: 'Etsy' },
  walmart: { en: 'Walmart', zh: '沃尔玛' },
  shopee: { en: 'Shopee', zh: 'Shopee' },
  mercadolibre: { en: 'Mercado Libre', zh: '美客多' },
  taobao: { en: 'Taobao/Tmall', zh: '淘宝/天猫' },
  jd: { en: 'JD', zh: '京东' },
  pinduoduo: { en: 'Pinduoduo', zh: '拼多多' },
};

export function marketName(market: Market, lang: 'en' | 'zh'): string {
  return MARKET_NAMES[market][lang];
}
