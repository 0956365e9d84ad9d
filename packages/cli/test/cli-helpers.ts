import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../..', import.meta.url));
const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const args = (words: string[]) => ['--import', 'tsx', main, ...words];

/** Runs `repro WORDS…` to completion, with `env` added to (or, when undefined, removed from) the environment. */
export function repro(words: string[], env: Record<string, string | undefined> = {}) {
  const r = spawnSync(process.execPath, args(words), {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts `repro WORDS…` in the background. */
export function reproChild(words: string[], env: Record<string, string | undefined> = {}): ChildProcess {
  return spawn(process.execPath, args(words), {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
}

/** The one line a failed command must print: exit 2, nothing on stdout, `repro: …` on stderr. */
export function oneLineError(r: ReturnType<typeof repro>): string {
  if (
    r.status !== 2 ||
    r.stdout !== '' ||
    r.stderr.trim().split('\n').length !== 1 ||
    !r.stderr.startsWith('repro: ')
  ) {
    throw new Error(`expected one line and exit 2, got status ${r.status}:\n${r.stdout}\n${r.stderr}`);
  }
  return r.stderr.trim();
}
