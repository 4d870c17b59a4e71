/**
 * schema.org data a product page embeds for search engines (`<script type="application/ld+json">`),
 * read by the product parsers of Etsy and Shopee as a second source beside the rendered page.
 */

export type Json = Record<string, unknown>;

const JSON_LD = 'script[type="application/ld+json"]';

/** The page's schema.org Product (its JSON-LD), or null. Never throws on a broken script. */
export function jsonLdProduct(doc: ParentNode): Json | null {
  const scripts = doc.querySelectorAll(JSON_LD);
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[i]!.textContent ?? '');
    } catch {
      continue;
    }
    const items: unknown[] = Array.isArray(data)
      ? data
      : data && typeof data === 'object' && Array.isArray((data as Json)['@graph'])
        ? ((data as Json)['@graph'] as unknown[])
        : [data];
    for (const item of items) {
      if (item && typeof item === 'object' && (item as Json)['@type'] === 'Product') {
        return item as Json;
      }
    }
  }
  return null;
}

/** A field of a JSON-LD object (of the first, when it is a list), or undefined. */
export function jsonField(obj: unknown, key: string): unknown {
  if (Array.isArray(obj)) obj = obj[0];
  return obj && typeof obj === 'object' ? (obj as Json)[key] : undefined;
}
