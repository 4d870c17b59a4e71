/**
 * The live listing check inside a marketplace's listing editor, written against injected functions (no
 * `browser.*`) so it is unit-testable: read the editor's fields, lint the whole listing when any of its
 * text changed, show the findings next to each field, and stream the draft to the background (side
 * panel's Listing check). The marks and the panel run the same lint over the same listing, so they agree:
 * a field cannot be linted alone, because the language of a listing (Japanese, Traditional Chinese for
 * Taiwan) and cross-field rules (the brand a title may contain) are read from all of its fields. Typing
 * never waits for any of this: the caller debounces edits (DEBOUNCE_MS), and one refresh costs one DOM
 * read of a handful of controls plus one lintListing of the listing (well under a tenth of a millisecond
 * for a title, four bullets and a 2,000-character description: `npm run bench`, suite live-lint).
 */
import { lintListing, listingInputOf } from '../compliance/lint';
import { SEVERITY_RANK, type Field, type Finding, type Severity } from '../compliance/types';
import type { EditorReading, ListingEditor, LocatedFields } from '../markets/editor-kit';
import { locateFields, readEditor, stillConnected } from '../markets/editor-kit';
import type { MessageResponse, SaveDraftMessage } from '../schemas/messages';
import type { Draft, Market } from '../schemas/snapshot';
import { RETRY_DELAYS } from './capture';

/** Quiet time after the last keystroke before linting: a burst of typing costs one lint. */
export const DEBOUNCE_MS = 250;

/** One inline mark: the findings of one field (or one bullet) and the element it sits next to. */
export interface FieldMark {
  /** `title`, `description`, `tags`, `bullets:2` ... stable across refreshes. */
  key: string;
  field: Field;
  index?: number;
  anchor: Element;
  findings: Finding[];
  worst: Severity;
}

export interface LiveLintDeps {
  document: Document;
  editor: ListingEditor;
  location: () => string;
  now: () => string;
  send: (msg: SaveDraftMessage) => Promise<MessageResponse | undefined>;
  setTimeout: (fn: () => void, ms: number) => unknown;
  isValid: () => boolean;
  /** Shows the marks (an empty list removes them). Called only when they changed. */
  render: (marks: FieldMark[]) => void;
  /** The linter (injected by the benchmark; lintListing otherwise). */
  lint?: typeof lintListing;
  log?: (...args: unknown[]) => void;
}

function worstOf(findings: readonly Finding[]): Severity {
  let worst: Severity = 'info';
  for (const f of findings)
    if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst]) worst = f.severity;
  return worst;
}

export function createLiveLint(deps: LiveLintDeps) {
  const lint = deps.lint ?? lintListing;
  const market: Market = deps.editor.market;
  /** The lint input last linted (its JSON) and its findings. */
  let linted: { sig: string; findings: Finding[] } | null = null;
  let lastMarksSig = '';
  let lastDraftSig: string | null = null;
  let generation = 0;
  /** How many lints ran (exposed for tests and the benchmark). */
  let lintCount = 0;
  /** The editor's controls as last located; dropped when the page's DOM changes. */
  let located: LocatedFields | null = null;

  /**
   * Lints the whole listing when any of its text changed since the last refresh (the same call the side
   * panel makes, so both show the same findings). False when nothing changed.
   */
  function lintDraft(draft: Draft): boolean {
    const input = listingInputOf(draft);
    const sig = JSON.stringify(input);
    if (linted?.sig === sig) return false;
    lintCount++;
    linted = { sig, findings: Object.keys(input).length === 0 ? [] : lint(input, { market }) };
    return true;
  }

  /** The findings of each field, in the linter's order. */
  function byField(): Map<Field, Finding[]> {
    const out = new Map<Field, Finding[]>();
    for (const f of linted?.findings ?? []) {
      const list = out.get(f.field);
      if (list) list.push(f);
      else out.set(f.field, [f]);
    }
    return out;
  }

  function buildMarks(reading: EditorReading): FieldMark[] {
    const marks: FieldMark[] = [];
    for (const [field, findings] of byField()) {
      const perItem = field === 'bullets';
      if (!perItem) {
        const anchor = reading.anchors[field];
        if (anchor)
          marks.push({
            key: field,
            field,
            anchor,
            findings,
            worst: worstOf(findings),
          });
        continue;
      }
      const byIndex = new Map<number, Finding[]>();
      for (const f of findings) {
        const i = f.index ?? 0;
        byIndex.set(i, [...(byIndex.get(i) ?? []), f]);
      }
      for (const [index, own] of byIndex) {
        const anchor =
          reading.refs.find((r) => r.field === field && r.index === index)?.element ??
          reading.anchors[field];
        if (anchor)
          marks.push({
            key: `${field}:${index}`,
            field,
            index,
            anchor,
            findings: own,
            worst: worstOf(own),
          });
      }
    }
    return marks;
  }

  async function sendDraft(draft: Draft, sig: string): Promise<MessageResponse | null> {
    const mine = ++generation;
    const msg: SaveDraftMessage = {
      type: 'saveDraft',
      market,
      url: deps.location(),
      draft,
      at: deps.now(),
    };
    for (let attempt = 0; ; attempt++) {
      // A newer draft supersedes this one: only the latest text matters to the side panel.
      if (!deps.isValid() || mine !== generation) return null;
      let response: MessageResponse | undefined;
      try {
        response = await deps.send(msg);
      } catch (err) {
        deps.log?.('[seller-radar] draft not delivered, will retry', (err as Error)?.message);
      }
      if (response?.ok) {
        if (mine === generation) lastDraftSig = sig;
        return response;
      }
      if (response && !response.ok && response.error.code !== 'storage-error') return response;
      const delay = RETRY_DELAYS[attempt];
      if (delay === undefined) return response ?? null;
      await new Promise<void>((resolve) => deps.setTimeout(resolve, delay));
    }
  }

  /** Reads the editor, lints the listing if it changed, updates the marks and sends the draft when it changed. */
  function refresh(): Promise<MessageResponse | null> {
    if (!deps.isValid()) return Promise.resolve(null);
    let url: URL | undefined;
    try {
      url = new URL(deps.location());
    } catch {
      url = undefined;
    }
    if (!located || !stillConnected(located)) located = locateFields(deps.editor, deps.document);
    const reading = readEditor(deps.editor, deps.document, url, located);
    const changed = lintDraft(reading.draft);
    const marks = buildMarks(reading);
    const marksSig = marks
      .map(
        (m) => `${m.key}:${m.worst}:${m.findings.map((f) => `${f.ruleId}@${f.start}`).join(',')}`,
      )
      .join('|');
    // Re-render also when an anchor was replaced by the page (a re-rendered React field).
    if (changed || marksSig !== lastMarksSig || marks.some((m) => !m.anchor.isConnected)) {
      lastMarksSig = marksSig;
      deps.render(marks);
    }
    // A product key or a brand alone is no listing text to check.
    const { productKey: _key, brand: _brand, ...content } = reading.draft;
    const hasContent = Object.keys(content).length > 0;
    const draftSig = JSON.stringify(reading.draft);
    if (!hasContent || draftSig === lastDraftSig) return Promise.resolve(null);
    return sendDraft(reading.draft, draftSig);
  }

  let timer: { id: unknown } | null = null;
  /**
   * Debounced refresh for input/change events and DOM mutations. `structural`: the page's DOM changed
   * (fields rendered late, tag chips added), so the controls are located again.
   */
  function schedule(ms = DEBOUNCE_MS, structural = false): void {
    if (structural) located = null;
    if (timer) timer.id = null;
    const slot = { id: null as unknown };
    timer = slot;
    slot.id = deps.setTimeout(() => {
      if (timer !== slot) return;
      timer = null;
      void refresh();
    }, ms);
  }

  return {
    refresh,
    schedule,
    /** The findings of the listing as last linted. */
    findings: (): Finding[] => [...(linted?.findings ?? [])],
    lintCount: () => lintCount,
    /** Forget everything (single-page navigation to another listing). */
    reset: () => {
      located = null;
      linted = null;
      lastMarksSig = '';
      lastDraftSig = null;
      generation++;
    },
  };
}

