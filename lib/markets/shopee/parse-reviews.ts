/**
 * The reviews a Shopee product page shows ("Product Ratings", 商品評價, ĐÁNH GIÁ SẢN PHẨM …), from the
 * rendered DOM: the page loads them when the section scrolls into view and renders each page of the
 * list (and each star or "with comments" filter) in place, so the content script re-reads on mutations;
 * the extension never calls Shopee's ratings API itself.
 *
 * A card (`.shopee-product-rating`) gives the buyer's masked name, the lit stars, the time line
 * ("2024-03-12 14:21 | Variation: Black,L": the date and the variation bought) and the text. Since 2023
 * the text is an unclassed block after the time line, made of the answers to the category's prompts,
 * each behind its label ("Quality: …", "Performance: …", 外觀: …, Chất lượng sản phẩm: …), then the
 * buyer's own words: all of it is the body, one line each, labels kept (they say what the words are
 * about). A seller's reply under the text is the seller's, never part of the review. Shopee lists the
 * reviews of every variation on the product page: they are kept under the product, with the variation
 * in `variant`.
 *
 * Ids: a card carries no review id, so its id is a hash of the product key, the author's masked name,
 * the calendar day and the text: stable across re-renders, pages and filters. Likes ("Helpful?") are the
 * helpful votes.
 */
import type { ReviewSnapshot } from '../../schemas/snapshot';
import { fnv1a64 } from '../../hash';
import { attr, textOf } from '../dom';
import { readReviewCards, reviewSnapshot, type ReadReviews } from '../review-cards';
import { reviewSelectors as sel } from './selectors';
import { parseLikes, parseTimeLine, SELLER_REPLY } from './text';

/** Lit stars: the active icons, else (a build without that class) the filled ones among five. */
function starsOf(main: Element): number | null {
  const box = main.querySelector(sel.stars);
  if (!box) return null;
  const lit = box.querySelectorAll(sel.litStar).length;
  if (lit >= 1 && lit <= 5) return lit;
  const icons = Array.from(box.querySelectorAll('svg'));
  if (icons.length !== 5) return null;
  const filled = icons.filter(
    (svg) => attr(svg.querySelector('polygon'), 'fill') !== 'none',
  ).length;
  return filled >= 1 && filled <= 5 && filled < icons.length ? filled : null;
}

function isSellerReply(el: Element): boolean {
  return SELLER_REPLY.test(textOf(el.firstElementChild ?? el));
}

/**
 * The block holding the buyer's text: the 2018–2022 `.shopee-product-rating__content`, else the first
 * block after the time line that is none of the card's other parts (stars, photos, likes, a seller's
 * reply).
 */
function textBlock(main: Element, time: Element | null): Element | null {
  const classic = main.querySelector(sel.content);
  if (classic) return classic;
  // Without its time line a card is not one we know how to read: its text is not looked for elsewhere.
  if (!time || time.parentElement !== main) return null;
  const kids = Array.from(main.children);
  for (const kid of kids.slice(kids.indexOf(time) + 1)) {
    if (kid.matches(`${sel.author}, ${sel.time}, ${sel.notText}`) || kid.querySelector(sel.notText))
      continue;
    if (isSellerReply(kid)) continue;
    if (textOf(kid)) return kid;
  }
  return null;
}

/** The text, one line per labelled answer and per line the buyer wrote (no blank lines between blocks). */
function bodyText(block: Element | null): string {
  if (!block) return '';
  const lines = Array.from(block.children)
    .map((c) => {
      const text = textOf(c, { lines: true });
      // A prompt's label is its own span ("Quality: "): keep a space after it when the page has none.
      const label = c.firstElementChild;
      return label && label.nodeName === 'SPAN' && text.startsWith(textOf(label))
        ? text.replace(/^([^:\n]{1,60}:)(?=\S)/, '$1 ')
        : text;
    })
    .filter((t) => t !== '');
  return lines.length > 1 ? lines.join('\n') : textOf(block, { lines: true });
}

function readCard(card: Element, productKey: string, warnings: string[]): ReviewSnapshot | null {
  const main = card.querySelector(sel.main) ?? card;
  const rating = starsOf(main);
  const timeEl = main.querySelector(sel.time);
  const block = textBlock(main, timeEl);
  const body = bodyText(block);
  if (!body && rating === null) return null;
  const author = textOf(main.querySelector(sel.author));
  const { dateText, date, variant } = parseTimeLine(textOf(timeEl));
  const id = `shopee-${fnv1a64([productKey, author, date ?? dateText, textOf(block)].join('\n'))}`;
  const likes = parseLikes(
    textOf(main.querySelector(sel.likeCount)),
    main.querySelector(sel.likeButton) !== null,
  );
  return reviewSnapshot(
    { id, productKey, rating, body, date, dateText, author, variant, helpfulVotes: likes },
    warnings,
  );
}

/** Every review card on the page, each review once. */
export function readShopeeReviews(
  doc: ParentNode,
  productKey: string,
  warnings: string[],
): ReadReviews {
  return readReviewCards(doc, [[sel.card, (el) => readCard(el, productKey, warnings)]]);
}
