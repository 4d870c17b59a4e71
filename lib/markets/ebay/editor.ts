/**
 * eBay listing form: `www.ebay.<site>/lstng?mode=AddItem|ReviseItem&draftId=...` (the single-page form of
 * 2022-) and the older `/sl/list` flow. Title `input[name="title"]`; the description is a rich-text
 * editor (contenteditable, with an HTML-mode textarea behind it); item specifics are controls named
 * `attributes.<Name>`. eBay's policies apply to every seller-written text, so the specifics' values are
 * checked as the draft's `tags` (short keyword-like values, where "not Nike" keyword spam hides).
 */
import { queryParam, type ListingEditor } from '../editor-kit';

/** eBay sites whose sellers list through these forms. */
export const EBAY_SITES = [
  'com',
  'co.uk',
  'de',
  'fr',
  'it',
  'es',
  'ca',
  'com.au',
  'at',
  'ch',
  'ie',
  'nl',
  'be',
  'pl',
] as const;

const HOSTS = new Set(EBAY_SITES.map((tld) => `www.ebay.${tld}`));

export const ebayEditor: ListingEditor = {
  id: 'ebay/listing-edit',
  market: 'ebay',
  matches: [...HOSTS].flatMap((h) => [`https://${h}/lstng*`, `https://${h}/sl/list*`]),
  matchUrl: (url) =>
    HOSTS.has(url.hostname.toLowerCase()) && /^\/(?:lstng|sl\/list)(?:[/?]|$)/i.test(url.pathname),
  productKey: (url) => queryParam(url, 'itemId', 'itemid', 'draftId'),
  fields: [
    {
      field: 'title',
      selectors: [
        'input[name="title"]', // /sl/list (-2022) and /lstng (2022-)
      ],
      labels: ['Title', 'Item title', 'Titel', 'Titre', 'Titolo', 'Título'],
    },
    {
      field: 'description',
      selectors: [
        // /lstng (2022-): what the seller types is the rich editor; the textarea is its HTML mode.
        '.se-rte-editor__rich[contenteditable="true"], [contenteditable="true"][aria-label="Description"]',
        'textarea[name="description"]',
        'iframe#se-rte-frame__summary', // /sl/list (-2022) iframe editor
      ],
      labels: ['Description', 'Item description', 'Beschreibung', 'Descrizione', 'Descripción'],
    },
    {
      // The Brand item specific (also checked with the other specifics, as a tag).
      field: 'brand',
      selectors: ['input[name="attributes.Brand"], button[name="attributes.Brand"]'],
    },
    {
      field: 'tags',
      list: true,
      selectors: ['input[name^="attributes."], button[name^="attributes."]'],
      anchor: ['.summary__attributes', '[data-key="attributes"]'],
    },
  ],
};
