/**
 * Shopee forbids contact details that move a sale off the platform. In Taiwan that is LINE (加LINE, 加賴,
 * "LINE: shop123") and mobiles written 0912-345-678; in Indonesia WhatsApp numbers 0812-3456-7890 or
 * +62 812-3456-7890. Sizes, SKUs, order numbers and the word "line" in a product name stay clean.
 */
import { expect, it } from 'vitest';
import { lintListing } from '../../../lib/compliance/lint';

const contact = (description: string) =>
  lintListing({ title: 'Kaos Polos Cotton Combed 30s', description }, { market: 'shopee' })
    .filter((f) => f.ruleId === 'shopee/off-platform')
    .map((f) => f.match);

it.each([
  ['團購請加LINE好友 @shop123', '加LINE'],
  ['有任何問題歡迎加賴詢問', '加賴'],
  ['LINE: shop123 下單更快', 'LINE: shop123'],
  ['LINE：mystore2024', 'LINE：mystore2024'],
  ['客服專線 0912-345-678', '0912-345-678'],
  ['來電 0912345678 洽詢', '0912345678'],
  ['Order grosir WA 0812-3456-7890 baju murah', '0812-3456-7890'],
  ['Hubungi 081234567890 untuk reseller', '081234567890'],
  ['Chat +62 812-3456-7890', '+62 812-3456-7890'],
])('%s', (description, match) => {
  expect(contact(description)).toEqual([match]);
});

it.each([
  'Product line: premium series, 3 colours',
  'LINE FRIENDS 熊大 娃娃 正版授權',
  'Fishing line 0.8 mm, 100 m',
  'Line: 3 rows of stitching',
  'SKU 0912345678, warna hitam',
  'Kode: 0812-3456-7890 (ukuran XL)',
  'No. pesanan 20240812345678',
  'Ukuran 08123 cm, berat 250 g',
  'Powerbank 10000mAh 0812 edition',
])('leaves %s alone', (description) => {
  expect(contact(description)).toEqual([]);
});
