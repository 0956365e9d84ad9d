import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../..', import.meta.url));
const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const args = (words: string[]) => ['--import', 'tsx', main, ...words];

/** Runs `repro WORDS…` to completion. */
export function repro(words: string[]) {
  const r = spawnSync(process.execPath, args(words), {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts `repro WORDS…` in the background. */
export function reproChild(words: string[]): ChildProcess {
  return spawn(process.execPath, args(words), {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
}
