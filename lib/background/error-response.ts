/**
 * A failed write as the answer the pages show: the background's message handler answers with it, and
 * the Options page, which imports an export file itself (lib/background/data-transfer.ts), maps its
 * import errors with it, so both say the same. No `browser.*` and no wxt storage here (the handler's
 * tests import it).
 */
import { Dexie } from 'dexie';
import type { ErrorCode, ImportProblem, MessageResponse } from '../schemas/messages';

export type Failure = Extract<MessageResponse, { ok: false }>;

/** Name of the error importAll throws for a file that is not a valid export (nothing was changed). */
export const INVALID_IMPORT = 'InvalidImportError';
/** Name of the error import / delete-all throw when only part of the change was made (the message says which). */
export const PARTIAL_CHANGE = 'PartialChangeError';

export function fail(code: ErrorCode, message: string): Failure {
  return { ok: false, error: { code, message } };
}

/** Maps a database error to a typed response; QuotaExceededError means the disk is full. */
export function storageFailure(err: unknown): Failure {
  const name = (err as { name?: string; inner?: { name?: string } })?.name;
  const inner = (err as { inner?: { name?: string } })?.inner?.name;
  if (
    name === Dexie.errnames.QuotaExceeded ||
    inner === Dexie.errnames.QuotaExceeded ||
    name === 'QuotaExceededError'
  ) {
    return fail(
      'storage-full',
      'Storage is full: nothing was written. Free disk space or delete old data in Options.',
    );
  }
  return fail(
    'storage-error',
    `Database error, nothing was written: ${(err as Error)?.message ?? String(err)}`,
  );
}

/**
 * Any error of a write: a file that is not an export (the user's mistake, retrying is useless; with
 * why, for a message in the UI language), a change made only in part, or a database failure.
 */
export function errorResponse(err: unknown): Failure {
  if ((err as Error)?.name === INVALID_IMPORT) {
    const { message, importProblem } = err as Error & { importProblem?: ImportProblem };
    const response = fail('invalid-message', message);
    if (importProblem) response.error.importProblem = importProblem;
    return response;
  }
  if ((err as Error)?.name === PARTIAL_CHANGE)
    return fail('partial-change', (err as Error).message);
  return storageFailure(err);
}
