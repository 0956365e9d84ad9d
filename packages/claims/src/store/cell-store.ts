import { appendFileSync, closeSync, existsSync, mkdirSync, openSync, readSync, statSync, truncateSync } from 'node:fs';
import { dirname } from 'node:path';
import { type CellRecord, type FinishedRecord, isFinished } from './cell-record.ts';
import { withStoreLock } from './store-lock.ts';
import { describeFsError, StoreWriteError } from './store-write-error.ts';

export const CELLS_NAME = 'cells.ndjson';

function readFrom(path: string, offset: number): string {
  const fd = openSync(path, 'r');
  try {
    const size = statSync(path).size;
    const buffer = Buffer.alloc(Math.max(0, size - offset));
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, offset + read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * Append-only NDJSON store of finished cells. Finished means `ok` or `diverged`; errors are retried on the
 * next run. A line cut short by a kill or a full disk is ignored on reading. Appends hold a lock file, so
 * several processes may share one store; `refresh()` picks up the cells the others appended.
 */
export class CellStore {
  readonly path: string;
  private readonly done = new Map<string, FinishedRecord>();
  private readonly failed = new Map<string, CellRecord>();
  /** Bytes of the file already parsed (always at a line boundary). */
  private offset = 0;
  /** Lines that could not be parsed (a write cut short by a kill). */
  torn = 0;

  constructor(path: string) {
    this.path = path;
    try {
      mkdirSync(dirname(path), { recursive: true });
      if (existsSync(path) && !statSync(path).isFile()) throw new StoreWriteError(`${path} is not a regular file`);
      if (existsSync(path)) {
        withStoreLock(path, () => {
          const text = readFrom(path, 0);
          // A kill mid-write leaves a line without its newline: close it so the next append starts clean.
          if (text.length > 0 && !text.endsWith('\n')) appendFileSync(path, '\n');
          this.parse(text.endsWith('\n') ? text : `${text}\n`);
          this.offset = statSync(path).size;
        });
      }
    } catch (error) {
      if (error instanceof StoreWriteError) throw error;
      throw new StoreWriteError(`cannot open the cell store ${path} (${describeFsError(error)})`);
    }
  }

  private parse(text: string): void {
    const lines = text.split('\n');
    lines.pop();
    for (const line of lines) {
      if (line.trim() === '') continue;
      try {
        const record = JSON.parse(line) as CellRecord;
        if (typeof record?.key !== 'string') throw new Error('no key');
        if (isFinished(record)) this.done.set(record.key, record);
        else this.failed.set(record.key, record);
      } catch {
        this.torn += 1;
      }
    }
  }

  /** Reads the complete lines other processes appended since the last read. */
  refresh(): void {
    if (!existsSync(this.path)) return;
    const text = readFrom(this.path, this.offset);
    const end = text.lastIndexOf('\n') + 1;
    if (end === 0) return;
    this.parse(text.slice(0, end));
    this.offset += Buffer.byteLength(text.slice(0, end));
  }

  /** Whether the cell is finished (ok or diverged). */
  has(key: string): boolean {
    return this.done.has(key);
  }

  get(key: string): FinishedRecord | undefined {
    return this.done.get(key);
  }

  /** The last error recorded for a cell that has not finished since. */
  lastError(key: string): CellRecord | undefined {
    return this.done.has(key) ? undefined : this.failed.get(key);
  }

  get size(): number {
    return this.done.size;
  }

  records(): IterableIterator<FinishedRecord> {
    return this.done.values();
  }

  /**
   * Appends one record as one line, under the lock. A failed write (full disk, read-only store) is cut back
   * to the last whole line and becomes a StoreWriteError; every line written before stays.
   */
  append(record: CellRecord): void {
    const line = `${JSON.stringify(record)}\n`;
    try {
      withStoreLock(this.path, () => {
        this.refresh();
        const before = existsSync(this.path) ? statSync(this.path).size : 0;
        try {
          appendFileSync(this.path, line);
        } catch (error) {
          try {
            if (existsSync(this.path) && statSync(this.path).size > before) truncateSync(this.path, before);
          } catch {}
          throw error;
        }
        this.offset = before + Buffer.byteLength(line);
      });
    } catch (error) {
      if (error instanceof StoreWriteError) throw error;
      throw new StoreWriteError(
        `cannot write ${this.path} (${describeFsError(error)}); the ${this.done.size} cells finished before are kept, rerun to resume`,
      );
    }
    if (isFinished(record)) this.done.set(record.key, record);
    else this.failed.set(record.key, record);
  }
}
