/**
 * Every Amazon fixture (tests/fixtures/amazon/<page-type>/) with the URL it was (or would have been)
 * served at. Its own module so the benchmarks can use it without the unit tests' DOM set-up.
 */
export const FIXTURE_URLS = {
  'product/amazon-com_ansi-url.html': 'https://www.amazon.com/dp/B0057OC5O8',
  'product/amazon-co-uk_product-url.html': 'https://www.amazon.co.uk/dp/1849757097',
  'product/amazon-in_asin-page.html': 'https://www.amazon.in/dp/B01NCE2FHK',
  'product/amazon-de_aod-panel.html': 'https://www.amazon.de/dp/B0D4KX7TQ2?aod=1',
  'product/broken-layout_amazon-com.html': 'https://www.amazon.com/dp/B0057OC5O8',
  'reviews/Amazon.com_Customer_reviews.html':
    'https://www.amazon.com/Dawn-Ultra-Dishwashing-Liquid-Original/product-reviews/B0BBPNPZTC',
  'offers/amazon-in_listing-sellers-page.html':
    'https://www.amazon.in/gp/offer-listing/B01NCE2FHK/ref=dp_olp_new?ie=UTF8&condition=new',
  'inventory/manage-all-inventory_sellercentral-com.html':
    'https://sellercentral.amazon.com/myinventory/inventory?fulfilledBy=all&page=1&pageSize=25',
  'inventory/manage-inventory-legacy_sellercentral-co-uk.html':
    'https://sellercentral.amazon.co.uk/inventory/ref=xx_invmgr_dnav_xx',
  'pricing/pricing-health_sellercentral-com.html':
    'https://sellercentral.amazon.com/pricing/health?ref=xx_prchealth_dnav_xx',
  'back-office-reviews/brand-customer-reviews_sellercentral-com.html':
    'https://sellercentral.amazon.com/brand-customer-reviews/?ref=xx_crvws_dnav_xx',
  'blocked/captcha_amazon-com.html': 'https://www.amazon.com/dp/B0057OC5O8',
  'blocked/robot-check_amazon-com.html': 'https://www.amazon.com/product-reviews/B0BBPNPZTC',
  'blocked/signin_amazon-com.html': 'https://www.amazon.com/product-reviews/B0BBPNPZTC',
  'blocked/signin_sellercentral-com.html': 'https://sellercentral.amazon.com/myinventory/inventory',
} as const;

/**
 * The real saved pages among them (provenance in each folder's SOURCE.txt); the Seller Central and
 * blocked pages are hand-made. The bench parses these; the blocked-page test adds the hand-made ones.
 */
export const REAL_SAVED_PAGES = [
  'product/amazon-com_ansi-url.html',
  'product/amazon-co-uk_product-url.html',
  'product/amazon-in_asin-page.html',
  'product/amazon-de_aod-panel.html',
  'reviews/Amazon.com_Customer_reviews.html',
  'offers/amazon-in_listing-sellers-page.html',
] as const satisfies ReadonlyArray<keyof typeof FIXTURE_URLS>;
