/**
 * Every Amazon selector, in one place. Lists are fallbacks tried in order; the date is when we know
 * the layout existed (a saved page of that year, or DESIGN.md §9), newest last. Where several layouts
 * can be on one page (a new AND a used buy box), the order is priority and the comment says so.
 * Repeated ids (the AOD panel repeats `id="aod-offer"`) are written as `[id="…"]`, which every engine
 * matches on all elements, while `#id` may stop at the first.
 *
 * Real pages each selector is checked against (tests/fixtures/amazon/):
 *   2017  product/amazon-in_asin-page.html, offers/amazon-in_listing-sellers-page.html
 *   2024  product/amazon-com_ansi-url.html, product/amazon-co-uk_product-url.html,
 *         reviews/Amazon.com_Customer_reviews.html
 */

export const productSelectors = {
  asin: [
    'input#ASIN', // 2017–2024
    'input[name="ASIN"]', // 2017
    '[data-csa-c-asin]', // 2024, attribute data-csa-c-asin
  ],
  title: [
    'span#productTitle', // 2017–2024
    '#productTitle', // 2024 (a hidden input also carries id=productTitle with the title as value)
    '#ebooksProductTitle', // Kindle 2019
  ],
  /**
   * The price a buyer pays in the (new) buy box. Priority order: within the new buy box the layouts
   * are disjoint (2017 → 2024); the used-only buy box comes last so a page with both uses the new one.
   * Struck list prices matching these are skipped by the parser (parse-product.ts, isStruck).
   */
  price: [
    '#priceblock_dealprice', // 2017 (a deal replaces our price)
    '#priceblock_saleprice', // 2017
    '#priceblock_ourprice', // 2017
    '#kindle-price', // books, 2019
    'span#price', // books, 2019
    '#newBuyBoxPrice', // books, 2020
    // The to-pay price first: a deal box also holds the struck "List Price" (skipped in any case).
    // `.a-price` itself, not its `.a-offscreen`, which is sometimes missing (visible parts only).
    '#corePriceDisplay_desktop_feature_div .priceToPay', // 2022–2024
    '#corePriceDisplay_desktop_feature_div .apexPriceToPay', // 2022–2024
    '#corePrice_feature_div .priceToPay', // 2022–2024
    '#corePrice_feature_div .apexPriceToPay', // 2022–2024
    '#apex_desktop .priceToPay', // 2023
    '#apex_desktop .apexPriceToPay', // 2022 deal table ("With Deal:")
    '#corePrice_feature_div .a-price', // 2021–2024
    '#apex_desktop .a-price', // 2022–2024
    '#usedBuySection .offer-price', // used-only buy box, 2024 (amazon.co.uk book)
  ],
  /** Text saying there is no offer to price. */
  availability: ['#availability', '#outOfStock'],
  sellerLink: [
    '#sellerProfileTriggerId', // 2020–2024
    '#merchant-info a[href*="seller="]', // 2017
  ],
  /** Seller text when there is no profile link: "Ships from and sold by Amazon.com." */
  merchantText: [
    '#merchant-info', // 2017–2021
    '#merchantInfoFeature_feature_div .offer-display-feature-text-message', // 2023–2024
    '#tabular-buybox .tabular-buybox-text[tabular-attribute-name="Sold by"]', // 2021
  ],
  merchantId: ['input#merchantID', 'input#usedMerchantID'],
  rating: [
    '[data-hook="rating-out-of-text"]', // 2022–2024
    '#acrPopover', // 2017–2024: the title attribute "4.6 out of 5 stars"
    '#averageCustomerReviews .a-icon-alt', // 2017
  ],
  ratingCount: ['#acrCustomerReviewText', '[data-hook="total-review-count"]'],
  brand: [
    '#bylineInfo', // 2019–2024 "Visit the SainSmart Store", "Brand: X"
    'a#brand', // 2017
  ],
  /** "New & Used (14) from", "4 offers from". */
  offerCount: [
    '#olp_feature_div', // 2017
    '.olp-text-box', // 2024
    '#buybox-see-all-buying-choices', // 2022
    '#aod-total-offer-count', // AOD panel, value attribute
  ],
  canonical: ['link[rel="canonical"]'],
} as const;

export const reviewSelectors = {
  card: ['[data-hook="review"]'], // 2017–2024
  title: ['[data-hook="review-title"]'],
  /** Parts of the title element that are the star text, not the title. */
  titleExclude:
    '.a-icon-alt, [data-hook="review-star-rating"], [data-hook="cmps-review-star-rating"], .a-letter-space, i.a-icon',
  stars: [
    '[data-hook="review-star-rating"]', // 2017–2024
    '[data-hook="cmps-review-star-rating"]', // 2023–2024 (reviews from other countries)
    'i.review-rating', // 2017
  ],
  date: ['[data-hook="review-date"]'],
  body: [
    '[data-hook="review-body"] .cr-original-review-content', // translated reviews keep the original here
    '[data-hook="review-collapsed"]', // 2023–2024: inside the "Read more" expander
    '[data-hook="review-body"]', // 2017–2024
  ],
  /** Chrome inside a review body that is not the review text. */
  bodyExclude:
    '.a-expander-header, [data-hook="expand-collapse-read-more-less"], .cr-translated-review-content, .video-block, .cr-video-desktop, .a-popover-preload',
  author: ['.a-profile-name'],
  verified: ['[data-hook="avp-badge"]', '[data-hook="avp-badge-linkless"]'],
  helpful: ['[data-hook="helpful-vote-statement"]'],
  /** Review pages: the product they belong to. */
  productLink: ['[data-hook="product-link"]'],
  averageRating: ['[data-hook="rating-out-of-text"]', '[data-hook="average-star-rating"]'],
  totalCount: [
    '[data-hook="total-review-count"]',
    '[data-hook="cr-filter-info-review-rating-count"]',
  ],
} as const;

