/**
 * Amazon Seller Central listing editor: "Add a Product" and "Edit listing" (`/abis/listing/...`, and the
 * `/listing/...edit` routes of the product-type form). Fields are Katal `kat-input`/`kat-textarea`
 * custom elements named after the listing attributes (`item_name`, `bullet_point`, `product_description`),
 * e.g. `name="bullet_point[marketplace_id=ATVPDKIKX0DER][language_tag=en_US]#2.value"`; the live value is
 * the element's `value` property, the attribute holds the value the page was rendered with. The Brand Name
 * (`brand[...]`) is read too: the title policy accepts its banned characters inside the brand.
 */
import { queryParam, type ListingEditor } from '../editor-kit';
import { AMAZON_SITES, amazonHost } from './match';

const HOSTS = [
  ...AMAZON_SITES.map((s) => `sellercentral.amazon.${s.tld}`),
  'sellercentral-europe.amazon.com',
  'sellercentral-japan.amazon.com',
];

const EDITOR_PATHS = [/^\/abis\/listing(?:[/?]|$)/i, /^\/listing\/[^?#]*(?:edit|add)/i];

/** A control named after a listing attribute (classic form: `name="item_name"`; 2021-: `item_name[...]#1.value`). */
const named = (attr: string) =>
  ['kat-input', 'kat-textarea', 'input', 'textarea']
    .map((tag) => `${tag}[name="${attr}"], ${tag}[name^="${attr}["], ${tag}[name^="${attr}#"]`)
    .join(', ');

export const amazonEditor: ListingEditor = {
  id: 'amazon/listing-edit',
  market: 'amazon',
  matches: HOSTS.flatMap((h) => [`https://${h}/abis/listing/*`, `https://${h}/listing/*`]),
  matchUrl: (url) =>
    amazonHost(url.hostname)?.kind === 'seller-central' &&
    EDITOR_PATHS.some((re) => re.test(url.pathname)),
  productKey: (url) => queryParam(url, 'asin', 'sku'),
  fields: [
    {
      field: 'title',
      selectors: [
        named('item_name'), // classic add-product form (-2021) and product-type form (2021-)
      ],
      labels: [
        'Item Name',
        'Product Name',
        'Title',
        'Produktname',
        'Nom du produit',
        'Nome prodotto',
        'Nombre del producto',
        '商品名',
      ],
    },
    {
      // Brand Name: a title may hold Amazon's banned characters inside it (`Oh Joy!`).
      field: 'brand',
      selectors: [named('brand')],
      labels: [
        'Brand Name',
        'Brand',
        'Markenname',
        'Marke',
        'Marque',
        'Nome del marchio',
        'Marca',
        'ブランド名',
      ],
    },
    {
      field: 'bullets',
      list: true,
      selectors: [named('bullet_point')],
    },
    {
      field: 'description',
      selectors: [named('product_description')],
      labels: [
        'Product Description',
        'Produktbeschreibung',
        'Description du produit',
        'Descrizione del prodotto',
        'Descripción del producto',
        '商品説明',
      ],
    },
  ],
};
