/**
 * The live listing check inside a marketplace's listing editor, written against injected functions (no
 * `browser.*`) so it is unit-testable: read the editor's fields, lint only the fields whose text changed,
 * show the findings next to each field, and stream the draft to the background (side panel's Listing
 * check). Typing never waits for any of this: the caller debounces edits (DEBOUNCE_MS) and one refresh
 * costs one DOM read of a handful of controls plus the lint of the changed field.
 */
import { lintListing } from '../compliance/lint';
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

type FieldValue = string | string[];

/** What one field held when it was last linted. */
interface FieldState {
  sig: string;
  findings: Finding[];
}

function signature(value: FieldValue): string {
  return typeof value === 'string' ? value : value.join('\u0000') + `\u0001${value.length}`;
}

function worstOf(findings: readonly Finding[]): Severity {
  let worst: Severity = 'info';
  for (const f of findings)
    if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst]) worst = f.severity;
  return worst;
}

const LINTED_FIELDS: readonly Field[] = ['title', 'bullets', 'description', 'tags'];

export function createLiveLint(deps: LiveLintDeps) {
  const lint = deps.lint ?? lintListing;
  const market: Market = deps.editor.market;
  const fields = new Map<Field, FieldState>();
  let lastMarksSig = '';
  let lastDraftSig: string | null = null;
  let generation = 0;
  /** How many field lints ran (exposed for tests and the benchmark). */
  let lintCount = 0;
  /** The editor's controls as last located; dropped when the page's DOM changes. */
  let located: LocatedFields | null = null;

  /**
   * Lints the fields whose text changed since the last refresh. Fields are independent for every rule
   * (structural checks read one field each), so the union equals lintListing over the whole draft.
   */
  function lintChanged(draft: Draft): boolean {
    let changed = false;
    for (const field of LINTED_FIELDS) {
      const value = draft[field];
      if (value === undefined) {
        if (fields.delete(field)) changed = true;
        continue;
      }
      const sig = signature(value);
      if (fields.get(field)?.sig === sig) continue;
      lintCount++;
      fields.set(field, { sig, findings: lint({ [field]: value }, { market }) });
      changed = true;
    }
    return changed;
  }

  function buildMarks(reading: EditorReading): FieldMark[] {
    const marks: FieldMark[] = [];
    for (const [field, state] of fields) {
      if (state.findings.length === 0) continue;
      const perItem = field === 'bullets';
      if (!perItem) {
        const anchor = reading.anchors[field];
        if (anchor)
          marks.push({
            key: field,
            field,
            anchor,
            findings: state.findings,
            worst: worstOf(state.findings),
          });
        continue;
      }
      const byIndex = new Map<number, Finding[]>();
      for (const f of state.findings) {
        const i = f.index ?? 0;
        byIndex.set(i, [...(byIndex.get(i) ?? []), f]);
      }
      for (const [index, findings] of byIndex) {
        const anchor =
          reading.refs.find((r) => r.field === field && r.index === index)?.element ??
          reading.anchors[field];
        if (anchor)
          marks.push({
            key: `${field}:${index}`,
            field,
            index,
            anchor,
            findings,
            worst: worstOf(findings),
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

  /** Reads the editor, lints what changed, updates the marks and sends the draft when it changed. */
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
    const changed = lintChanged(reading.draft);
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
    const { productKey: _key, ...content } = reading.draft;
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
    /** Findings per field as last linted. */
    findings: (): Finding[] => [...fields.values()].flatMap((s) => s.findings),
    lintCount: () => lintCount,
    /** Forget everything (single-page navigation to another listing). */
    reset: () => {
      located = null;
      fields.clear();
      lastMarksSig = '';
      lastDraftSig = null;
      generation++;
    },
  };
}

export type LiveLint = ReturnType<typeof createLiveLint>;
