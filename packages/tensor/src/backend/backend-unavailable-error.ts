import type { BackendName } from './backend-name.ts';

/** Thrown by `createBackend` when a backend cannot be created here; carries the reason and the install hint. */
export class BackendUnavailableError extends Error {
  readonly backend: BackendName;
  readonly reason: string;
  readonly installHint: string | undefined;

  constructor(backend: BackendName, reason: string, installHint?: string) {
    super(`backend ${backend} is unavailable: ${reason}${installHint ? ` (${installHint})` : ''}`);
    this.name = 'BackendUnavailableError';
    this.backend = backend;
    this.reason = reason;
    this.installHint = installHint;
  }
}
