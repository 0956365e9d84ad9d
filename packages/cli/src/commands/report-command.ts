import { terminalReport, writeReport } from '@repro/report';
import { formatStability } from '../format-stability.ts';
import { writableDir } from '../run-options.ts';
import { readBenchFile } from './read-bench-file.ts';
import { readResultsFile } from './read-results-file.ts';
import { exitCode, type Io } from './run-command.ts';

export interface ReportFlags {
  in: string;
  out: string;
  baseline?: string;
}

/**
 * `repro report`: DIR/results.json → OUT/index.html (self-contained) and the terminal table; a DIR/bench.json
 * written by `repro bench --out DIR` becomes the report's performance page.
 */
export function reportCommand(flags: ReportFlags, io: Io): number {
  const results = readResultsFile(flags.in, '--in');
  const baseline = flags.baseline ? readResultsFile(flags.baseline, '--baseline') : undefined;
  const bench = readBenchFile(flags.in, '--in');
  const outDir = writableDir(flags.out, '--out');
  const written = writeReport({ results, outDir, ...(baseline ? { baseline } : {}), ...(bench ? { bench } : {}) });
  io.out(
    `report: ${written.path} (${Math.round(written.bytes / 1024)} KiB)${bench ? `, with the performance page (${bench.workloads.length} bench workload${bench.workloads.length === 1 ? '' : 's'})` : ''}\n`,
  );
  const table = terminalReport(results, { color: io.color });
  io.out(table.endsWith('\n') ? table : `${table}\n`);
  io.out(formatStability(results.runs, io.color));
  return exitCode(results.runs);
}
