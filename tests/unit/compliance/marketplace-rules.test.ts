/** Marketplace term/pattern rules (English, Spanish/Portuguese, Chinese platforms): must-flag and must-not-flag. */
import { describe, expect, it } from 'vitest';
import { lintText } from '../../../lib/compliance/lint';
import type { Market } from '../../../lib/compliance/types';

const errorIds = (text: string, market: Market) =>
  lintText(text, { market, field: 'description' })
    .filter((f) => f.severity === 'error')
    .map((f) => [f.ruleId, f.match]);

describe('must flag', () => {
  it.each<[Market, string, string, string]>([
    ['amazon', 'Cutting Board with Free Shipping', 'amazon/promotional', 'Free Shipping'],
    ['amazon', 'Best Seller Yoga Mat', 'amazon/promotional', 'Best Seller'],
    ['amazon', 'Free-Shipping Ceramic Mug', 'amazon/promotional', 'Free-Shipping'],
    [
      'amazon',
      '100% Quality Guaranteed leather wallet',
      'amazon/promotional',
      '100% Quality Guaranteed',
    ],
    ['amazon', 'Hot Sale summer dress', 'amazon/promotional', 'Hot Sale'],
    ['amazon', 'Save 20% off today', 'amazon/promotional', '20% off'],
    ['amazon', 'Buy one get one free socks', 'amazon/promotional', 'Buy one get one free'],
    ['amazon', 'Antibacterial cutting board', 'amazon/pesticide-claims', 'Antibacterial'],
    [
      'amazon',
      'Shower curtain, mold resistant and waterproof',
      'amazon/pesticide-claims',
      'mold resistant',
    ],
    ['amazon', 'Kills germs on contact', 'amazon/pesticide-claims', 'Kills germs'],
    ['amazon', 'Anti-microbial socks', 'amazon/pesticide-claims', 'Anti-microbial'],
    [
      'amazon',
      'Natural mosquito repellent bracelet',
      'amazon/pesticide-claims',
      'mosquito repellent',
    ],
    ['amazon', 'Herbal cream cures eczema fast', 'amazon/medical-claims', 'cures eczema'],
    ['amazon', 'This tea treats diabetes', 'amazon/medical-claims', 'treats diabetes'],
    ['amazon', 'Prevents cancer with antioxidants', 'amazon/medical-claims', 'Prevents cancer'],
    ['amazon', 'Supplement that helps cure hangovers', 'amazon/medical-claims', 'cure'],
    ['amazon', 'Anti-inflammatory turmeric capsules', 'amazon/medical-claims', 'Anti-inflammatory'],
    ['amazon', 'FDA approved face mask', 'amazon/fda-approved', 'FDA approved'],
    ['amazon', 'Full spectrum CBD gummies, 25 mg', 'amazon/restricted-cbd', 'CBD'],
    ['amazon', 'Cannabidiol tincture for pets', 'amazon/restricted-cbd', 'Cannabidiol'],
    ['amazon', 'Calming chews for anxiety relief', 'amazon/medical-claims', 'anxiety relief'],
    ['amazon', 'Copper sleeve relieves arthritis', 'amazon/medical-claims', 'relieves arthritis'],
    ['amazon', 'Red yeast rice lowers cholesterol', 'amazon/medical-claims', 'lowers cholesterol'],
    [
      'amazon',
      'Tea that reduces high blood pressure',
      'amazon/medical-claims',
      'reduces high blood pressure',
    ],
    ['amazon', 'ＦＤＡ Ａｐｐｒｏｖｅｄ mask', 'amazon/fda-approved', 'ＦＤＡ Ａｐｐｒｏｖｅｄ'],
    ['amazon', 'fr\u200Bee shipping on all orders', 'amazon/promotional', 'fr\u200Bee shipping'],
    ['amazon', 'FREE   SHIPPING', 'amazon/promotional', 'FREE   SHIPPING'],
    ['walmart', 'Premium Quality kitchen knife', 'walmart/promotional', 'Premium Quality'],
    ['walmart', 'Clearance price on towels', 'walmart/promotional', 'Clearance'],
    ['walmart', 'Coming soon: new colours', 'walmart/irrelevant-info', 'Coming soon'],
    ['walmart', 'See www.example.com for sizes', 'walmart/urls', 'www.example.com'],
    ['walmart', 'Mildew-resistant bath mat', 'walmart/pesticide-claims', 'Mildew-resistant'],
    [
      'ebay',
      'Email me at seller@example.com for a discount',
      'ebay/contact-outside',
      'seller@example.com',
    ],
    ['ebay', 'Call 415-555-0134 to order', 'ebay/contact-outside', '415-555-0134'],
    ['ebay', 'Message me on WhatsApp', 'ebay/contact-outside', 'WhatsApp'],
    [
      'ebay',
      'Pay with PayPal friends and family only',
      'ebay/payment-outside',
      'PayPal friends and family',
    ],
    ['ebay', 'Zelle accepted for faster shipping', 'ebay/payment-outside', 'Zelle'],
    ['ebay', 'Knockoff watch, looks real', 'ebay/counterfeit', 'Knockoff'],
    ['amazon', '1:1 replica sneakers', 'amazon/counterfeit', '1:1 replica'],
    ['etsy', 'Mirror quality designer bag', 'etsy/counterfeit', 'Mirror quality'],
    ['walmart', 'Counterfeit designer handbag', 'walmart/counterfeit', 'Counterfeit'],
    ['mercadolibre', 'Bolso réplica AAA', 'mercadolibre/replicas', 'réplica'],
    ['mercadolibre', 'Tênis imitação primeira linha', 'mercadolibre/replicas', 'imitação'],
    ['mercadolibre', 'Escríbeme al WhatsApp', 'mercadolibre/contact-info', 'WhatsApp'],
    ['shopee', 'Add my WeChat for wholesale price', 'shopee/off-platform', 'WeChat'],
    ['shopee', '加微信领优惠', 'shopee/off-platform', '加微信'],
    ['taobao', '详情咨询13812345678', 'taobao/contact-external', '13812345678'],
    ['taobao', '加微信看实拍图', 'taobao/contact-external', '加微信'],
    ['jd', 'QQ：123456789 售后', 'jd/contact-external', 'QQ：123456789'],
    ['pinduoduo', '私下交易更便宜', 'pinduoduo/contact-external', '私下交易'],
  ])('%s: %s → %s', (market, text, ruleId, match) => {
    expect(errorIds(text, market)).toContainEqual([ruleId, match]);
  });

  it.each<[Market, string, string, string]>([
    [
      'mercadolibre',
      'Zapatillas Nike Envío Gratis',
      'mercadolibre/title-promotional',
      'Envío Gratis',
    ],
    ['mercadolibre', 'Tenis Adidas ENVIO GRATIS', 'mercadolibre/title-promotional', 'ENVIO GRATIS'],
    [
      'mercadolibre',
      'Fone Bluetooth Frete Grátis',
      'mercadolibre/title-promotional',
      'Frete Grátis',
    ],
    ['walmart', '2024 New Arrival Garden Hose', 'walmart/title-year', '2024'],
    ['walmart', 'Garden Hose 园艺水管', 'walmart/title-non-english', '园艺水管'],
    ['ebay', 'L@@K Vintage Camera', 'ebay/keyword-spam', 'L@@K'],
  ])('%s title: %s → %s', (market, title, ruleId, match) => {
    const f = lintText(title, { market }).map((x) => [x.ruleId, x.match]);
    expect(f).toContainEqual([ruleId, match]);
  });
});

