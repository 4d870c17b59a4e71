/**
 * Reading a marketplace's listing editor (the form where the seller writes title, bullets, description,
 * tags) into a `Draft` for the live compliance check. Pure: a `Document` in, the draft and the elements
 * each value came from out (the content script anchors its inline marks on them). Each market describes
 * its editor as data (`EditorFieldSpec`s) in lib/markets/<market>/editor.ts.
 */
import { table } from '../lookup';
import type { Field } from '../compliance/types';
import { DRAFT_FIELDS, DRAFT_LIMITS, type Draft, type Market } from '../schemas/snapshot';
import { textOf } from './dom';

/**
 * What a spec reads: a linted text field, or the brand, which is not checked itself but lets a title
 * contain characters the market's title policy bans when they are part of it (Amazon: `Oh Joy!`).
 */
export type EditorField = Field | 'brand';

export interface EditorFieldSpec {
  field: EditorField;
  /**
   * Selectors of the control(s) holding the value, one per editor layout, newest last with the date the
   * layout appeared. The first selector that matches anything wins, so an older layout's selector must
   * not match a newer page.
   */
  selectors: readonly string[];
  /** bullets/tags: every matching element is one item (empty items skipped). */
  list?: boolean;
  /**
   * Last resort when no selector matches: the form label as the seller reads it, in the market's
   * languages. The control is the label's `for` target, else the first input/textarea/contenteditable
   * in the label's nearest enclosing form row.
   */
  labels?: readonly string[];
  /** Where the inline mark of a list field goes (the tag input, not each chip); per item when absent. */
  anchor?: readonly string[];
}

export interface EditorFieldRef {
  field: Field;
  /** Item index for bullets and tags. */
  index?: number;
  element: Element;
}

export interface EditorReading {
  draft: Draft;
  /** Where each value was read (one per title/description, one per list item). */
  refs: EditorFieldRef[];
  /** The mark anchor of each field (the element itself, or the spec's `anchor`). */
  anchors: Partial<Record<Field, Element>>;
}

export interface ListingEditor {
  /** `<market>/listing-edit`. */
  id: string;
  market: Market;
  /** Content-script match patterns (manifest `matches`) covering the editor pages (and, for single-page
   * back offices, the pages the editor is reached from without a reload). */
  matches: readonly string[];
  /** True when the URL is this market's listing editor. */
  matchUrl: (url: URL) => boolean;
  /** The product the editor is open on (listing id, ASIN/SKU ...), when the URL names one. */
  productKey: (url: URL) => string | undefined;
  fields: readonly EditorFieldSpec[];
}

const CONTROL =
  'input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]), textarea, [contenteditable="true"], [contenteditable=""], kat-input, kat-textarea';
/** Form-row containers of the UI kits these back offices use (Katal, Fusion Next, Shopee eds, Etsy wt). */
const ROW =
  '.a-row, [class*="catProp-item"], [class*="form-item"], [class*="FormItem"], [class*="form-field"], [class*="field"], .wt-validation, li, tr, fieldset';
const LABEL = 'label, legend, [class*="label"], [class*="Label"], kat-label';

const NAMED: Readonly<Record<string, string>> = table({
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
});

/** The few entities a textarea's raw content can carry (never parsed as HTML: nothing can run). */
function decodeEntities(s: string): string {
  return s.replace(
    /&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi,
    (all, dec?: string, hex?: string, name?: string) => {
      if (dec || hex) {
        const cp = dec ? Number(dec) : parseInt(hex!, 16);
        return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : all;
      }
      return NAMED[name!.toLowerCase()] ?? all;
    },
  );
}

/**
 * The text a control holds. `.value` first: React/Vue-controlled inputs and Katal's kat-input keep the
 * live value in the property while the attribute keeps the value the page was rendered with.
 */
