/**
 * Public types of the listing-compliance linter (DESIGN.md §6), as zod schemas plus inferred types,
 * so the side panel, the CLI and the background can validate findings at their trust boundaries.
 */
import { z } from 'zod';
import { MARKETS, marketSchema, type Market } from '../schemas/snapshot';

export type { Market };

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export const severitySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof severitySchema>;

export const FIELDS = ['title', 'bullets', 'description', 'tags'] as const;
export const fieldSchema = z.enum(FIELDS);
export type Field = z.infer<typeof fieldSchema>;

/** One pack per market, plus the PRC Advertising Law that applies to Chinese text on any market. */
export const PACKS = ['cn-ad-law', ...MARKETS] as const;
export const packSchema = z.enum(PACKS);
export type Pack = z.infer<typeof packSchema>;

export const localizedSchema = z.object({
  en: z.string().trim().min(1),
  zh: z.string().trim().min(1),
});
export type Localized = z.infer<typeof localizedSchema>;

/** What the linter checks: one listing as the seller edits it (a `Draft` in the snapshot contract). */
export const listingInputSchema = z.object({
  title: z.string().optional(),
  bullets: z.array(z.string()).optional(),
  description: z.string().optional(),
  tags: z.array(z.string()).optional(),
  /** The brand name: characters a title policy bans are accepted inside it (Amazon). */
  brand: z.string().optional(),
});
export type ListingInput = z.infer<typeof listingInputSchema>;

export const lintOptionsSchema = z.object({
  market: marketSchema.optional(),
  /** Explicit pack list; overrides the packs implied by `market`. */
  packs: z.array(packSchema).optional(),
});
export type LintOptions = z.infer<typeof lintOptionsSchema>;

/**
 * One problem in one field. `start`/`end` are UTF-16 offsets into the ORIGINAL field text (end exclusive),
 * so `text.slice(start, end) === match` and the side panel / in-page overlay can highlight it.
 * `index` is the bullet or tag index for array fields.
 */
export const findingSchema = z.object({
  ruleId: z.string(),
  pack: packSchema,
  severity: severitySchema,
  field: fieldSchema,
  index: z.number().int().nonnegative().optional(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  match: z.string(),
  message: localizedSchema,
  suggestion: localizedSchema,
  source: z.string(),
  /** `source` in English, where the rule's source is Chinese (a PRC law, a Taobao/JD/Pinduoduo rule). */
  sourceEn: z.string().optional(),
});
export type Finding = z.infer<typeof findingSchema>;

/** Severity order for sorting and for deciding which of two overlapping findings wins. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
