/**
 * A queue that runs async tasks one after another, in the order they were queued: for read-modify-
 * write steps that must not interleave (two tabs saving a draft, two captures refused at once, two
 * recompute triggers). A failed task is reported to its caller and does not stop the queue.
 */
export function serialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const next = tail.then(task, task);
    tail = next.catch(() => undefined);
    return next;
  };
}
