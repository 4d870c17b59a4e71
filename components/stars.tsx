import type { Lang } from '@/lib/i18n';

/** "2 of 5 stars" / "2 星（满分 5 星）": what a screen reader says for the stars. */
export function starsLabel(rating: number, lang: Lang): string {
  const r = Number(rating.toFixed(1));
  return lang === 'zh' ? `${r} 星（满分 5 星）` : `${r} of 5 star${r === 1 ? '' : 's'}`;
}

/**
 * A star rating as text, to the nearest half (4.6 shows ★★★★½, not five full stars; a review's whole
 * stars show as before), clamped to 0–5 so a misread rating cannot draw more stars or throw. An image
 * to assistive technology (role="img"), named in the UI language: the glyphs alone read as "★★ ☆☆☆".
 */
export function Stars({ rating, lang }: { rating: number | null | undefined; lang: Lang }) {
  if (rating === null || rating === undefined) return null;
  const halves = Math.max(0, Math.min(10, Math.round(rating * 2)));
  const full = Math.floor(halves / 2);
  const half = halves % 2 === 1;
  return (
    <span className="stars" role="img" aria-label={starsLabel(rating, lang)}>
      {'★'.repeat(full)}
      {half ? '½' : ''}
      {'☆'.repeat(5 - full - (half ? 1 : 0))}
    </span>
  );
}
