/**
 * Registry of the marketplaces' listing editors (see editor-kit.ts): which URL is an editor, which
 * content-script patterns cover them, and reading a page into a draft.
 */
import type { Market } from '../schemas/snapshot';
import { amazonEditor } from './amazon/editor';
import { ebayEditor } from './ebay/editor';
import { readEditor, type EditorReading, type ListingEditor } from './editor-kit';
import { etsyEditor } from './etsy/editor';
import { shopeeEditor } from './shopee/editor';
import { taobaoEditor } from './taobao/editor';

export type { EditorFieldRef, EditorReading, ListingEditor } from './editor-kit';

export const listingEditors: readonly ListingEditor[] = [
  amazonEditor,
  ebayEditor,
  etsyEditor,
  shopeeEditor,
  taobaoEditor,
];

/** Content-script match patterns of the listing-editor script. */
export const editorMatches: string[] = [...new Set(listingEditors.flatMap((e) => e.matches))];

export function matchEditorUrl(
  url: string | URL,
): { market: Market; editor: ListingEditor } | null {
  let u: URL;
  try {
    u = url instanceof URL ? url : new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  for (const editor of listingEditors) {
    if (editor.matchUrl(u)) return { market: editor.market, editor };
  }
  return null;
}

/** Reads the editor at `url` from `doc`; null when the URL is not a listing editor. */
export function readEditorPage(
  doc: Document,
  url: string | URL,
): (EditorReading & { market: Market }) | null {
  const m = matchEditorUrl(url);
  if (!m) return null;
  const u = url instanceof URL ? url : new URL(url);
  return { market: m.market, ...readEditor(m.editor, doc, u) };
}
