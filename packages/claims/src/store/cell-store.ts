import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CellRecord } from './cell-record.ts';

export const CELLS_NAME = 'cells.ndjson';

/**
 * Append-only NDJSON store of finished cells. Only successful cells count as finished, so errors are
 * retried on the next run. A line cut short by a kill is ignored on reading.
 */
export class CellStore {
  readonly path: string;
  private readonly done = new Map<string, CellRecord>();
  /** Lines that could not be parsed (a write cut short by a kill). */
  readonly torn: number;

  constructor(path: string) {
    this.path = path;
    mkdirSync(dirname(path), { recursive: true });
    let torn = 0;
    if (existsSync(path)) {
      const text = readFileSync(path, 'utf8');
      // A kill mid-write leaves a line without its newline: close it so the next append starts clean.
      if (text.length > 0 && !text.endsWith('\n')) appendFileSync(path, '\n');
      for (const line of text.split('\n')) {
        if (line.trim() === '') continue;
        try {
          const record = JSON.parse(line) as CellRecord;
          if (record.status === 'ok') this.done.set(record.key, record);
        } catch {
          torn += 1;
        }
      }
    }
    this.torn = torn;
  }

  has(key: string): boolean {
    return this.done.has(key);
  }

  get(key: string): CellRecord | undefined {
    return this.done.get(key);
  }

  get size(): number {
    return this.done.size;
  }

  records(): IterableIterator<CellRecord> {
    return this.done.values();
  }

  /** Appends one record as one line. */
  append(record: CellRecord): void {
    appendFileSync(this.path, `${JSON.stringify(record)}\n`);
    if (record.status === 'ok') this.done.set(record.key, record);
  }
}
