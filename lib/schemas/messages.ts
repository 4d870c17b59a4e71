/**
 * The one message protocol between the extension's contexts (HOUSE-STYLE: one ProtocolMap, verb-noun
 * names). Every message is a zod-validated envelope so the background can reject malformed or foreign
 * input with a typed error before touching the database. We validate the raw envelope ourselves instead
 * of using @webext-core/messaging because its wrapper would hide the raw payload we must check.
 */
import { z } from 'zod';
import { draftSchema, marketSchema, pageSnapshotSchema, pageTypeSchema } from './snapshot';

export const idempotencyKeySchema = z.string().regex(/^[0-9a-f]{16}$/, 'idempotency key');

/** Content script -> background: a parsed page. */
export const saveSnapshotSchema = z.object({
  type: z.literal('saveSnapshot'),
  key: idempotencyKeySchema,
  snapshot: pageSnapshotSchema,
});

/** Content script -> background: a known page that could not be captured (parser-health) or was skipped. */
export const reportCaptureSchema = z.object({
  type: z.literal('reportCapture'),
  key: idempotencyKeySchema,
  capture: z.object({
    url: z.url().max(8_000),
    market: marketSchema,
    pageType: pageTypeSchema,
    parserId: z.string().min(1).max(100),
    parserVersion: z.number().int().positive(),
    at: z.iso.datetime({ offset: true }),
    status: z.enum(['failed', 'blocked']),
    error: z.string().max(2_000).optional(),
  }),
});

/** Content script -> background: the listing being edited, for the live compliance check. */
export const saveDraftSchema = z.object({
  type: z.literal('saveDraft'),
  market: marketSchema,
  url: z.url().max(8_000),
  draft: draftSchema,
  at: z.iso.datetime({ offset: true }),
});

/** Extension pages -> background. */
export const updateAlertSchema = z.object({
  type: z.literal('updateAlert'),
  id: z.number().int().nonnegative(),
  action: z.discriminatedUnion('state', [
    z.object({ state: z.enum(['dismissed', 'resolved', 'open']) }),
    z.object({ state: z.literal('snoozed'), until: z.iso.datetime({ offset: true }) }),
  ]),
});
export const recomputeAlertsSchema = z.object({ type: z.literal('recomputeAlerts') });
export const deleteAllDataSchema = z.object({
  type: z.literal('deleteAllData'),
  confirm: z.literal(true),
});
export const contentMessageSchema = z.discriminatedUnion('type', [
  saveSnapshotSchema,
  reportCaptureSchema,
  saveDraftSchema,
]);
export const pageMessageSchema = z.discriminatedUnion('type', [
  updateAlertSchema,
  recomputeAlertsSchema,
  deleteAllDataSchema,
]);
export const messageSchema = z.discriminatedUnion('type', [
  saveSnapshotSchema,
  reportCaptureSchema,
  saveDraftSchema,
  updateAlertSchema,
  recomputeAlertsSchema,
  deleteAllDataSchema,
]);
export type Message = z.infer<typeof messageSchema>;
export type SaveSnapshotMessage = z.infer<typeof saveSnapshotSchema>;
export type ReportCaptureMessage = z.infer<typeof reportCaptureSchema>;
export type SaveDraftMessage = z.infer<typeof saveDraftSchema>;

export const ERROR_CODES = [
  'invalid-message', // not a message of the protocol, or its payload failed validation
  'foreign-sender', // not from this extension, or from the wrong kind of context
  'url-mismatch', // a content script reported a page other than the one it runs on
  'storage-full', // IndexedDB quota exceeded: nothing was written
  'storage-error', // any other database failure: nothing was written, retry later
  'partial-change', // import / delete-all failed half-way and could not undo its first step: the message says what changed
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Why an import file was refused (with code `invalid-message`), so the Options page can say it in the
 * UI language: not an export at all, an export from a newer release (`version` = its format), an
 * unknown format version, or an export whose content is damaged (the message names the row).
 */
export type ImportProblem =
  | { kind: 'not-export' }
  | { kind: 'newer-version'; version: number }
  | { kind: 'unknown-version' }
  | { kind: 'invalid-content' };

export type MessageResponse =
  | { ok: true; status: 'stored' | 'duplicate' | 'done'; detail?: Record<string, unknown> }
  | { ok: false; error: { code: ErrorCode; message: string; importProblem?: ImportProblem } };