describe('must not flag (no error-level finding)', () => {
  it.each<[Market, string]>([
    ['amazon', 'Wholesale pack of 100 shipping boxes'],
    ['amazon', 'Secure lock box with manicure set'],
    ['amazon', 'Pedicure kit, procured from Italy'],
    ['amazon', 'UV resin that cures in 60 seconds'],
    ['amazon', 'Epoxy with a 24 hour cure time'],
    ['amazon', 'Dry-cured Italian salami gift box'],
    ['amazon', 'Garage sale sign, weatherproof'],
    ['amazon', 'Point of sale receipt printer'],
    ['amazon', 'Best before date printed on the lid'],
    ['amazon', 'Ships by first class mail'],
    ['amazon', 'Easy to clean silicone baking mat'],
    ['amazon', 'Hands-free phone mount'],
    ['amazon', 'Gluten-free pasta, 12 oz'],
    ['amazon', 'Treats for dogs, chicken flavour'],
    ['amazon', 'Treat yourself to a cosy blanket'],
    ['amazon', 'Heals-to-toe stretch socks'],
    ['amazon', 'Dog chew treats prevent boredom'],
    ['amazon', 'Curtain rod with secure brackets'],
    ['amazon', 'Counter display for the checkout area'],
    ['amazon', 'Salesforce certification study guide'],
    ['amazon', 'Cancer awareness pink ribbon pin'],
    ['amazon', 'Mold for silicone chocolate making'],
    ['amazon', 'Bug catcher toy for kids'],
    ['amazon', 'FDA cleared thermometer'],
    ['amazon', 'Model No.12 replacement filter'],
    ['amazon', 'Curing lamp for gel nails'],
    ['amazon', 'Cold-pressed hemp seed oil, CBD-free'],
    ['amazon', 'Thick cotton towels'],
    ['amazon', 'Stress relief squeeze ball'],
    ['amazon', 'Back pain relief cushion'],
    ['amazon', 'Crayons, AP certified non-toxic'],
    ['amazon', 'Helps maintain healthy cholesterol levels already within the normal range'],
    ['amazon', 'Blood pressure monitor with large cuff'],
    ['amazon', 'Counterfeit money detector pen, 3 pack'],
    ['amazon', 'Anti-counterfeit hologram labels'],
    ['ebay', '100% authentic, not a knockoff: receipt included'],
    ['ebay', 'Replica jersey, officially licensed'],
    ['mercadolibre', 'Réplica a escala del Titanic 1:700'],
    ['walmart', 'Lower price than retail? Check the shelf label'],
    ['walmart', 'Target practice paper, 50 sheets'],
    ['walmart', 'Stainless steel cookware set'],
    ['ebay', 'Lens for Canon EOS, 50mm f/1.8'],
    ['ebay', 'Compatible with iPhone 15'],
    ['ebay', 'Pack of 3, 1.5 x 2.5 in'],
    ['mercadolibre', 'Oferta de tallas: S, M, L'],
    ['shopee', 'Wholesale price for 10 pieces or more'],
    ['taobao', '订单号 20231112345678901'],
    ['taobao', '尺码：S/M/L，颜色：黑色'],
    ['jd', '京东物流配送，次日达'],
    ['pinduoduo', '百亿补贴专享，正品保障'],
    ['etsy', 'Handmade soap with lavender oil'],
    ['etsy', 'Secure clasp necklace'],
  ])('%s: %s', (market, text) => {
    expect(errorIds(text, market)).toEqual([]);
  });

  it('uses word boundaries for English terms: "sale" is not found in "wholesale" but is in "sale"', () => {
    const wholesale = lintText('Wholesale lots', { market: 'amazon' });
    expect(wholesale).toEqual([]);
    const sale = lintText('Summer sale lots', { market: 'amazon' });
    expect(sale.map((f) => [f.ruleId, f.severity, f.match])).toEqual([
      ['amazon/promotional-soft', 'warning', 'sale'],
    ]);
  });
});

