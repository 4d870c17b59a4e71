/**
 * Shopee Seller Centre product editor: `seller.shopee.<site>/portal/product/new` and
 * `/portal/product/<item id>` (also banhang.shopee.vn). A Vue single-page app built on Shopee's `eds-*`
 * components, whose classes say nothing about the field, so each field is found by its form-item id
 * attribute and, failing that, by its label in the site's language.
 */
import type { ListingEditor } from '../editor-kit';

export const SHOPEE_SELLER_HOSTS = [
  'seller.shopee.cn',
  'seller.shopee.sg',
  'seller.shopee.com.my',
  'seller.shopee.co.id',
  'seller.shopee.co.th',
  'seller.shopee.ph',
  'seller.shopee.tw',
  'seller.shopee.com.br',
  'seller.shopee.com.mx',
  'seller.shopee.com.co',
  'seller.shopee.cl',
  'banhang.shopee.vn',
] as const;

const HOSTS = new Set<string>(SHOPEE_SELLER_HOSTS);
const PATH = /^\/portal\/product\/(?:new|(\d+))(?:[/?#]|$)/i;

export const shopeeEditor: ListingEditor = {
  id: 'shopee/listing-edit',
  market: 'shopee',
  // The whole product section: the editor is reached from My Products without a page load.
  matches: SHOPEE_SELLER_HOSTS.map((h) => `https://${h}/portal/product/*`),
  matchUrl: (url) => HOSTS.has(url.hostname.toLowerCase()) && PATH.test(url.pathname),
  productKey: (url) => PATH.exec(url.pathname)?.[1],
  fields: [
    {
      field: 'title',
      selectors: ['[data-product-edit-field-unique-id="name"] input'],
      labels: [
        'Product Name',
        '商品名称',
        '商品名稱',
        'Nama Produk',
        'Tên sản phẩm',
        'ชื่อสินค้า',
        'Nome do Produto',
        'Nombre del producto',
      ],
    },
    {
      field: 'description',
      selectors: ['[data-product-edit-field-unique-id="description"] textarea'],
      labels: [
        'Product Description',
        '商品描述',
        'Deskripsi Produk',
        'Mô tả sản phẩm',
        'รายละเอียดสินค้า',
        'Descrição do Produto',
        'Descripción del producto',
      ],
    },
  ],
};
