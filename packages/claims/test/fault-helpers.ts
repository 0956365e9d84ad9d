import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const driver = fileURLToPath(new URL('./fixture/run-fixture.ts', import.meta.url));
export const fastSuite = fileURLToPath(new URL('./fixture/fast-suite.ts', import.meta.url));

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** The start event the run printed: cells in this run and how many the store already held. */
  start?: { total: number; cached: number };
}

/** Starts the fixture driver (the engine in its own process) on `outDir`. */
export function startFixture(
  outDir: string,
  workers = 2,
  suite = fastSuite,
): { child: ChildProcess; started: Promise<void>; done: Promise<Finished> } {
  const child = spawn(process.execPath, ['--import', 'tsx', driver, suite, outDir, String(workers)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let markStarted = () => {};
  const started = new Promise<void>((resolve) => {
    markStarted = resolve;
  });
  child.stdout?.on('data', (d) => {
    stdout += d;
    if (stdout.includes('{"kind":"start"')) markStarted();
  });
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  const done = new Promise<Finished>((resolve) =>
    child.on('exit', (code, signal) => {
      const line = stdout.split('\n').find((l) => l.startsWith('{"kind":"start"'));
      resolve({ code, signal, stdout, stderr, ...(line ? { start: JSON.parse(line) } : {}) });
    }),
  );
  return { child, started, done };
}

export interface StoreCheck {
  /** Lines that parse as records. */
  records: { key: string; status: string }[];
  /** Lines that do not parse; only the last line may be one (a write cut short). */
  bad: number[];
  lines: number;
}

/** Reads a store line by line without the engine's help, noting every line that does not parse. */
export function checkStore(path: string): StoreCheck {
  if (!existsSync(path)) return { records: [], bad: [], lines: 0 };
  const lines = readFileSync(path, 'utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  const records: StoreCheck['records'] = [];
  const bad: number[] = [];
  lines.forEach((line, i) => {
    try {
      const r = JSON.parse(line) as { key?: unknown; status?: unknown };
      if (typeof r.key !== 'string' || typeof r.status !== 'string') throw new Error('not a record');
      records.push({ key: r.key, status: r.status });
    } catch {
      bad.push(i);
    }
  });
  return { records, bad, lines: lines.length };
}

type Claim = { id: string; verdict: string; measured: unknown; control: unknown };
export const claimsOf = (dir: string) =>
  (JSON.parse(readFileSync(`${dir}/results.json`, 'utf8')) as { runs: { claims: Claim[] }[] }).runs
    .flatMap((r) => r.claims)
    .map(({ id, verdict, measured, control }) => ({ id, verdict, measured, control }));