/** All-offers display (AOD), loaded into the product page or served as a fragment, 2020–2024. */
export const aodSelectors = {
  pinned: ['[id="aod-pinned-offer"]'],
  offers: ['[id="aod-offer"]'],
  price: [
    '[id^="aod-price-"] .a-price .a-offscreen',
    '[id="aod-offer-price"] .a-price .a-offscreen',
    '.a-price .a-offscreen',
  ],
  soldBy: ['[id="aod-offer-soldBy"]'],
  shipsFrom: ['[id="aod-offer-shipsFrom"]'],
  /** The right-hand value cell of a "Sold by"/"Ships from" row. */
  rowValue: ['.a-col-right', '.a-fixed-left-grid-col.a-col-right'],
  condition: ['[id="aod-offer-heading"]'],
  delivery: ['[data-csa-c-delivery-price]'],
  deliveryText: [
    '[id="mir-layout-DELIVERY_BLOCK"]',
    '[id^="aod-bottlingDepositFee"]',
    '.aod-delivery-promise',
  ],
  totalCount: ['[id="aod-total-offer-count"]'],
} as const;

/** Legacy /gp/offer-listing/ page, 2012–2020. */
export const olpSelectors = {
  offer: ['div.olpOffer'],
  price: ['.olpOfferPrice'],
  shippingPrice: ['.olpShippingPrice'],
  shippingInfo: ['.olpShippingInfo'],
  prime: ['.supersaver', 'i.a-icon-prime'],
  sellerName: ['.olpSellerName'],
  condition: ['.olpCondition'],
  productLink: ['#olpProductImage a[href*="/dp/"]', '#olpProductDetails a[href*="/dp/"]'],
} as const;

/** Seller Central, Manage All Inventory (`/myinventory/inventory`, 2023–): hashed CSS-module classes. */
export const inventorySelectors = {
  row: ['div[class*="JanusTable-module__tableContentRow"]'],
  pair: ['[class*="JanusSplitBox-module__row"]'],
  pairLabel: ['[class*="JanusSplitBox-module__label"]'],
  pairValue: ['[class*="JanusSplitBox-module__value"]'],
  priceInput: ['[class*="VolusPriceInputComposite"] kat-input[value]'],
  /** "+ $4.99 shipping" under the price box. */
  shipping: ['[class*="VolusShippingCell-module__shipping"]'],
  title: ['[class*="JanusProductDetails-module__title"]', 'a[href*="/dp/"]'],
  status: ['kat-badge[label]', 'kat-status-indicator[label]', '[class*="JanusListingStatus"]'],
} as const;

/** Seller Central, classic Manage Inventory (`/inventory`, 2014–2023). */
export const legacyInventorySelectors = {
  row: ['table.mt-table tr.mt-row'],
  cell: (column: string) => `td[data-column="${column}"]`,
  input: ['input[value]', 'kat-input[value]'],
} as const;

/** Seller Central, Pricing Health (`/pricing/health`, 2021–). */
export const pricingHealthSelectors = {
  row: ['kat-table-row'],
  referencePrice: ['.product-reference-price'],
  label: ['kat-label[text]'],
  yourPrice: [
    '.your-price kat-input[value]',
    '[class*="your-price"] kat-input[value]',
    'kat-input[value]',
  ],
  /** "+ $4.99 shipping" under the seller's price (merchant-fulfilled offers). */
  yourShipping: ['.your-shipping', '[class*="your-price"] [class*="shipping"]'],
  title: ['.product-title a', '.product-title', 'a[href*="/dp/"]'],
  identifiers: ['.product-identifiers kat-label[text]', '.product-identifiers'],
} as const;

/** Seller Central, Brand Customer Reviews (`/brand-customer-reviews/`, 2022–). */
export const backOfficeReviewSelectors = {
  card: ['.reviewContainer[data-testid^="review-"]'],
  stars: ['kat-star-rating[value]'],
  title: ['[data-testid="review-title"]', '.reviewTitle'],
  body: ['[data-testid="review-text"]', '.reviewText'],
  date: ['[data-testid="review-date"]', '.reviewDate'],
  asin: ['[data-testid="review-asin"]', '.reviewAsin', 'a[href*="/dp/"]'],
  productTitle: ['[data-testid="review-product-title"]', '.reviewProductTitle'],
  author: ['[data-testid="review-author"]', '.reviewAuthor'],
  verified: ['[data-testid="verified-purchase"]', '.verifiedPurchase'],
} as const;

/** Interstitials (detect.ts). */
export const blockedSelectors = {
  captchaForm: ['form[action*="validateCaptcha"]'],
  captchaInput: [
    'input#captchacharacters',
    'img[src*="/captcha/"]',
    'input[name="cvf_captcha_input"]',
  ],
  signInForm: [
    'form[name="signIn"]',
    'form[action*="/ap/signin"]',
    'input#ap_email',
    'input#ap_password',
    'form#auth-mfa-form',
    'input#auth-mfa-otpcode',
  ],
  headings: ['h4', 'h1'],
} as const;
