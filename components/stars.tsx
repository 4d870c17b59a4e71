/**
 * A star rating as text, to the nearest half (4.6 shows ★★★★½, not five full stars; a review's whole
 * stars show as before), clamped to 0–5 so a misread rating cannot draw more stars or throw.
 */
export function Stars({ rating }: { rating: number | null | undefined }) {
  if (rating === null || rating === undefined) return null;
  const halves = Math.max(0, Math.min(10, Math.round(rating * 2)));
  const full = Math.floor(halves / 2);
  const half = halves % 2 === 1;
  return (
    <span className="stars" aria-label={`${rating} / 5`}>
      {'★'.repeat(full)}
      {half ? '½' : ''}
      {'☆'.repeat(5 - full - (half ? 1 : 0))}
    </span>
  );
}
