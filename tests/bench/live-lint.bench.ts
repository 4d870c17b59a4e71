/**
 * Live linting in a listing editor: what one keystroke costs. Baseline: lintListing over the whole draft
 * on every keystroke. Against it: linting only the changed field per keystroke (not what the content
 * script does: a field linted alone can disagree with the whole listing, see lib/content/listing-editor.ts),
 * the same once per debounced burst, and the real content-script core (createLiveLint: DOM read of the
 * editor + one whole-listing lint) once per burst on the hand-made Seller Central editor fixture in
 * linkedom. Figures are keystrokes/s (more is better) as ratios to the baseline, same run.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { lintListing } from '../../lib/compliance/lint';
import type { ListingInput } from '../../lib/compliance/types';
import { createLiveLint } from '../../lib/content/listing-editor';
import { matchEditorUrl, readEditorPage } from '../../lib/markets/editors';
import { throughput, withRatios, type BenchRow, type BenchSuite } from './harness';

const EDITOR_URL =
  'https://sellercentral.amazon.com/abis/listing/edit?sku=MG-ST-350&asin=B0CX4R8N2Q';
const FIXTURE = fileURLToPath(
  new URL('../fixtures/amazon/listing-edit/edit-listing_sellercentral-com.html', import.meta.url),
);
/** Keystrokes typed between two pauses of DEBOUNCE_MS: a fast typist's word or two. */
const BURST = 8;
const TYPED = 'Steel Travel Mug 350 ml, Leak-Proof Lid, Best Seller, 100% Quality Guaranteed';

function fixtureDocument(): Document {
  return parseHTML(readFileSync(FIXTURE, 'utf8')).document as unknown as Document;
}

export const suite: BenchSuite = {
  name: 'live-lint',
  description:
    'listing editor: lint cost per keystroke, whole draft vs changed field vs debounced burst',
  async run() {
    const reading = readEditorPage(fixtureDocument(), EDITOR_URL)!;
    // A realistic full draft: the fixture's bullets and a ~2,000-character description.
    let description = '';
    while (description.length < 2_000)
      description += `${reading.draft.description} ${reading.draft.bullets!.join('. ')}. `;
    const base: ListingInput = { bullets: reading.draft.bullets, description };
    /** The title after each keystroke. */
    const states = Array.from({ length: TYPED.length }, (_, i) => TYPED.slice(0, i + 1));
    const bursts = states.filter((_, i) => (i + 1) % BURST === 0);
    const opts = { market: 'amazon' as const };

    const wholePerKey = throughput(
      states,
      (title) => lintListing({ ...base, title }, opts).length,
      800,
    );
    const fieldPerKey = throughput(states, (title) => lintListing({ title }, opts).length, 800);
    const fieldPerBurst =
      BURST * throughput(bursts, (title) => lintListing({ title }, opts).length, 800);

    // The content-script core on a DOM: each burst changes the title control, refresh() reads the editor,
    // lints the whole listing and rebuilds the marks (render and send are no-ops here).
    const doc = fixtureDocument();
    const titleEl = doc.querySelector('kat-input[name^="item_name"]')!;
    const live = createLiveLint({
      document: doc,
      editor: matchEditorUrl(EDITOR_URL)!.editor,
      location: () => EDITOR_URL,
      now: () => '2026-11-22T10:00:00.000Z',
      send: async () => ({ ok: true, status: 'done' }),
      setTimeout: () => 0,
      isValid: () => true,
      render: () => undefined,
    });
    let n = 0;
    const sessionPerBurst =
      BURST *
      throughput(
        bursts,
        (title) => {
          titleEl.setAttribute('value', `${title}${n++ % 2 ? ' ' : ''}`);
          void live.refresh();
          return live.lintCount();
        },
        800,
      );

    const rows: BenchRow[] = [
      {
        name: 'whole draft linted per keystroke (naive)',
        unit: 'keystrokes/s',
        value: wholePerKey,
      },
      { name: 'changed field linted per keystroke', unit: 'keystrokes/s', value: fieldPerKey },
      {
        name: `changed field linted per ${BURST}-keystroke burst (debounced)`,
        unit: 'keystrokes/s',
        value: fieldPerBurst,
      },
      {
        name: `content-script refresh (DOM read + whole-listing lint) per ${BURST}-keystroke burst`,
        unit: 'keystrokes/s',
        value: sessionPerBurst,
      },
    ];
    return {
      suite: 'live-lint',
      rows: withRatios(rows, 'whole draft linted per keystroke (naive)'),
      notes: [
        `draft: title typed up to ${TYPED.length} chars, ${base.bullets!.length} bullets, ${description.length}-char description; market amazon`,
        'refresh row includes reading the Seller Central editor fixture with linkedom (slower than a browser DOM)',
      ],
    };
  },
};
