import type { ResultsFile } from '@repro/claims';

/** What renderHtml embeds in the page as JSON and the page script draws from. */
export interface ReportData {
  title: string;
  results: ResultsFile;
  baseline: ResultsFile | null;
  /** `summaryLine(countVerdicts(runs))` and `detailLine(…)` of @repro/claims, computed at render time. */
  summaryLine: string;
  detailLine: string;
}
