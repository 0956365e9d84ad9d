import type { ResultsFile, VerdictStability } from '@repro/claims';
import type { BenchReport } from './bench-report.ts';

/** What renderHtml embeds in the page as JSON and the page script draws from. */
export interface ReportData {
  title: string;
  results: ResultsFile;
  baseline: ResultsFile | null;
  /** `summaryLine(countVerdicts(runs))` and `detailLine(…)` of @repro/claims, computed at render time. */
  summaryLine: string;
  detailLine: string;
  /** A `repro bench` result drawn as the performance page, when the results directory holds one. */
  bench: BenchReport | null;
  /** `verdictStability(results.runs)`: the claims run with several master seeds (`--seeds`) and whose verdict flips. */
  stability: VerdictStability;
}
