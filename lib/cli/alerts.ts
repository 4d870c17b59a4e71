/**
 * `seller-radar alerts [--settings <settings.json>] [--lang en|zh] <snapshots.jsonl>` (DESIGN.md §8).
 *
 * Replays PageSnapshots through the same ingest and recompute the extension's background runs, on a
 * fresh in-memory database (fake-indexeddb, a new factory per run), with `now` = each snapshot's
 * capturedAt, and prints every alert raised: opened, re-opened or escalated, one JSON line each.
 *
 * Order: snapshots are replayed in capturedAt order. The input is sorted (stably, so snapshots with the
 * same time keep their file order) rather than rejected when out of order, because concatenated `parse`
 * outputs of several folders are rarely sorted and the order carries no other meaning.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { ZodError } from 'zod';
import type { Alert } from '../schemas/alert';
import { pageSnapshotSchema, type PageSnapshot } from '../schemas/snapshot';
import {
  parseSettings,
  settingsSchema,
  thresholdsSchema,
  type Settings,
} from '../schemas/settings';
import { SellerRadarDB } from '../db/database';
import { ingestSnapshot } from '../db/ingest';
import { snapshotKey } from '../hash';
import { recomputePriceAlerts } from '../alerts/recompute';
import { reviewEvaluator } from '../alerts/review-pipeline';
import { evaluateComplianceAlerts } from '../alerts/compliance-alerts';
import { reviewClassifierFromModel, type ReviewClassifier } from '../alerts/review-classify';
import { checkParserHealth } from '../background/handler';
import { loadModelJson } from './sentiment';
import { CliError, parseArgs, readTextInput, type CliIO } from './io';

type Lang = 'en' | 'zh';

function describeZod(err: ZodError): string {
  const issue = err.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.length ? issue.path.join('.') : '(root)';
  // A bad record key ("USD/USD" in rates): zod says "Invalid key in record"; the key's own check says why.
  const why =
    issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
  return `${path}: ${why}`;
}

/** Keys the settings file may have, at the top and under `thresholds`. */
const SETTINGS_KEYS = Object.keys(settingsSchema.shape);
const THRESHOLD_KEYS = Object.keys(thresholdsSchema.shape);

const foldKey = (k: string) => k.toLowerCase().replace(/[_\-\s]/g, '');

/** A key the schema does not know, with the known key it most likely means ("ownseller"). */
function unknownKey(key: string, known: readonly string[], where: string): string {
  const wanted = foldKey(key);
  const near = known.find(
    (k) => foldKey(k) === wanted || foldKey(k) === wanted + 's' || foldKey(k) + 's' === wanted,
  );
  return `unknown key "${where}${key}"${near ? ` (did you mean "${near}"?)` : ''}`;
}

/**
 * Reads --settings like every other input (UTF-8 with or without a BOM, UTF-16, GB18030/Big5: Notepad
 * saves with a BOM) and validates it. An unknown key is an error, not ignored: "ownseller" for
 * "ownSellers" would otherwise silently replay without the seller's own offers and print other alerts.
 */
