/**
 * The store could not be read or written (disk full, read-only, not a file). Nothing already written is
 * lost: the CLI reports it as one line and exit status 2, and a rerun after fixing the disk resumes.
 */
export class StoreWriteError extends Error {
  override readonly name = 'StoreWriteError';
}

/** One line for an fs error: `CODE: what` without the stack, e.g. `ENOSPC: no space left on device`. */
export function describeFsError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e?.code) return `${e.code}${e.syscall ? ` on ${e.syscall}` : ''}`;
  return error instanceof Error ? (error.message.split('\n')[0] ?? 'error') : String(error);
}
