/** Schemas of the sentiment results (DESIGN.md §7), validated where results cross a trust boundary. */
import { z } from 'zod';

export const ASPECTS = [
  'shipping',
  'quality',
  'packaging',
  'service',
  'price',
  'size',
  'authenticity',
] as const;

export const aspectNameSchema = z.enum(ASPECTS);
export type AspectName = z.infer<typeof aspectNameSchema>;

export const polaritySchema = z.enum(['positive', 'neutral', 'negative']);
export type Polarity = z.infer<typeof polaritySchema>;

export const sentimentLabelSchema = z.enum(['positive', 'neutral', 'negative', 'unknown']);
export type SentimentLabel = z.infer<typeof sentimentLabelSchema>;

/** One aspect mention: `[start, end)` are UTF-16 offsets into the original review text. */
export const aspectMentionSchema = z
  .object({
    aspect: aspectNameSchema,
    polarity: polaritySchema,
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((a) => a.end > a.start, { message: 'aspect span must not be empty' });
export type AspectMention = z.infer<typeof aspectMentionSchema>;

export const sentimentResultSchema = z.object({
  label: sentimentLabelSchema,
  /** In [-1, 1]; 0 for `unknown`. */
  score: z.number().min(-1).max(1),
  /** 'zh' | 'en' | another ISO 639-1 code | 'und'. */
  lang: z.string().min(2),
  aspects: z.array(aspectMentionSchema),
});
export type SentimentResult = z.infer<typeof sentimentResultSchema>;
