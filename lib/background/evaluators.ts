/** Registers every alert family with the recompute pipeline (price, reviews, compliance). */
export function setupEvaluators(): void {
  // Alert families register here as they land (parser-health runs inline at ingest).
}
