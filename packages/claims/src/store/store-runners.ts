import { mkdirSync, readdirSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { withStoreLock } from './store-lock.ts';

const DAY_MS = 24 * 3600 * 1000;

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

export interface StoreRunners {
  /** Live processes that were already running into this store when this one joined. */
  others: number;
  leave(): void;
}

/**
 * Registers this process in `<store>.runners/` (one empty file per process, `<host>@<pid>`) and counts the
 * live ones already there, under the store lock so that two processes starting together see each other
 * once. Files of dead processes on this host are removed; other hosts' count for a day. A store folder that
 * cannot be written gives `others: 0` (the first append will then report the disk).
 */
export function joinRunners(storePath: string): StoreRunners {
  const dir = `${storePath}.runners`;
  const me = join(dir, `${hostname()}@${process.pid}`);
  try {
    const others = withStoreLock(storePath, () => {
      mkdirSync(dir, { recursive: true });
      let count = 0;
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        const [host, pid] = name.split('@');
        const dead = host === hostname() ? !alive(Number(pid)) : Date.now() - statSync(path).mtimeMs > DAY_MS;
        if (dead) rmSync(path, { force: true });
        else if (path !== me) count += 1;
      }
      writeFileSync(me, '');
      return count;
    });
    return {
      others,
      // Never throws: leaving runs while a run may be stopping because its disk turned read-only.
      leave: () => {
        try {
          rmSync(me, { force: true });
          rmdirSync(dir);
        } catch {}
      },
    };
  } catch {
    return { others: 0, leave: () => {} };
  }
}