export function controlText(el: Element): string {
  const prop = (el as { value?: unknown }).value;
  if (typeof prop === 'string') {
    // linkedom (the CLI's DOM) keeps a textarea's content as raw markup (`&amp;`) in value, textContent
    // and innerHTML alike; a browser decodes it, so its textContent never equals an escaped innerHTML.
    if (
      el.nodeName.toUpperCase() === 'TEXTAREA' &&
      prop === el.innerHTML &&
      prop === el.textContent &&
      /&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i.test(prop)
    ) {
      return decodeEntities(prop);
    }
    return prop;
  }
  if (el.nodeName.toUpperCase() === 'IFRAME') {
    // Rich-text editors in a same-origin iframe (eBay and Taobao description editors).
    let body: HTMLElement | null | undefined;
    try {
      body = (el as HTMLIFrameElement).contentDocument?.body;
    } catch {
      body = null;
    }
    return body ? textOf(body, { lines: true }).replace(/\n{2,}/g, '\n') : '';
  }
  if (el.hasAttribute('value')) return el.getAttribute('value') ?? '';
  const editable = el.getAttribute('contenteditable');
  // Rich editors wrap every line in a block (<p>, <div>): one line break between them, as the seller sees it.
  if (editable === '' || editable === 'true')
    return textOf(el, { lines: true }).replace(/\n{2,}/g, '\n');
  return textOf(el);
}

function firstMatching(doc: ParentNode, selectors: readonly string[]): Element[] {
  for (const sel of selectors) {
    const els = doc.querySelectorAll(sel);
    if (els.length) return Array.from(els);
  }
  return [];
}

function normLabel(s: string): string {
  return s.replace(/[*＊:：\s]/g, '').toLowerCase();
}

/** Finds a control by its visible form label (see EditorFieldSpec.labels). */
export function controlByLabel(doc: Document, labels: readonly string[]): Element | null {
  const wanted = new Set(labels.map(normLabel));
  const candidates = doc.querySelectorAll(LABEL);
  for (let i = 0; i < candidates.length; i++) {
    const label = candidates[i]!;
    const text = normLabel(textOf(label) || (label.getAttribute('text') ?? ''));
    if (!wanted.has(text)) continue;
    const forId = label.getAttribute('for');
    if (forId) {
      const target = doc.getElementById(forId);
      if (target) return target;
    }
    // The label's own form row only: a row without a control (the field is not rendered yet) must not
    // borrow the next field's control from further up.
    let row: Element | null = label.parentElement;
    for (let depth = 0; row && depth < 4; depth++, row = row.parentElement) {
      if (row.matches(ROW)) {
        const control = row.querySelector(CONTROL);
        if (control) return control;
        break;
      }
    }
  }
  return null;
}

/** The controls found for each field spec (index-aligned with `editor.fields`). */
export type LocatedFields = Array<{ els: Element[]; anchor: Element | undefined }>;

/** Finds every field's controls: the DOM queries, the costly part of reading an editor. */
export function locateFields(editor: ListingEditor, doc: Document): LocatedFields {
  return editor.fields.map((spec) => {
    let els = firstMatching(doc, spec.selectors);
    if (els.length === 0 && spec.labels) {
      const byLabel = controlByLabel(doc, spec.labels);
      if (byLabel) els = [byLabel];
    }
    return { els, anchor: spec.anchor ? firstMatching(doc, spec.anchor)[0] : undefined };
  });
}

/** True while every located control is still in the page (no re-render replaced it). */
export function stillConnected(located: LocatedFields): boolean {
  return located.every((l) => l.els.every((e) => e.isConnected) && (l.anchor?.isConnected ?? true));
}

/**
 * Reads one editor page. Fields the page does not show are left out of the draft. `located` reuses the
 * controls found by an earlier `locateFields` (the content script does so between DOM mutations, so a
 * keystroke costs reading a few `.value`s instead of querying the page).
 */