const warnings = (text: string) =>
  lintText(text, { market: 'amazon', field: 'description' })
    .filter((f) => f.severity === 'warning')
    .map((f) => [f.ruleId, f.match]);

describe('warnings: claims that need qualifying or evidence', () => {
  it.each([
    ['Eco-friendly bamboo toothbrush', 'amazon/environmental-claims', 'Eco-friendly'],
    ['Non-toxic phone case', 'amazon/environmental-claims', 'Non-toxic'],
    ['100% biodegradable trash bags', 'amazon/environmental-claims', 'biodegradable'],
    ['Green tea fat burner capsules', 'amazon/weight-loss-claims', 'fat burner'],
    ['Lose weight fast with this detox tea', 'amazon/weight-loss-claims', 'Lose weight fast'],
    ['Replica designer sunglasses', 'amazon/replica-wording', 'Replica'],
    ['Lululemon dupe leggings', 'amazon/replica-wording', 'dupe'],
    ['Clinically proven to reduce wrinkles', 'amazon/substantiation', 'Clinically proven'],
    ['Dermatologist recommended sunscreen', 'amazon/substantiation', 'Dermatologist recommended'],
  ])('%s → %s', (text, ruleId, match) => {
    expect(warnings(text)).toContainEqual([ruleId, match]);
  });

  it('a qualified claim and an art-material seal are not flagged', () => {
    expect(warnings('Made with 50% recycled ocean plastic')).toEqual([]);
    expect(warnings('Crayons, AP certified non-toxic')).toEqual([]);
    expect(warnings('Museum replica of a Roman coin')).toEqual([]);
  });
});

describe('info: claims to verify', () => {
  it.each([
    ['Made in USA leather wallet', 'amazon/made-in-usa', 'Made in USA'],
    ['Certified organic baby shampoo', 'amazon/organic', 'Certified organic'],
  ])('%s → %s', (text, ruleId, match) => {
    const info = lintText(text, { market: 'amazon' })
      .filter((f) => f.severity === 'info')
      .map((f) => [f.ruleId, f.match]);
    expect(info).toEqual([[ruleId, match]]);
  });
});

describe('severity', () => {
  it('Etsy treats disease claims as a warning (policy review), Amazon as an error', () => {
    const text = 'Lavender soap heals acne naturally';
    const etsy = lintText(text, { market: 'etsy' }).map((f) => [f.ruleId, f.severity, f.match]);
    expect(etsy).toEqual([['etsy/medical-claims', 'warning', 'heals acne']]);
    const amazon = lintText(text, { market: 'amazon' }).map((f) => [f.ruleId, f.severity, f.match]);
    expect(amazon).toEqual([['amazon/medical-claims', 'error', 'heals acne']]);
  });
});

describe('without a market', () => {
  it('applies Amazon content rules and cn-ad-law on Chinese text, but no structural or market-specific rules', () => {
    const ids = lintText('Free shipping 最佳 ' + 'x'.repeat(300)).map((f) => f.ruleId);
    expect(ids).toEqual(['amazon/promotional', 'cn-ad-law/absolute-zuijia']);
    expect(lintText('Zapatillas envío gratis, 园艺水管 2024')).toEqual([]);
  });

  it('applies an explicit pack list to all text', () => {
    expect(lintText('NO.1 speaker', { packs: ['cn-ad-law'] }).map((f) => f.ruleId)).toEqual([
      'cn-ad-law/absolute-diyi',
    ]);
  });
});
