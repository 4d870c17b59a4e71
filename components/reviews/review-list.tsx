/**
 * Classified reviews with their aspect spans highlighted. Everything from the page is rendered as React
 * text (never dangerouslySetInnerHTML): review text is attacker-controlled, and `<img onerror>` or
 * `<script>` in it must stay visible characters. Each field the buyer wrote (title, author, variant,
 * body) is bidi-isolated (`dir="auto"` or `<bdi>`): an unclosed RIGHT-TO-LEFT OVERRIDE in an author's
 * name cannot reverse our own "Verified purchase" after it, and an Arabic or Hebrew review still reads
 * right to left within its field.
 */
import { Fragment } from 'react';
import type { ReviewRecord } from '@/lib/db/types';
import type { Lang } from '@/lib/i18n';
import { labelOf, reviewSegments, type Segment } from './aggregate';
import { aspectLabel, markNote, reviewDateLine, revisedLine, rt } from './strings';
import { Stars } from '../stars';

function Segments({ segments, lang }: { segments: Segment[]; lang: Lang }) {
  return (
    <>
      {segments.map((s, i) =>
        s.mark ? (
          // The polarity is not colour alone: a sign after the span (CSS, hidden from screen readers),
          // and the aspect and polarity in words for screen readers.
          <Fragment key={i}>
            <mark
              className={`aspect-${s.mark.polarity}`}
              data-aspects={[...new Set(s.mark.aspects.map((a) => a.aspect))].join(' ')}
              title={s.mark.aspects
                .map((a) => `${aspectLabel(lang, a.aspect)}: ${rt(lang, a.polarity)}`)
                .join(' · ')}
            >
              {s.text}
            </mark>
            <span className="sr-only" data-testid="mark-note">
              {markNote(lang, s.mark.aspects)}
            </span>
          </Fragment>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}

export function LabelBadge({ review, lang }: { review: ReviewRecord; lang: Lang }) {
  const label = labelOf(review);
  return (
    <span
      className={`badge label-${label}`}
      data-testid="review-label"
      data-label={label}
      title={label === 'unknown' ? rt(lang, 'unknownHint') : undefined}
    >
      {rt(lang, label)}
      {label === 'unknown' && review.lang && review.lang !== 'und' ? ` (${review.lang})` : ''}
    </span>
  );
}

function formatScore(score: number): string {
  return `${score > 0 ? '+' : score < 0 ? '−' : ''}${Math.abs(score).toFixed(2)}`;
}

export function ReviewItem({ review, lang }: { review: ReviewRecord; lang: Lang }) {
  const seg = reviewSegments(review);
  const label = labelOf(review);
  return (
    <li data-testid="review-item" data-review-id={review.reviewId} data-label={label}>
      <div className="review-head">
        <LabelBadge review={review} lang={lang} />
        {review.score !== undefined && label !== 'unknown' && (
          <span className="review-score" data-testid="review-score" title={rt(lang, 'score')}>
            {formatScore(review.score)}
          </span>
        )}
        <Stars rating={review.rating} lang={lang} />
        <strong className="review-title" dir="auto">
          <Segments segments={seg.title} lang={lang} />
        </strong>
      </div>
      <div className="muted">
        <bdi>{reviewDateLine(lang, review)}</bdi>
        {review.author && (
          <>
            {' · '}
            <bdi data-testid="review-author">{review.author}</bdi>
          </>
        )}
        {review.variant && (
          <>
            {' · '}
            <bdi data-testid="review-variant">{review.variant}</bdi>
          </>
        )}
        {review.verified ? ` · ${rt(lang, 'verified')}` : ''}
      </div>
      <p className="review-body" dir="auto">
        <Segments segments={seg.body} lang={lang} />
      </p>
      {review.revisions && review.revisions.length > 0 && (
        <Revisions review={review} revisions={review.revisions} lang={lang} />
      )}
    </li>
  );
}

/** What the buyer wrote before revising, newest first, folded away; plain text like the review. */
function Revisions({
  review,
  revisions,
  lang,
}: {
  review: ReviewRecord;
  revisions: NonNullable<ReviewRecord['revisions']>;
  lang: Lang;
}) {
  const last = revisions[revisions.length - 1]!;
  return (
    <details className="review-revisions" data-testid="review-revisions">
      <summary>{revisedLine(lang, last.rating, review.rating)}</summary>
      <ol aria-label={rt(lang, 'earlierVersions')}>
        {revisions.toReversed().map((v) => (
          <li key={v.replacedAt}>
            <div className="review-head">
              <Stars rating={v.rating} lang={lang} />
              {v.title.trim() !== '' && (
                <strong className="review-title" dir="auto">
                  {v.title}
                </strong>
              )}
            </div>
            <div className="muted">
              <bdi>{reviewDateLine(lang, v)}</bdi>
            </div>
            <p className="review-body" dir="auto">
              {v.body}
            </p>
          </li>
        ))}
      </ol>
    </details>
  );
}

export function ReviewList({ reviews, lang }: { reviews: readonly ReviewRecord[]; lang: Lang }) {
  return (
    <ul className="reviews" data-testid="review-list">
      {reviews.map((r) => (
        <ReviewItem key={r.id} review={r} lang={lang} />
      ))}
    </ul>
  );
}