export type LiveLint = ReturnType<typeof createLiveLint>;

/**
 * How often the editor's values are read again while its tab is visible. A page's own script can set a
 * field's value without any event (a React form restoring a saved draft, a "use the recommended title"
 * button): input/change listeners never hear of it, and its old findings would stay on the page and in
 * the side panel. A read of a few controls' values, then nothing unless one changed.
 */
export const VALUE_CHECK_MS = 1_000;

export interface ValueWatchOptions {
  document: Document;
  /** Reads the fields now (LiveLint.refresh: lints and sends only when something changed). */
  check: () => void;
  /** Reads the fields after the usual quiet time (LiveLint.schedule). */
  soon: () => void;
  setInterval?: (fn: () => void, ms: number) => unknown;
  clearInterval?: (id: unknown) => void;
  intervalMs?: number;
}

/**
 * Notices values the page changed by itself: on focus moving between controls (a form re-fills a field
 * on blur, or when another gets focus) and every VALUE_CHECK_MS while the tab is visible (no timer while
 * it is hidden; one read as it comes back). Content scripts live in an isolated world, so wrapping the
 * page's value setters is neither possible nor wanted. Returns the function that stops watching.
 */
export function watchFieldValues(opts: ValueWatchOptions): () => void {
  const doc = opts.document;
  const win = doc.defaultView;
  const ms = opts.intervalMs ?? VALUE_CHECK_MS;
  const setTimer = opts.setInterval ?? ((fn: () => void, t: number) => win?.setInterval(fn, t));
  const clearTimer = opts.clearInterval ?? ((id: unknown) => win?.clearInterval(id as number));
  let timer: unknown = null;
  const visible = () => doc.visibilityState === 'visible';
  const sync = () => {
    if (visible() && timer === null) timer = setTimer(() => opts.check(), ms) ?? null;
    else if (!visible() && timer !== null) {
      clearTimer(timer);
      timer = null;
    }
  };
  const onVisibility = () => {
    sync();
    if (visible()) opts.check();
  };
  const onFocus = () => opts.soon();
  const capture = { capture: true, passive: true } as const;
  doc.addEventListener('focusin', onFocus, capture);
  doc.addEventListener('focusout', onFocus, capture);
  doc.addEventListener('visibilitychange', onVisibility);
  sync();
  return () => {
    doc.removeEventListener('focusin', onFocus, capture);
    doc.removeEventListener('focusout', onFocus, capture);
    doc.removeEventListener('visibilitychange', onVisibility);
    if (timer !== null) clearTimer(timer);
    timer = null;
  };
}