export function loadSettings(file: string | undefined, io: CliIO): Settings {
  if (file === undefined) return parseSettings({});
  let raw: string;
  try {
    raw = readTextInput(file, io);
  } catch (err) {
    if (err instanceof CliError) throw new CliError(`settings: ${err.message}`, err.exitCode);
    throw err;
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new CliError(`settings ${file} is not valid JSON: ${(err as Error).message}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new CliError(`settings ${file} must be a JSON object`);
  }
  for (const key of Object.keys(json)) {
    if (!SETTINGS_KEYS.includes(key))
      throw new CliError(`settings ${file}: ${unknownKey(key, SETTINGS_KEYS, '')}`);
  }
  const thresholds = (json as { thresholds?: unknown }).thresholds;
  if (typeof thresholds === 'object' && thresholds !== null && !Array.isArray(thresholds)) {
    for (const key of Object.keys(thresholds)) {
      if (!THRESHOLD_KEYS.includes(key))
        throw new CliError(`settings ${file}: ${unknownKey(key, THRESHOLD_KEYS, 'thresholds.')}`);
    }
  }
  try {
    return parseSettings(json);
  } catch (err) {
    if (err instanceof ZodError) throw new CliError(`settings ${file}: ${describeZod(err)}`);
    throw err;
  }
}

/** Parses JSON lines into validated snapshots; blank lines are skipped, a bad line is fatal. */
export function parseSnapshotLines(text: string): PageSnapshot[] {
  const out: PageSnapshot[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (err) {
      throw new CliError(`line ${i + 1}: not valid JSON (${(err as Error).message})`);
    }
    const parsed = pageSnapshotSchema.safeParse(json);
    if (!parsed.success)
      throw new CliError(`line ${i + 1}: not a valid PageSnapshot: ${describeZod(parsed.error)}`);
    out.push(parsed.data);
  }
  if (out.length === 0) throw new CliError('no snapshots in the input (only blank lines)');
  return out;
}

export interface ReplayedAlert {
  event: 'opened' | 'reopened' | 'escalated';
  alert: Alert;
}

/**
 * Floor and cost keys of the settings that no replayed listing answers to: a SKU whose inventory page
 * was not in the input, or a typo. Such a floor silently does nothing, so the CLI says so.
 */
export function unmatchedFloorKeys(
  listings: ReadonlyArray<{ id: string; productKey: string; skus: readonly string[] }>,
  settings: Pick<Settings, 'floors' | 'costs'>,
): string[] {
  const seen = new Set(listings.flatMap((l) => [l.id, l.productKey, ...l.skus]));
  const out: string[] = [];
  for (const [table, entries] of [
    ['floors', settings.floors],
    ['costs', settings.costs],
  ] as const) {
    for (const key of Object.keys(entries)) if (!seen.has(key)) out.push(`${table}.${key}`);
  }
  return out;
}

/**
 * Replays snapshots on a fresh in-memory database; returns the alerts raised, in order. `notes`, when
 * given, receives what the seller should know about the replay itself (settings keys that matched nothing).
 */
export async function replay(
  snapshots: readonly PageSnapshot[],
  settings: Settings,
  notes?: string[],
): Promise<ReplayedAlert[]> {
  const ordered = snapshots
    .map((s, i) => ({ s, i, t: Date.parse(s.capturedAt) }))
    .toSorted((a, b) => a.t - b.t || a.i - b.i)
    .map((x) => x.s);
  const db = new SellerRadarDB(`seller-radar-replay`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const raised: ReplayedAlert[] = [];
  // The same alert families the background runs after an ingest: parser-health, price, compliance,
  // reviews.
  let classifier: ReviewClassifier | undefined;
  const reviews = reviewEvaluator(
    async () => (classifier ??= reviewClassifierFromModel(loadModelJson())),
    {
      pause: async () => undefined,
    },
  );
  try {
    for (const snapshot of ordered) {
      const now = new Date(snapshot.capturedAt).toISOString();
      const ingested = await ingestSnapshot(db, snapshot, {
        key: snapshotKey(snapshot),
        settings,
        receivedAt: now,
      });
      const capture = ingested.capture;
      if (!capture) continue; // a duplicate snapshot
      for (const a of await checkParserHealth(db, capture, now))
        raised.push({ event: a.createdAt === now ? 'opened' : 'reopened', alert: a });
      if (ingested.listingIds.length === 0) continue;
      const r = await recomputePriceAlerts(db, settings, now, ingested.listingIds);
      for (const a of r.opened)
        raised.push({ event: a.createdAt === now ? 'opened' : 'reopened', alert: a });
      for (const a of r.escalated) raised.push({ event: 'escalated', alert: a });
      const scope = {
        listingIds: ingested.listingIds,
        newReviewIds: ingested.newReviewIds,
        revisedReviewIds: ingested.revisedReviewIds,
      };
      for (const a of (await evaluateComplianceAlerts(db, settings, now, scope)).opened)
        raised.push({ event: 'opened', alert: a });
      const rv = await reviews(db, settings, now, scope);
      for (const a of rv.opened) raised.push({ event: 'opened', alert: a });
    }
    if (notes) {
      for (const key of unmatchedFloorKeys(await db.listings.toArray(), settings))
        notes.push(
          `settings ${key} matches no listing in the input, so it was not used (keys are listing ids such as amazon:B0057OC5O8, product keys such as the ASIN or item id, or SKUs seen on an inventory page)`,
        );
    }
  } finally {
    db.close();
  }
  return raised;
}

export function alertLine(r: ReplayedAlert, lang: Lang): string {
  const { openings: _bookkeeping, ...evidence } = r.alert.evidence;
  return JSON.stringify({
    kind: r.alert.kind,
    severity: r.alert.severity,
    subject: r.alert.subject,
    at: r.alert.at,
    message: r.alert.message[lang],
    nextStep: r.alert.nextStep[lang],
    event: r.event,
    evidence,
  });
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { flags, positionals } = parseArgs(argv, ['settings', 'lang']);
  const langFlag = flags.lang;
  if (langFlag !== undefined && langFlag !== 'en' && langFlag !== 'zh') {
    throw new CliError(`--lang must be en or zh, not "${String(langFlag)}"`, 2);
  }
  if (positionals.length !== 1) {
    throw new CliError('expected one snapshots file (JSON lines), or - for standard input', 2);
  }
  const settings = loadSettings(
    typeof flags.settings === 'string' ? flags.settings : undefined,
    io,
  );
  const lang: Lang = langFlag ?? (settings.language === 'zh' ? 'zh' : 'en');
  const snapshots = parseSnapshotLines(readTextInput(positionals[0], io));
  const notes: string[] = [];
  for (const r of await replay(snapshots, settings, notes)) io.stdout(alertLine(r, lang));
  for (const note of notes) io.stderr(`seller-radar alerts: note: ${note}`);
  return 0;
}
