/** What the runner reports while it works; callers format it. */
export type RunEvent =
  | { kind: 'start'; backend: string; total: number; cached: number }
  | {
      kind: 'cell';
      backend: string;
      done: number;
      total: number;
      claim: string;
      status: 'ok' | 'error' | 'diverged';
      error?: string;
      elapsedS: number;
      etaS: number | null;
    }
  | { kind: 'backend-skipped'; backend: string; reason: string }
  | { kind: 'suite-done'; backend: string; suite: string; durationS: number };
