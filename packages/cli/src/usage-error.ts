/** Bad input from the user: reported as one line and exit status 2, never a stack trace. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
