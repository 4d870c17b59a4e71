/**
 * The in-browser half of the `chromium` bench suite (tests/bench/chromium.bench.ts bundles this file
 * with esbuild and runs it in Debian's Chromium). The same library code the extension ships, measured
 * in Chromium's engine and its real IndexedDB, each figure next to a baseline from the same page run.
 */
import Sentiment from 'sentiment';
import { compiledRules, lintListing } from '../../../lib/compliance/lint';
import type { ListingInput } from '../../../lib/compliance/types';
import { SellerRadarDB } from '../../../lib/db/database';
import { ingestSnapshot } from '../../../lib/db/ingest';
import { parseDocument } from '../../../lib/markets/index';
import type { PageSnapshot } from '../../../lib/schemas/snapshot';
import { classifyReview } from '../../../lib/sentiment/index';
import { throughput, withRatios, type BenchRow } from '../harness';

export interface BrowserBenchInput {
  pages: Array<{ url: string; html: string }>;
  /** A Seller Central inventory page (hand-made fixture), scaled up to INVENTORY_ROWS own listings. */
  inventory: { url: string; html: string };
  reviewsEn: string[];
  reviewsZh: string[];
  listings: ListingInput[];
}

/** A large inventory page: Manage All Inventory shows up to 250 rows per page. */
const INVENTORY_ROWS = 250;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Runs `step(i)` one after another for at least `minMs`; returns steps per second. */
async function asyncRate(step: (i: number) => Promise<unknown>, minMs = 1_000): Promise<number> {
  for (let i = 0; i < 20; i++) await step(-1 - i); // warm-up (negative ids: never reused)
  let done = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    await step(done++);
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return (done / elapsed) * 1000;
}

function idbDone(tx: IDBTransaction): Promise<void> {
  return new Promise((ok, fail) => {
    tx.addEventListener('complete', () => ok());
    tx.addEventListener('error', () => fail(tx.error));
    tx.addEventListener('abort', () => fail(tx.error));
  });
}

async function openRaw(name: string): Promise<IDBDatabase> {
  return new Promise((ok, fail) => {
    const req = indexedDB.open(name, 1);
    req.addEventListener('upgradeneeded', () =>
      req.result.createObjectStore('snapshots', { keyPath: 'key' }),
    );
    req.addEventListener('success', () => ok(req.result));
    req.addEventListener('error', () => fail(req.error));
  });
}

