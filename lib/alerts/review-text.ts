/**
 * How a stored review is read and named, shared by the background (classification, alert messages)
 * and the side panel (highlighting): kept apart from the classifier so the UI bundle does not pull in
 * the model code.
 */
import { table } from '../lookup';
import type { Localized } from '../schemas/alert';
import type { ReviewRecord } from '../db/types';

/**
 * Title and body as one text. The title is often the verdict ("Arrived broken"), so it is read first;
 * a separator is added only when the title does not already end a sentence. Aspect offsets refer to
 * this text: `[0, titleEnd)` is the title as the market shows it, `[bodyOffset, text.length)` the body.
 */
export function reviewText(review: Pick<ReviewRecord, 'title' | 'body'>): {
  text: string;
  titleEnd: number;
  bodyOffset: number;
} {
  const title = review.title.trim();
  if (title === '') return { text: review.body, titleEnd: 0, bodyOffset: 0 };
  const sep = /[.!?。！？…]$/.test(title) ? ' ' : '. ';
  // The untrimmed start keeps title offsets valid against review.title.
  const titleEnd = review.title.indexOf(title) + title.length;
  const head = review.title.slice(0, titleEnd) + sep;
  return { text: head + review.body, titleEnd, bodyOffset: head.length };
}

/** The fixed aspect set of DESIGN.md §7, named in both UI languages. */
export const ASPECT_NAMES: Readonly<Record<string, Localized>> = table({
  shipping: { en: 'shipping', zh: '物流' },
  quality: { en: 'quality', zh: '质量' },
  packaging: { en: 'packaging', zh: '包装' },
  service: { en: 'service', zh: '服务' },
  price: { en: 'price', zh: '价格' },
  size: { en: 'size', zh: '尺码' },
  authenticity: { en: 'authenticity', zh: '真伪' },
});

export function aspectName(aspect: string): Localized {
  return ASPECT_NAMES[aspect] ?? { en: aspect, zh: aspect };
}
