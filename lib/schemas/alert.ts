/** Alerts (DESIGN.md §5): what the engines raise and what the `alerts` table stores. */
import { z } from 'zod';

export const ALERT_KINDS = [
  'undercut',
  'buy-box-lost',
  'price-war',
  'below-floor',
  'channel-mismatch',
  'compliance',
  'negative-review',
  'negative-spike',
  'parser-health',
] as const;
export const alertKindSchema = z.enum(ALERT_KINDS);
export type AlertKind = z.infer<typeof alertKindSchema>;

export const SEVERITIES = ['info', 'warning', 'critical'] as const;
export const severitySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof severitySchema>;
export const severityRank: Record<Severity, number> = { info: 0, warning: 1, critical: 2 };

export const ALERT_STATES = ['open', 'snoozed', 'dismissed', 'resolved'] as const;
export const alertStateSchema = z.enum(ALERT_STATES);
export type AlertState = z.infer<typeof alertStateSchema>;

/** A sentence in both UI languages. */
export const localizedSchema = z.object({ en: z.string(), zh: z.string() });
export type Localized = z.infer<typeof localizedSchema>;

/** JSON-safe evidence: the numbers that triggered the alert. */
export const evidenceSchema = z.record(z.string(), z.unknown());

/** What an engine emits: pure data, no lifecycle. */
export const alertCandidateSchema = z.object({
  kind: alertKindSchema,
  severity: severitySchema,
  /** What the alert is about: a listing id (`amazon:B0057OC5O8`), a channel group, a parser id ... */
  subject: z.string().min(1),
  /** Same key = same alert; a new candidate with an existing key updates it instead of adding one. */
  dedupeKey: z.string().min(1),
  /** When the condition was observed (ISO-8601). */
  at: z.iso.datetime({ offset: true }),
  message: localizedSchema,
  nextStep: localizedSchema,
  evidence: evidenceSchema,
});
export type AlertCandidate = z.infer<typeof alertCandidateSchema>;

/** A stored alert. */
export const alertSchema = alertCandidateSchema.extend({
  id: z.number().int().optional(),
  state: alertStateSchema,
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  /** Until when a snoozed alert stays quiet. */
  snoozedUntil: z.iso.datetime({ offset: true }).optional(),
  resolvedAt: z.iso.datetime({ offset: true }).optional(),
});
export type Alert = z.infer<typeof alertSchema>;