async function run(input: BrowserBenchInput): Promise<{ rows: BenchRow[]; notes: string[] }> {
  const notes: string[] = [`userAgent ${navigator.userAgent}`];
  const at = '2026-11-22T10:00:00.000Z';

  // 1. Page parsing: the browser's own HTML parse of the real saved pages vs our parser on the result.
  const docs = input.pages.map((p) => ({
    url: p.url,
    doc: new DOMParser().parseFromString(p.html, 'text/html'),
  }));
  const parseRows: BenchRow[] = [
    {
      name: `Chromium DOMParser, real Amazon pages (${input.pages.length})`,
      unit: 'pages/s',
      value: throughput(input.pages, (p) => new DOMParser().parseFromString(p.html, 'text/html')),
    },
    {
      name: 'our parsers + zod validation on the parsed pages',
      unit: 'pages/s',
      value: throughput(docs, (d) => parseDocument(d.doc, d.url, at).kind),
    },
  ];

  // 2. Sentiment: full classify() vs AFINN (the `sentiment` package) bundled into the same page.
  const afinn = new Sentiment();
  const sentimentRows: BenchRow[] = [
    {
      name: 'AFINN throughput, en (in Chromium)',
      unit: 'reviews/s',
      value: throughput(input.reviewsEn, (t) => afinn.analyze(t).score),
    },
    {
      name: 'our classify(), en (in Chromium)',
      unit: 'reviews/s',
      value: throughput(input.reviewsEn, (t) => classifyReview(t).score),
    },
    {
      name: 'our classify(), zh (in Chromium)',
      unit: 'reviews/s',
      value: throughput(input.reviewsZh, (t) => classifyReview(t).score),
    },
  ];

  // 3. Compliance: the full linter vs one case-insensitive regex per term over the same listings.
  const terms = [...new Set(compiledRules.rules.flatMap((r) => r.terms ?? []))];
  const regexes = terms.map((t) => new RegExp(escape(t), 'gi'));
  const texts = input.listings.map((l) => `${l.title ?? ''}\n${l.description ?? ''}`);
  const lintRows: BenchRow[] = [
    {
      name: 'one regex per term (in Chromium)',
      unit: 'listings/s',
      value: throughput(texts, (text) => {
        let n = 0;
        for (const re of regexes) {
          re.lastIndex = 0;
          while (re.exec(text) !== null) n++;
        }
        return n;
      }),
    },
    {
      name: 'lintListing amazon (in Chromium)',
      unit: 'listings/s',
      value: throughput(input.listings, (l) => lintListing(l, { market: 'amazon' }).length),
    },
  ];

  // 4. IndexedDB: our ingest (one Dexie transaction over five tables, idempotency check, change-only
  // price points) vs a bare IndexedDB put of the same snapshot, one transaction each, one at a time.
  const template = docs
    .map((d) => parseDocument(d.doc, d.url, at))
    .find((o) => o.kind === 'snapshot' && (o.snapshot.listings?.length ?? 0) > 0);
  if (!template || template.kind !== 'snapshot') throw new Error('no product page parsed');
  const base = template.snapshot;
  const snapshotAt = (i: number): PageSnapshot => {
    const listings = (base.listings ?? []).map((l) =>
      l.price ? { ...l, price: { ...l.price, amount: l.price.amount + (i % 7) * 0.01 } } : l,
    );
    return { ...base, listings, capturedAt: new Date(Date.parse(at) + i * 60_000).toISOString() };
  };
  const tag = Math.random().toString(36).slice(2);
  const raw = await openRaw(`bench-raw-${tag}`);
  const rawRate = await asyncRate(async (i) => {
    const tx = raw.transaction('snapshots', 'readwrite');
    tx.objectStore('snapshots').put({ key: `k${i}`, ...snapshotAt(i) });
    await idbDone(tx);
  });
  const db = new SellerRadarDB(`bench-ours-${tag}`);
  const settings = { ownSellers: [] };
  const oursRate = await asyncRate((i) =>
    ingestSnapshot(db, snapshotAt(i), { key: `k${i}`, settings }),
  );
  const inv = parseDocument(
    new DOMParser().parseFromString(input.inventory.html, 'text/html'),
    input.inventory.url,
    at,
  );
  if (inv.kind !== 'snapshot' || !inv.snapshot.listings?.length) throw new Error('inventory parse');
  const rowsOf = inv.snapshot.listings;
  const bigInventory = (i: number): PageSnapshot => ({
    ...inv.snapshot,
    capturedAt: new Date(Date.parse(at) + i * 60_000).toISOString(),
    listings: Array.from({ length: INVENTORY_ROWS }, (_, r) => {
      const l = rowsOf[r % rowsOf.length]!;
      const price = l.price ? { ...l.price, amount: l.price.amount + ((i + r) % 5) * 0.01 } : null;
      return { ...l, productKey: `${l.productKey}-${r}`, sku: `${l.sku ?? 'SKU'}-${r}`, price };
    }),
  });
  const rawInventoryRate = await asyncRate(async (i) => {
    const tx = raw.transaction('snapshots', 'readwrite');
    const store = tx.objectStore('snapshots');
    const snap = bigInventory(i);
    for (const l of snap.listings ?? []) store.put({ key: `inv${i}:${l.productKey}`, ...l });
    await idbDone(tx);
  });
  const inventoryRate = await asyncRate(
    (i) => ingestSnapshot(db, bigInventory(i), { key: `inv${i}`, settings }),
    2_000,
  );
  const duplicateRate = await asyncRate((i) =>
    // A content script's retry of a capture already stored: the idempotency check answers.
    ingestSnapshot(db, snapshotAt(0), { key: 'k0', settings }).then(() => i),
  );
  raw.close();
  db.close();
  await Promise.all([
    new Promise((ok) =>
      indexedDB.deleteDatabase(`bench-raw-${tag}`).addEventListener('success', ok),
    ),
    db.delete(),
  ]);
  const idbRows: BenchRow[] = [
    { name: 'bare IndexedDB put, one tx per snapshot', unit: 'snapshots/s', value: rawRate },
    { name: 'our ingestSnapshot (Dexie, 5 tables)', unit: 'snapshots/s', value: oursRate },
    { name: 'our ingestSnapshot, duplicate (retry)', unit: 'snapshots/s', value: duplicateRate },
  ];
  const inventoryRows: BenchRow[] = [
    {
      name: `bare IndexedDB put of ${INVENTORY_ROWS} rows, one tx`,
      unit: 'pages/s',
      value: rawInventoryRate,
    },
    {
      name: `our ingestSnapshot, ${INVENTORY_ROWS}-row inventory page`,
      unit: 'pages/s',
      value: inventoryRate,
    },
  ];

  return {
    rows: [
      ...withRatios(parseRows, parseRows[0]!.name),
      ...withRatios(sentimentRows, sentimentRows[0]!.name),
      ...withRatios(lintRows, lintRows[0]!.name),
      ...withRatios(idbRows, idbRows[0]!.name),
      ...withRatios(inventoryRows, inventoryRows[0]!.name),
    ],
    notes,
  };
}

(globalThis as unknown as { srBench: typeof run }).srBench = run;
