/**
 * Schema of the rule packs in assets/rules/<pack>.json and of their compiled form (assets/rules/compiled.json).
 * Rules are data (DESIGN.md §6): term/pattern rules are matched by the matcher, structural rules
 * (`check`) are implemented once in structural.ts and parameterised here.
 */
import { z } from 'zod';
import { marketSchema } from '../schemas/snapshot';
import { fieldSchema, localizedSchema, packSchema, severitySchema } from './types';

const textField = z.enum(['title', 'description']);
const listField = z.enum(['bullets', 'tags']);
const positiveInt = z.number().int().positive();

/** Structural checks: lengths, counts and character rules that a word list cannot express. */
export const structuralCheckSchema = z.discriminatedUnion('check', [
  z
    .object({
      check: z.literal('maxLength'),
      field: fieldSchema,
      max: positiveInt,
      /**
       * `chars` counts Unicode code points; `gbkBytes` counts every non-ASCII code point as 2 (the way
       * Taobao and Pinduoduo count "60 字符 / 30 汉字").
       */
      unit: z.enum(['chars', 'gbkBytes']),
    })
    .strict(),
  z
    .object({
      check: z.literal('bannedChars'),
      field: fieldSchema,
      chars: z.string().min(1),
      /** Occurrences inside the brand name (lint input `brand`) are accepted. */
      exceptBrand: z.boolean(),
    })
    .strict(),
  z
    .object({
      check: z.literal('repeatedWord'),
      field: textField,
      /** The largest number of times one word may appear. */
      maxRepeats: positiveInt,
      /** Words exempt from the count (articles, prepositions, conjunctions), lower case. */
      ignore: z.array(z.string().min(1)),
      /**
       * `latin` (default): space-separated words. `han`: Chinese keywords, which titles write without
       * spaces (连衣裙女夏连衣裙新款连衣裙), so any run of 2–8 Han characters counts as a keyword.
       */
      script: z.enum(['latin', 'han']).optional(),
    })
    .strict(),
  z.object({ check: z.literal('maxItems'), field: listField, max: positiveInt }).strict(),
  z.object({ check: z.literal('maxItemLength'), field: listField, max: positiveInt }).strict(),
  z
    .object({
      check: z.literal('allCaps'),
      field: fieldSchema,
      /** How many all-capital words are tolerated (acronyms: USB, LED, XL). */
      maxWords: z.number().int().nonnegative(),
      /** Words shorter than this are never counted as "all caps". */
      minLetters: positiveInt,
      /** If set, also require that all-caps words make up more than this share of the words. */
      maxShare: z.number().min(0).max(1).optional(),
      /**
       * Known acronyms (USB, HDMI, LED, XXL …) are not shouting and do not count as all-caps words:
       * "HDMI KVM Switch USB" is a plain title. Off where the marketplace counts every capital word
       * (Etsy's API refuses a title with more than three).
       */
      exceptAcronyms: z.boolean().optional(),
    })
    .strict(),
  z
    .object({
      check: z.literal('maxCharOccurrences'),
      field: fieldSchema,
      chars: z.string().min(1),
      max: positiveInt,
    })
    .strict(),
]);
export type StructuralCheck = z.infer<typeof structuralCheckSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const ruleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, '<pack>/<kebab-case-name>'),
    pack: packSchema,
    severity: severitySchema,
    /**
     * How a one-click fix treats the rule's matches (lib/compliance/fix.ts). `advice`: never rewritten,
     * the match is a cue (加微信, "email us at") and deleting it would leave the handle or number behind.
     * `dropModifier`: a Chinese term is a modifier (绝对, 最佳, 顶级) that may be deleted wherever it
     * stands, two characters included. Absent: the general rules of fix.ts.
     */
    fix: z.enum(['advice', 'dropModifier']).optional(),
    /** Literal strings, matched after folding (case, full-width, whitespace). */
    terms: z.array(z.string().trim().min(1)).min(1).optional(),
    /** A regular expression source, compiled with flags `gu` and run on folded (lower-case) text. */
    pattern: z.string().min(1).optional(),
    /**
     * The one-click wording for particular terms, where the suggestion's first wording does not fit
     * them (最低级 is not 高端; 性价比之王 is 高性价比): term → replacement, or "" for no one-click
     * rewrite (the advice only).
     */
    replace: z.record(z.string().trim().min(1), z.string()).optional(),
    /** Phrases containing the term (or matching the pattern) in which it is acceptable: 最近, 第一次, best before. */
    allow: z.array(z.string().trim().min(1)).optional(),
    /**
     * A context the literal `allow` phrases cannot list, as a regular expression (flags `gu`, run on the
     * folded text the terms are matched in): a match of the rule that lies wholly inside a match of it is
     * not reported, and nothing else is (本品不能代替药物治疗疾病 negates 治疗; "cures gel polish" cures a
     * material). Unlike `supersedes`, the context itself is no finding.
     */
    allowPattern: z.string().min(1).optional(),
    /** Fields the rule applies to; all fields when absent. */
    fields: z.array(fieldSchema).min(1).optional(),
    /**
     * Rules of the same pack whose matches inside this rule's match it replaces, whatever their severity:
     * "compatible with antibacterial soap" (a word naming another product, a warning) replaces the
     * pesticide claim "antibacterial" it contains (an error). Allow phrases cannot say that: they are
     * literal, and the context here is a pattern.
     */
    supersedes: z
      .array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/))
      .min(1)
      .optional(),
    check: structuralCheckSchema.optional(),
    message: localizedSchema,
    suggestion: localizedSchema,
    source: z.string().trim().min(1),
    /** The source in English where `source` is Chinese (a law or platform rule), for the English UI. */
    sourceEn: z.string().trim().min(1).optional(),
    checked: isoDate,
  })
  .strict();
export type Rule = z.infer<typeof ruleSchema>;

export const packFileSchema = z
  .object({
    pack: packSchema,
    name: localizedSchema,
    /** Markets whose listings this pack checks by default. */
    markets: z.array(marketSchema),
    /** Also applies to any field containing Han characters, whatever the market (Chinese advertising law). */
    hanText: z.boolean(),
    /** Its content rules (not its structural checks) also apply when no market is given. */
    withoutMarket: z.boolean(),
    rules: z.array(ruleSchema).min(1),
  })
  .strict();
export type PackFile = z.infer<typeof packFileSchema>;

/** A rule after compilation: terms and allow phrases folded and de-duplicated. */
export interface CompiledRule {
  id: string;
  pack: z.infer<typeof packSchema>;
  severity: z.infer<typeof severitySchema>;
  fix?: 'advice' | 'dropModifier';
  terms?: string[];
  pattern?: string;
  allow?: string[];
  allowPattern?: string;
  /** Folded term → one-click wording ("" = advice only). */
  replace?: Record<string, string>;
  fields?: Array<z.infer<typeof fieldSchema>>;
  supersedes?: string[];
  check?: StructuralCheck;
  message: z.infer<typeof localizedSchema>;
  suggestion: z.infer<typeof localizedSchema>;
  source: string;
  sourceEn?: string;
  checked: string;
}

export interface CompiledPack {
  pack: z.infer<typeof packSchema>;
  name: z.infer<typeof localizedSchema>;
  markets: Array<z.infer<typeof marketSchema>>;
  hanText: boolean;
  withoutMarket: boolean;
}

export interface CompiledRules {
  version: 1;
  packs: CompiledPack[];
  rules: CompiledRule[];
}
