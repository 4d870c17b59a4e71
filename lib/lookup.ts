/**
 * Constant tables looked up by text from outside: a page, a review, an imported file, the command
 * line. A plain object literal answers inherited names too: `TABLE['constructor']` is Object's
 * constructor, and a review containing the word "constructor" crashed the classifier (and with it
 * every later classification run: QA pass). A table made here has no prototype, so only its own keys
 * answer.
 */
export function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
