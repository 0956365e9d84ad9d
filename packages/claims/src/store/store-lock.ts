import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { StoreWriteError } from './store-write-error.ts';

const STALE_MS = 10_000;
const WAIT_MS = 30_000;
const pause = new Int32Array(new SharedArrayBuffer(4));

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * A lock held by a process that is gone: same host and a dead pid, or (another host, a lock that could not
 * be read) older than a few seconds, while an append holds the lock for well under a millisecond.
 */
function stale(lock: string): boolean {
  try {
    const [pid, host] = readFileSync(lock, 'utf8').split('@');
    if (host === hostname() && pid && /^\d+$/.test(pid)) return !alive(Number(pid));
    return Date.now() - statSync(lock).mtimeMs > STALE_MS;
  } catch {
    return false;
  }
}

/**
 * Runs `fn` holding `<path>.lock`, a file created exclusively (O_EXCL also holds on NFS v3+), so that
 * several processes appending to one store never interleave their lines. A lock left by a killed process
 * is taken over.
 */
export function withStoreLock<T>(path: string, fn: () => T): T {
  const lock = `${path}.lock`;
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    let fd: number | undefined;
    try {
      fd = openSync(lock, 'wx');
      writeSync(fd, `${process.pid}@${hostname()}`);
      closeSync(fd);
      break;
    } catch (error) {
      if (fd !== undefined) {
        closeSync(fd);
        rmSync(lock, { force: true });
        throw error;
      }
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (stale(lock)) rmSync(lock, { force: true });
      else if (Date.now() > deadline) throw new StoreWriteError(`${lock} is held by another process for over 30 s`);
      else Atomics.wait(pause, 0, 0, 2);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { force: true });
  }
}