export function readEditor(
  editor: ListingEditor,
  doc: Document,
  url?: URL,
  located: LocatedFields = locateFields(editor, doc),
): EditorReading {
  const draft: Draft = {};
  const refs: EditorFieldRef[] = [];
  const anchors: Partial<Record<Field, Element>> = {};
  const key = url ? editor.productKey(url) : undefined;
  if (key) draft.productKey = key;

  for (let f = 0; f < editor.fields.length; f++) {
    const spec = editor.fields[f]!;
    const { els, anchor } = located[f] ?? { els: [], anchor: undefined };
    if (els.length === 0 && !anchor) continue;
    if (spec.field === 'brand') {
      // Read, never marked: no ref, no anchor.
      const brand = els[0] ? controlText(els[0]).trim() : '';
      if (brand !== '') draft.brand = brand;
      continue;
    }
    if (spec.list) {
      const items: string[] = [];
      for (const el of els) {
        const text = controlText(el).trim();
        // An empty tag input is not a tag; an empty bullet keeps its slot so "bullet 3" stays bullet 3.
        if (text === '' && spec.field !== 'bullets') continue;
        refs.push({ field: spec.field, index: items.length, element: el });
        items.push(text);
      }
      while (items.length > 0 && items[items.length - 1] === '') {
        items.pop();
        refs.pop();
      }
      // A tag input with no chips yet is an empty tag list, not a missing field.
      const at = anchor ?? els[0];
      if (at) anchors[spec.field] = at;
      if (spec.field === 'bullets' || spec.field === 'tags') draft[spec.field] = items;
    } else {
      const el = els[0];
      if (!el) continue;
      refs.push({ field: spec.field, element: el });
      anchors[spec.field] = el;
      const text = controlText(el);
      if (spec.field === 'title' || spec.field === 'description') draft[spec.field] = text;
      else draft[spec.field] = text.trim() === '' ? [] : [text];
    }
  }
  clipDraft(draft);
  return { draft, refs, anchors };
}

/** Clips the draft to DRAFT_LIMITS in place, naming each clipped field in `draft.truncated`. */
function clipDraft(draft: Draft): void {
  const cut = new Set<(typeof DRAFT_FIELDS)[number]>();
  const clip = (text: string, max: number, field: (typeof DRAFT_FIELDS)[number]) => {
    if (text.length <= max) return text;
    cut.add(field);
    // Never split a surrogate pair (an emoji) at the cut.
    const end = /[\uD800-\uDBFF]/.test(text[max - 1]!) ? max - 1 : max;
    return text.slice(0, end);
  };
  if (draft.title !== undefined) draft.title = clip(draft.title, DRAFT_LIMITS.text, 'title');
  if (draft.description !== undefined)
    draft.description = clip(draft.description, DRAFT_LIMITS.text, 'description');
  if (draft.bullets) {
    if (draft.bullets.length > DRAFT_LIMITS.bullets) cut.add('bullets');
    draft.bullets = draft.bullets
      .slice(0, DRAFT_LIMITS.bullets)
      .map((b) => clip(b, DRAFT_LIMITS.text, 'bullets'));
  }
  // Not checked itself, so not named in `truncated`: a brand this long is no brand.
  if (draft.brand !== undefined) draft.brand = draft.brand.slice(0, DRAFT_LIMITS.brand);
  if (draft.tags) {
    if (draft.tags.length > DRAFT_LIMITS.tags) cut.add('tags');
    draft.tags = draft.tags
      .slice(0, DRAFT_LIMITS.tags)
      .map((g) => clip(g, DRAFT_LIMITS.tag, 'tags'));
  }
  if (cut.size) draft.truncated = DRAFT_FIELDS.filter((f) => cut.has(f));
}

/** A query parameter, trimmed; undefined when absent or empty. */
export function queryParam(url: URL, ...names: string[]): string | undefined {
  for (const n of names) {
    const v = url.searchParams.get(n)?.trim();
    if (v) return v.slice(0, 200);
  }
  return undefined;
}
