/**
 * Etsy listing editor: `www.etsy.com/your/shops/me/listing-editor/edit/<listing id>` and `/create`.
 * Title `#listing-title-input` (a textarea named `title`), description `#listing-description-textarea`,
 * tags: a text input plus one chip per added tag (the chips are the tags; the input is what is being typed).
 */
import type { ListingEditor } from '../editor-kit';

const PATH = /^\/your\/shops\/[^/]+\/listing-editor\/(?:edit\/(\d+)|create)(?:[/?#]|$)/i;

export const etsyEditor: ListingEditor = {
  id: 'etsy/listing-edit',
  market: 'etsy',
  matches: ['https://www.etsy.com/your/shops/*/listing-editor/*'],
  matchUrl: (url) => url.hostname.toLowerCase() === 'www.etsy.com' && PATH.test(url.pathname),
  productKey: (url) => PATH.exec(url.pathname)?.[1],
  fields: [
    {
      field: 'title',
      selectors: ['#listing-title-input', 'textarea[name="title"], input[name="title"]'],
      labels: ['Title', 'Titel', 'Titre', 'Título', 'Titolo'],
    },
    {
      field: 'description',
      selectors: ['#listing-description-textarea', 'textarea[name="description"]'],
      labels: ['Description', 'Beschreibung', 'Descripción', 'Descrizione'],
    },
    {
      field: 'tags',
      list: true,
      selectors: [
        '#listing-tags-list .wt-action-group__item', // 2019- chips
        '[data-test-id="listing-tags"] [data-tag]',
      ],
      anchor: ['#listing-tags-input', 'input[name="tags"]'],
    },
  ],
};
